import type { Lang } from '../../protocol/errors.ts';
import type { GameFigures, RoundFigures, ScoreContext } from '../types.ts';
import { score, type ReaktionPlayer, type ReaktionRound } from './rules.ts';

// Reaktion's figures for the trainer's reports: median and best reaction time of the hits,
// false starts and misses (the counts come from score(), so they are counted once).

const LABELS: Readonly<Record<Lang, Record<string, string>>> = {
  de: { 'false-start': 'Frühstart (vor dem Signal gedrückt)', miss: 'Signal verpasst', 'audio-miss': 'Tonsignal verpasst' },
  en: { 'false-start': 'False start (pressed before the signal)', miss: 'Missed signal', 'audio-miss': 'Missed sound signal' },
};

/** Median/best ms of the hits (best = lowest), false starts and misses; mistakes counted by kind. */
export function reaktionFigures(round: ReaktionRound, player: ReaktionPlayer, ctx: ScoreContext = {}): RoundFigures {
  const { detail } = score(round, player, ctx);
  const hits = Object.values(player.results).flatMap((r) => (r.outcome === 'hit' && r.rtMs !== null ? [r.rtMs] : []));
  const audio = detail.audioMisses ?? 0;
  const mistakes = [
    { key: 'false-start', count: detail.falseStarts },
    { key: 'miss', count: detail.misses - audio },
    { key: 'audio-miss', count: audio },
  ].filter((m) => m.count > 0);
  return {
    medianMs: detail.medianMs,
    bestMs: hits.length ? Math.round(Math.min(...hits)) : null,
    falseStarts: detail.falseStarts,
    misses: detail.misses,
    mistakes,
  };
}

export const REAKTION_FIGURES: GameFigures<ReaktionRound, ReaktionPlayer> = {
  of: reaktionFigures,
  label: (key, lang) => LABELS[lang][key] ?? '',
};
