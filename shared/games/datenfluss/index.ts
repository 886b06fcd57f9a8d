import type { GameDefinition } from '../types.ts';
import * as rules from './rules.ts';
import { DATENFLUSS_TEXTS } from './texts.ts';
import type { DatenflussWire } from './wire.ts';

/** Datenfluss: bits, frames, bus arbitration, queues and publish/subscribe as one timeline per level. */
export const datenfluss: GameDefinition<rules.DatenflussRound, rules.DatenflussPlayer, DatenflussWire> = {
  id: 'datenfluss',
  maxScore: rules.MAX_SCORE,
  levels: rules.LEVELS,
  // How a value becomes bits and travels through a networked production: the add-on
  // qualification "Digitale Vernetzung" throughout, the automation electronics technician's
  // "Signal- und Datenübertragungssysteme" (position 14 g), data types for "Programmierung".
  curriculum: {
    1: ['zq-digitale-vernetzung', 'zq-programmierung', 'eat-bbp-14'],
    2: ['zq-digitale-vernetzung', 'eat-bbp-14'],
    3: ['zq-digitale-vernetzung', 'eat-bbp-14'],
    4: ['zq-digitale-vernetzung', 'eat-bbp-14'],
    5: ['zq-digitale-vernetzung', 'me-digitalisierung-datenschutz'],
  },
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
