import type { ClientGame } from '../index.ts';
import { sensorLaborResultView } from './result-view.ts';
import { sensorLaborResultLines } from './ui-texts.ts';

/** Sensor-Labor's entry in the client game registry. */
export const sensorLaborClient: ClientGame = {
  load: () => import('./scene.ts'),
  resultLines: sensorLaborResultLines,
  resultView: sensorLaborResultView,
};
