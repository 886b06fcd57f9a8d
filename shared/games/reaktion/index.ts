import type { GameDefinition } from '../types.ts';
import * as rules from './rules.ts';
import { REAKTION_TEXTS } from './texts.ts';
import { SCORE_MAX } from './timing.ts';

/** Reaktion: reaction timing against visual and auditory stimuli. */
export const reaktion: GameDefinition<rules.ReaktionRound, rules.ReaktionPlayer> = {
  id: 'reaktion',
  maxScore: SCORE_MAX,
  levels: rules.LEVELS,
  texts: REAKTION_TEXTS,
  createRound: rules.createRound,
  publicRound: rules.publicRound,
  playDurationMs: (round) => round.durationMs,
  cues: rules.cues,
  newPlayer: () => ({ results: {} }),
  judge: rules.judge,
  answered: (_round, player) => Object.keys(player.results).length,
  expectedAnswers: (round) => round.trials.filter((t) => !t.catch).length,
  // Timeline-driven: a round always runs to its end, a catch trial may still come.
  isDone: () => false,
  score: rules.score,
};
