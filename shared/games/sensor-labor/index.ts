import type { GameDefinition } from '../types.ts';
import * as rules from './rules.ts';
import { SENSOR_LABOR_TEXTS } from './texts.ts';
import type { SensorWire } from './wire.ts';
import { SENSOR_FIGURES } from './figures.ts';

/** Sensor-Labor: choose, place and tune industrial proximity sensors. */
export const sensorLabor: GameDefinition<rules.SensorRound, rules.SensorPlayer, SensorWire> = {
  id: 'sensor-labor',
  maxScore: rules.CORRECT_MAX + rules.SPEED_MAX,
  levels: rules.LEVELS,
  // Level 1 chooses sensors for materials, level 2 mounts and sets them on a belt, level 3
  // sets the switch and reset points of an analog signal: all part of building and testing
  // controls (sensors are a control's inputs) and of selecting and mounting sensors in
  // automation. Level 3 reads an analog signal and sets switch points on it: measuring
  // electrical quantities (mech-bbp-13) and, for Feinoptiker, setting plant values for the
  // process (feinopt-bbp-1, item k).
  // Levels 2 and 3 set sensors at a belt and adjust their switching: for Mikrotechnologe/-in
  // "Sensoren prüfen und justieren" (mikrot-bbp-11 d), for Industriemechaniker/-in
  // "Steuerungstechnik anwenden" (indmech-bbp-11 b).
  curriculum: {
    1: ['mech-bbp-15', 'eat-bbp-13'],
    2: ['mech-bbp-15', 'eat-bbp-14', 'mikrot-bbp-11', 'indmech-bbp-11'],
    3: ['mech-bbp-15', 'eat-bbp-14', 'mech-bbp-13', 'feinopt-bbp-1', 'mikrot-bbp-11', 'indmech-bbp-11'],
  },
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
  figures: SENSOR_FIGURES,
};
