import type { SensorWire } from '../../../shared/games/sensor-labor/wire.ts';
import { defineClientGame } from '../../kit/contract.ts';
import { sensorLaborClassView } from './class-view.ts';
import { sensorLaborResultView } from './result-view.ts';
import { sensorLaborResultLines } from './result-lines.ts';

/** Sensor-Labor's entry in the client game registry. */
export const sensorLaborClient = defineClientGame<SensorWire>({
  load: () => import('./scene.ts'),
  accent: '#0d7268',
  resultLines: sensorLaborResultLines,
  resultView: sensorLaborResultView,
  classView: sensorLaborClassView,
});
