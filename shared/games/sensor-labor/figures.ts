import type { Lang } from '../../protocol/errors.ts';
import type { GameFigures, RoundFigures } from '../types.ts';
import { cell, isMaterialId, isSensorId } from './materials.ts';
import { score, type SensorPlayer, type SensorRound } from './rules.ts';
import { MATERIAL_NAMES, MISTAKE_KIND, SENSOR_NAMES } from './texts.ts';

// Sensor-Labor's figures for the trainer's reports: % right (from score()) and the mix-ups.
// Keys: level 1 "material:sensor" (a reliable sensor left out, a limited or wrong one
// picked: the judge's own mistake keys); level 2 "miss:material" (a target the belt let
// through) and "false:material" (a good part thrown out or counted wrongly); level 3
// "missed", "doubled", "stray" (the counter's miscounts), or "output" alone when the output
// function was the wrong way round (every part then counts as missed and stray).

const COUNT_LABELS: Readonly<Record<Lang, Record<string, string>>> = {
  de: { missed: 'Teil nicht gezählt (Schaltpunkt jenseits von „Teil da“)', doubled: 'Teil doppelt gezählt (Hysterese zu klein)', stray: 'gezählt ohne Teil (Schaltpunkt im Rauschen)', output: 'Ausgangsfunktion vertauscht (Schließer/Öffner)' },
  en: { missed: 'Part not counted (switch point beyond "part present")', doubled: 'Part counted twice (hysteresis too small)', stray: 'Counted without a part (switch point in the noise)', output: 'Output function swapped (NO/NC)' },
};
const BELT_LABELS: Readonly<Record<Lang, Record<string, string>>> = {
  de: { miss: 'nicht erfasst', false: 'fälschlich erfasst' },
  en: { miss: 'not detected', false: 'detected by mistake' },
};

function counted(keys: readonly string[]): { key: string; count: number }[] {
  const byKey = new Map<string, number>();
  for (const k of keys) byKey.set(k, (byKey.get(k) ?? 0) + 1);
  return [...byKey].map(([key, count]) => ({ key, count })).toSorted((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** % right and every mix-up of the round, counted by key (most frequent first). */
export function sensorFigures(round: SensorRound, player: SensorPlayer): RoundFigures {
  const { correctPct } = score(round, player).detail;
  if (round.level === 1) return { correctPct, mistakes: counted(Object.values(player.results).flatMap((r) => r.mistakes)) };
  const extra = player.results[0]?.extra;
  if (round.level === 2) {
    const outcomes = extra?.outcomes ?? [];
    return { correctPct, mistakes: counted(outcomes.flatMap((o, i) => (o === 'miss' || o === 'false' ? [`${o}:${round.parts[i]}`] : []))) };
  }
  if (extra?.output && round.signal && extra.output !== round.signal.ideal.output) return { correctPct, mistakes: [{ key: 'output', count: 1 }] };
  const miscounts = (['missed', 'doubled', 'stray'] as const).map((key) => ({ key, count: extra?.[key] ?? 0 })).filter((m) => m.count > 0);
  return { correctPct, mistakes: miscounts };
}

/** "Aluminiumgehäuse – Induktiv: übersehen (sicher)", "Stahlschraube: nicht erfasst", "Teil doppelt gezählt …". */
export function sensorFigureLabel(key: string, lang: Lang): string {
  const [a, b] = key.split(':');
  if (isMaterialId(a) && isSensorId(b)) return `${MATERIAL_NAMES[lang][a]} – ${SENSOR_NAMES[lang][b]}: ${MISTAKE_KIND[lang][cell(a, b).verdict]}`;
  if ((a === 'miss' || a === 'false') && isMaterialId(b)) return `${MATERIAL_NAMES[lang][b]}: ${BELT_LABELS[lang][a]}`;
  return COUNT_LABELS[lang][key] ?? '';
}

export const SENSOR_FIGURES: GameFigures<SensorRound, SensorPlayer> = { of: sensorFigures, label: sensorFigureLabel };
