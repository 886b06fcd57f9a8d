import type { GameDefinition } from '../types.ts';
import * as rules from './rules.ts';
import { DATENFLUSS_TEXTS } from './texts.ts';
import type { DatenflussWire } from './wire.ts';
import { DATENFLUSS_FIGURES } from './figures.ts';

/** Datenfluss: bits, frames, bus arbitration, queues and publish/subscribe as one timeline per level. */
export const datenfluss: GameDefinition<rules.DatenflussRound, rules.DatenflussPlayer, DatenflussWire> = {
  id: 'datenfluss',
  maxScore: rules.MAX_SCORE,
  levels: rules.LEVELS,
  // Values as bits (data types, value ranges, overflow: programming), frames on a line
  // (signal and data transmission), bus arbitration and interfaces, switch priorities and
  // publish/subscribe (networking). Parity and CRC guard against noise, not attackers: no
  // IT-security item for level 2 (content review 2026-12-06, E).
  curriculum: {
    1: ['mech-bbp-16', 'zq-programmierung'],
    2: ['eat-bbp-14', 'zq-digitale-vernetzung'],
    3: ['eat-bbp-14', 'eat-bbp-13', 'zq-digitale-vernetzung'],
    4: ['zq-digitale-vernetzung', 'eat-bbp-14'],
    5: ['zq-digitale-vernetzung', 'mech-bbp-14'],
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
  figures: DATENFLUSS_FIGURES,
};
