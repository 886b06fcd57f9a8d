import type { GameDefinition } from '../types.ts';
import * as rules from './rules.ts';
import { REAKTION_TEXTS } from './texts.ts';
import { SCORE_MAX } from './timing.ts';
import type { ReaktionWire } from './wire.ts';
import { REAKTION_FIGURES } from './figures.ts';

/** Reaktion: reaction timing against visual and auditory stimuli. */
export const reaktion: GameDefinition<rules.ReaktionRound, rules.ReaktionPlayer, ReaktionWire> = {
  id: 'reaktion',
  maxScore: SCORE_MAX,
  levels: rules.LEVELS,
  // Human reaction against a protective device's response time and the safety distance
  // (ISO 13855): why danger zones are guarded by sensors and controls, not by reflexes.
  // The same safety position of the Mikrotechnologe and Industriemechaniker ordinances
  // (MikrotAusbV § 3 Nr. 3, IndMetAusbV § 11 (1) Nr. 3).
  curriculum: {
    1: ['mech-bbp-3', 'mech-bbp-15', 'mikrot-bbp-3', 'indmech-bbp-3'],
    2: ['mech-bbp-3', 'mech-bbp-15', 'mikrot-bbp-3', 'indmech-bbp-3'],
    3: ['mech-bbp-3', 'mech-bbp-15', 'mikrot-bbp-3', 'indmech-bbp-3'],
  },
  texts: REAKTION_TEXTS,
  // A buzzer box times its own reaction (docs/HARDWARE.md): the one game a box can play.
  inputs: ['phone', 'box'],
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
  figures: REAKTION_FIGURES,
};
