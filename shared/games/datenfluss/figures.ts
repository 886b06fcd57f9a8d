import type { Lang } from '../../protocol/errors.ts';
import type { GameFigures, RoundFigures } from '../types.ts';
import type { Item } from './timeline.ts';
import { RULES, score, type DatenflussPlayer, type DatenflussRound } from './rules.ts';

// Datenfluss's figures for the trainer's reports: % right (from score()) and % right per kind
// of item, so a trainer sees "bits right, hex wrong". An item is right when its credit is
// full (the level's own credit rule); an item left unanswered is not right. The kind is the
// item's task (levels 1 and 3), the frame's kind (level 2) or "topic" (level 5); level 4
// (one schedule over all ticks) reports alarms on time and the scheduling mistakes.

const LABELS: Readonly<Record<Lang, Record<string, string>>> = {
  de: {
    set: 'Bits setzen', read: 'Bits lesen (Dezimal)', hex: 'Hex lesen', temp: 'Rohwert → °C', step: 'Auflösung', overflow: 'Überlauf',
    intact: 'intaktes Telegramm', 'one-flip': 'ein Bit gekippt', 'two-flips': 'zwei Bits gekippt', framing: 'Rahmenfehler',
    winner: 'Arbitrierung: Gewinner', order: 'Arbitrierung: Reihenfolge', topic: 'Topic-Filter',
    alarm: 'Alarme rechtzeitig', 'alarm-late': 'Alarm zu spät', 'value-replaced': 'Messwert überschrieben', 'bulk-late': 'Datei-Paket liegen geblieben',
  },
  en: {
    set: 'Set bits', read: 'Read bits (decimal)', hex: 'Read hex', temp: 'Raw value → °C', step: 'Resolution', overflow: 'Overflow',
    intact: 'intact frame', 'one-flip': 'one bit flipped', 'two-flips': 'two bits flipped', framing: 'framing error',
    winner: 'Arbitration: winner', order: 'Arbitration: order', topic: 'Topic filters',
    alarm: 'Alarms on time', 'alarm-late': 'Alarm late', 'value-replaced': 'Value overwritten', 'bulk-late': 'File packet left waiting',
  },
};

/** The kind of an item for the per-kind figures. */
export function itemKind(item: Item<unknown>): string {
  const truth = item.truth as { task?: unknown; kind?: unknown } | null;
  if (typeof truth?.task === 'string') return truth.task;
  if (typeof truth?.kind === 'string') return truth.kind;
  return 'topic';
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** % right, right/of per item kind (in the round's order of kinds) and wrong answers per kind. */
export function datenflussFigures(round: DatenflussRound, player: DatenflussPlayer): RoundFigures {
  const { detail } = score(round, player);
  if (round.switch) {
    const mistakes = [
      { key: 'alarm-late', count: num(detail.alarms) - num(detail.alarmsOnTime) },
      { key: 'value-replaced', count: num(detail.valuesReplaced) },
      { key: 'bulk-late', count: num(detail.bulkLate) },
    ].filter((m) => m.count > 0);
    return { correctPct: detail.correctPct, parts: [{ key: 'alarm', right: num(detail.alarmsOnTime), of: num(detail.alarms) }], mistakes };
  }
  const rules = RULES[round.level];
  const parts = new Map<string, { right: number; of: number; wrong: number }>();
  round.items.forEach((item, i) => {
    const kind = itemKind(item);
    const p = parts.get(kind) ?? { right: 0, of: 0, wrong: 0 };
    const a = player.answers[i];
    const credit = a && rules ? rules.credit(item, a.a) : 0;
    p.of += 1;
    if (credit >= 0.999) p.right += 1;
    else if (a) p.wrong += 1;
    parts.set(kind, p);
  });
  return {
    correctPct: detail.correctPct,
    parts: [...parts].map(([key, p]) => ({ key, right: p.right, of: p.of })),
    mistakes: [...parts].filter(([, p]) => p.wrong > 0).map(([key, p]) => ({ key, count: p.wrong })).toSorted((a, b) => b.count - a.count),
  };
}

export const DATENFLUSS_FIGURES: GameFigures<DatenflussRound, DatenflussPlayer> = {
  of: datenflussFigures,
  label: (key, lang) => LABELS[lang][key] ?? '',
};
