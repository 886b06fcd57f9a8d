import type { ReaktionDetail, ReaktionPublicRound } from '../../../shared/games/reaktion/wire.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import type { ClassBar, ClassSummary } from '../../kit/contract.ts';

// Reaktion for the projector: the class's median reaction times as a histogram in 50 ms
// steps, the class median beside the machine figures of the debrief, and the most common
// mistake (false starts or missed signals) as a count, never with names.

/** Histogram edges in ms: below 200, 200–249 … 350–399, from 400. */
const EDGES_MS = [200, 250, 300, 350, 400];
/** Typical human reaction time range from the debrief (ms). */
const HUMAN_MIN_MS = 200;
const HUMAN_MAX_MS = 300;

const TEXTS = {
  de: {
    chart: 'Reaktionszeiten der Gruppe (Median je Azubi)',
    below: 'unter {ms} ms',
    range: '{from}–{to} ms',
    above: 'ab {ms} ms',
    none: 'kein Treffer',
    answer: 'Median der Gruppe: {ms} ms. Menschen brauchen etwa 200–300 ms – eine SPS nur 1–20 ms.',
    noAnswer: 'Diesmal gab es keinen gültigen Treffer.',
    falseStarts: 'Frühstart: {n} von {total} haben zu früh getippt. Erst auf das Signal warten!',
    misses: 'Verpasst: {n} von {total} haben ein Signal nicht rechtzeitig erwischt.',
    clean: 'Kein Frühstart und kein verpasstes Signal.',
  },
  en: {
    chart: "The group's reaction times (median per apprentice)",
    below: 'under {ms} ms',
    range: '{from}–{to} ms',
    above: 'from {ms} ms',
    none: 'no hit',
    answer: 'Group median: {ms} ms. People need about 200–300 ms – a PLC only 1–20 ms.',
    noAnswer: 'There was no valid hit this time.',
    falseStarts: 'False start: {n} of {total} tapped too early. Wait for the signal!',
    misses: 'Missed: {n} of {total} did not catch a signal in time.',
    clean: 'No false start and no missed signal.',
  },
} as const;

function say(lang: Lang, key: keyof (typeof TEXTS)['de'], params: Record<string, number> = {}): string {
  return TEXTS[lang][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Class summary of a Reaktion round from every player's detail {medianMs, falseStarts, misses}. */
export function reaktionClassView(details: readonly ReaktionDetail[], _round: ReaktionPublicRound, lang: Lang): ClassSummary {
  const medians = details.map((d) => num(d.medianMs));
  const bars: ClassBar[] = [];
  for (let i = 0; i <= EDGES_MS.length; i++) {
    const lo = i === 0 ? -Infinity : (EDGES_MS[i - 1] as number);
    const hi = i === EDGES_MS.length ? Infinity : (EDGES_MS[i] as number);
    const label = i === 0 ? say(lang, 'below', { ms: hi }) : hi === Infinity ? say(lang, 'above', { ms: lo }) : say(lang, 'range', { from: lo, to: hi - 1 });
    bars.push({ label, count: medians.filter((m) => m !== null && m >= lo && m < hi).length, good: lo >= HUMAN_MIN_MS - 50 && hi <= HUMAN_MAX_MS });
  }
  const none = medians.filter((m) => m === null).length;
  if (none > 0) bars.push({ label: say(lang, 'none'), count: none });
  const valid = medians.filter((m): m is number => m !== null).toSorted((a, b) => a - b);
  const mid = valid.length === 0 ? null : valid.length % 2 ? (valid[(valid.length - 1) / 2] as number) : ((valid[valid.length / 2 - 1] as number) + (valid[valid.length / 2] as number)) / 2;
  const total = details.length;
  const falseStarters = details.filter((d) => (num(d.falseStarts) ?? 0) > 0).length;
  const missers = details.filter((d) => (num(d.misses) ?? 0) > 0).length;
  // A round without a mistake is said beside the median, never under "Häufigster Fehler" (a
  // newcomer read "Häufigster Fehler: Kein Frühstart …" as a contradiction).
  const clean = falseStarters === 0 && missers === 0 && total > 0 && medians.every((m) => m !== null);
  const commonMistake = falseStarters === 0 && missers === 0 ? undefined
    : falseStarters >= missers ? say(lang, 'falseStarts', { n: falseStarters, total }) : say(lang, 'misses', { n: missers, total });
  const answer = mid === null ? say(lang, 'noAnswer') : say(lang, 'answer', { ms: Math.round(mid) });
  return {
    chartTitle: say(lang, 'chart'),
    bars,
    answer: clean ? `${answer} ${say(lang, 'clean')}` : answer,
    ...(commonMistake ? { commonMistake } : {}),
  };
}
