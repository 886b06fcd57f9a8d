import type { AnyGameDefinition, RoundFigures } from '../games/types.ts';
import type { Lang } from '../protocol/errors.ts';

// Stored round figures (results.figures, issue 21) as report cells: read back from the
// database without trusting its shape, and turned into the same columns for the session
// report page, its CSV and its XLSX. A result stored before figures existed has none: its
// cells are null (shown as "–" on the page, an empty cell in a file).

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);
const validKey = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= 80 ? v : undefined);

/** Stored figures checked field by field (unknown fields dropped); null for none or junk. */
export function readFigures(raw: unknown): RoundFigures | null {
  if (!isRecord(raw)) return null;
  const out: { -readonly [K in keyof RoundFigures]: RoundFigures[K] } = {};
  for (const f of ['correctPct', 'falseStarts', 'misses'] as const) if (count(raw[f]) !== undefined) out[f] = count(raw[f]);
  for (const f of ['medianMs', 'bestMs'] as const) if (raw[f] === null || count(raw[f]) !== undefined) out[f] = (raw[f] as number | null);
  if (Array.isArray(raw.parts)) {
    out.parts = raw.parts.flatMap((p) => (isRecord(p) && validKey(p.key) && count(p.right) !== undefined && count(p.of) !== undefined
      ? [{ key: p.key as string, right: p.right as number, of: p.of as number, ...(typeof p.label === 'string' ? { label: p.label.slice(0, 200) } : {}) }] : []));
  }
  if (Array.isArray(raw.mistakes)) {
    out.mistakes = raw.mistakes.flatMap((m) => (isRecord(m) && validKey(m.key) && count(m.count) ? [{ key: m.key as string, count: m.count as number }] : []));
  }
  return out;
}

/** The figure columns of a report row, in this order (numbers, or null for "not measured"). */
export interface FigureCells {
  correctPct: number | null;
  medianMs: number | null;
  bestMs: number | null;
  falseStarts: number | null;
  misses: number | null;
  /** "Bits setzen 3/3 · Hex lesen 1/2" (per kind or per task), '' when none. */
  parts: string;
  /** "Frühstart ×2 · Signal verpasst ×1", most frequent first, '' when none. */
  mistakes: string;
}

export const FIGURE_HEADINGS: Readonly<Record<Lang, Readonly<Record<keyof FigureCells, string>>>> = {
  de: { correctPct: '% richtig', medianMs: 'Median ms', bestMs: 'Beste ms', falseStarts: 'Frühstarts', misses: 'Verpasst', parts: 'Richtig je Art/Aufgabe', mistakes: 'Fehler' },
  en: { correctPct: '% right', medianMs: 'Median ms', bestMs: 'Best ms', falseStarts: 'False starts', misses: 'Missed', parts: 'Right per kind/task', mistakes: 'Mistakes' },
};

/** A part or mistake key in words by the game, the key itself when the game does not know it. */
export function figureLabel(game: AnyGameDefinition | undefined, key: string, lang: Lang): string {
  return game?.figures?.label(key, lang) || key;
}

const orNull = (v: number | null | undefined) => (v === undefined ? null : v);
/** A task's credit (a part with its own label, Werkstatt) as "50 %", a kind of item as "2/3" right. */
export function partText(part: { label?: string; right: number; of: number }): string {
  return part.label !== undefined ? `${Math.round((part.right / Math.max(1, part.of)) * 100)} %` : `${Math.round(part.right * 100) / 100}/${part.of}`;
}

/** The figure columns of one result; every cell null/'' when `figures` is null (stored before figures existed). */
export function figureCells(game: AnyGameDefinition | undefined, figures: RoundFigures | null, lang: Lang): FigureCells {
  const parts = (figures?.parts ?? []).map((p) => `${p.label ? `${figureLabel(game, p.key, lang)} (${p.label})` : figureLabel(game, p.key, lang)} ${partText(p)}`);
  const mistakes = (figures?.mistakes ?? []).map((m) => `${figureLabel(game, m.key, lang)} ×${m.count}`);
  return {
    correctPct: orNull(figures?.correctPct), medianMs: orNull(figures?.medianMs), bestMs: orNull(figures?.bestMs),
    falseStarts: orNull(figures?.falseStarts), misses: orNull(figures?.misses), parts: parts.join(' · '), mistakes: mistakes.join(' · '),
  };
}
