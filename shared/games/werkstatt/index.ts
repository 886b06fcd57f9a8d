import type { GameDefinition } from '../types.ts';
import * as rules from './rules.ts';
import { SAMPLE_SET } from './sample.ts';
import { WERKSTATT_TEXTS } from './texts.ts';
import { checkTaskSet } from './validate.ts';
import type { WerkstattWire } from './wire.ts';
import { WERKSTATT_FIGURES } from './figures.ts';

/** Werkstatt: a company's own task sets (choice, number with unit and tolerance, order). Level 1 is the built-in example set. */
export const werkstatt: GameDefinition<rules.WerkstattRound, rules.WerkstattPlayer, WerkstattWire> = {
  id: 'werkstatt',
  maxScore: rules.MAX_SCORE,
  levels: [1],
  // The example set: safety (emergency stop, five safety rules) and measuring; an own set carries its own tags.
  curriculum: { 1: ['mech-bbp-3', 'mech-bbp-13'] },
  texts: WERKSTATT_TEXTS,
  createRound: (seed, level) => rules.createRoundFrom(seed, level, SAMPLE_SET),
  publicRound: rules.publicRound,
  playDurationMs: (round) => round.durationMs,
  cues: () => [],
  newPlayer: () => ({ answers: [] }),
  judge: rules.judge,
  answered: (_round, player) => player.answers.length,
  expectedAnswers: (round) => round.tasks.length,
  isDone: (round, player) => player.answers.length >= round.tasks.length,
  score: rules.score,
  figures: WERKSTATT_FIGURES,
  authored: {
    check: (raw) => {
      const checked = checkTaskSet(raw);
      return checked.ok ? checked.value : null;
    },
    createRoundWith: rules.createRoundFrom,
  },
};
