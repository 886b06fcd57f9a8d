import type { SensorWire } from '../../../shared/games/sensor-labor/wire.ts';
import { defineClientGame } from '../../kit/contract.ts';
import { sensorLaborResultView } from './result-view.ts';
import { sensorLaborResultLines } from './result-lines.ts';

/** Sensor-Labor's entry in the client game registry. */
export const sensorLaborClient = defineClientGame<SensorWire>({
  load: () => import('./scene.ts'),
  resultLines: sensorLaborResultLines,
  resultView: sensorLaborResultView,
});
