import type { SensorWire } from '../../../shared/games/sensor-labor/wire.ts';
import { defineClientGame } from '../../kit/contract.ts';
import { sensorLaborClassView } from './class-view.ts';
import { sensorLaborResultView } from './result-view.ts';
import { sensorLaborResultLines } from './result-lines.ts';

/** Sensor-Labor's entry in the client game registry. */
export const sensorLaborClient = defineClientGame<SensorWire>({
  load: () => import('./scene.ts'),
  accent: '#0d7268',
  // Credit 0..1 per part (level 1) or per run (levels 2, 3): more than half counts as right.
  ackVerdict: (ack) => (typeof ack.credit === 'number' ? ack.credit > 0.5 : null),
  resultLines: sensorLaborResultLines,
  resultView: sensorLaborResultView,
  classView: sensorLaborClassView,
});
