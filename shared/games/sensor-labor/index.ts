import type { GameDefinition } from '../types.ts';
import * as rules from './rules.ts';
import { SENSOR_LABOR_TEXTS } from './texts.ts';

/** Sensor-Labor: choose, place and tune industrial proximity sensors. */
export const sensorLabor: GameDefinition<rules.SensorRound, rules.SensorPlayer> = {
  id: 'sensor-labor',
  maxScore: rules.CORRECT_MAX + rules.SPEED_MAX,
  levels: rules.LEVELS,
  texts: SENSOR_LABOR_TEXTS,
  createRound: rules.createRound,
  publicRound: rules.publicRound,
  playDurationMs: (round) => round.durationMs,
  // Untimed decisions: nothing is scheduled during play.
  cues: () => [],
  newPlayer: () => ({ results: {}, lastMs: null }),
  judge: rules.judge,
  answered: rules.answered,
  expectedAnswers: rules.expectedAnswers,
  isDone: (round, player) => rules.answered(round, player) >= rules.expectedAnswers(round),
  score: rules.score,
};
