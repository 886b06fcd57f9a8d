import { mistakeSentence } from '../../../shared/games/sensor-labor/texts.ts';
import type { SensorDetail } from '../../../shared/games/sensor-labor/wire.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import { formatNumber } from '../../../shared/text/format.ts';
import { st } from './ui-texts.ts';

// Sensor-Labor's lines at the reveal (the game's ResultLines).

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** Rounds from before NC existed carry no output function: they were all NO. */
const fnName = (v: unknown, lang: Lang): string => st(lang, v === 'nc' ? 'outputNc' : 'outputNo');

/** Reveal lines from the round detail: correctness, time, and per level the mistakes or counts. */
export function sensorLaborResultLines(detail: SensorDetail, lang: Lang): string[] {
  const lines: string[] = [];
  const pct = num(detail.correctPct);
  const parts = detail.level === 3 ? num(detail.parts) : null;
  // Level 3: one figure, % right, with how it comes about (a newcomer read "Richtig: 0 %"
  // beside "Gezählt richtig 3 von 6" as a contradiction): parts counted exactly once, less
  // one for every miscount, over the parts (rules.ts, countCredit).
  if (detail.level === 3 && parts !== null && pct !== null) lines.push(...countLines(detail, pct, parts, lang));
  else if (pct !== null) lines.push(st(lang, 'resultCorrect', { pct }));
  const answered = num(detail.answered);
  const of = num(detail.of);
  if (answered !== null && of !== null && of > 1) lines.push(st(lang, 'resultAnswered', { n: answered, total: of }));
  const seconds = num(detail.seconds);
  if (seconds !== null) lines.push(st(lang, 'resultTime', { s: formatNumber(seconds, lang) }));
  if (detail.level === 2 && num(detail.hits) !== null) {
    lines.push(st(lang, 'sortSummary', { hits: num(detail.hits) ?? 0, misses: num(detail.misses) ?? 0, falseTriggers: num(detail.falseTriggers) ?? 0 }));
  }
  if (detail.level === 3 && parts !== null) {
    const fmt = (v: unknown) => {
      const n = num(v);
      return n === null ? '–' : formatNumber(n, lang); // 39,5 in German
    };
    lines.push(st(lang, 'resultSettings', {
      t: fmt(detail.switchPoint), h: fmt(detail.resetPoint), o: fnName(detail.output, lang),
      it: fmt(detail.idealSwitchPoint), ih: fmt(detail.idealResetPoint), io: fnName(detail.idealOutput, lang),
    }));
  }
  const keys = detail.level === 1 && Array.isArray(detail.mistakes) ? detail.mistakes : [];
  const sentences = keys.map((k) => mistakeSentence(k, lang)).filter(Boolean);
  if (detail.level === 1 && sentences.length > 0) {
    lines.push(st(lang, 'resultMistakes'), ...sentences);
    const total = num(detail.mistakeCount);
    if (total !== null && total > sentences.length) lines.push(st(lang, 'resultMore', { n: total - sentences.length }));
  }
  return lines;
}

/** Level 3's figure line ("Richtig: 0 % – 0 von 6 Teilen: 3 genau einmal gezählt, 3 Fehlzählungen …") and, with miscounts, which ones. */
function countLines(detail: SensorDetail & { level: 3 }, pct: number, parts: number, lang: Lang): string[] {
  const counted = num(detail.counted) ?? 0, missed = num(detail.missed) ?? 0, doubled = num(detail.doubled) ?? 0, stray = num(detail.stray) ?? 0;
  const wrong = missed + doubled + stray;
  const net = Math.min(parts, Math.max(0, counted - wrong));
  const key = wrong === 0 ? 'countNone' : wrong === 1 ? 'countOne' : 'countMany';
  const lines = [st(lang, key, { pct, net, parts, counted, wrong })];
  if (wrong > 0) lines.push(st(lang, 'miscounts', { doubled, missed, stray }));
  return lines;
}
