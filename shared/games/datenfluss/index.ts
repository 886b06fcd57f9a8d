import type { GameDefinition } from '../types.ts';
import * as rules from './rules.ts';
import { DATENFLUSS_TEXTS } from './texts.ts';

/** Datenfluss: bits, frames, bus arbitration, queues and publish/subscribe as one timeline per level. */
export const datenfluss: GameDefinition<rules.DatenflussRound, rules.DatenflussPlayer> = {
  id: 'datenfluss',
  maxScore: rules.MAX_SCORE,
  levels: rules.LEVELS,
  texts: DATENFLUSS_TEXTS,
  createRound: rules.createRound,
  publicRound: rules.publicRound,
  playDurationMs: (round) => round.durationMs,
  cues: rules.cues,
  newPlayer: () => ({ answers: {} }),
  judge: rules.judge,
  answered: rules.answered,
  expectedAnswers: (round) => round.items.length,
  isDone: (round, player) => rules.answered(round, player) >= round.items.length,
  score: rules.score,
};
