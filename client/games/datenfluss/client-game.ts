import type { DatenflussWire } from '../../../shared/games/datenfluss/wire.ts';
import { defineClientGame } from '../../kit/contract.ts';
import { datenflussResultLines, datenflussResultView } from './result-lines.ts';

/** Datenfluss's entry in the client game registry. */
export const datenflussClient = defineClientGame<DatenflussWire>({
  load: () => import('./scene.ts'),
  resultLines: datenflussResultLines,
  resultView: datenflussResultView,
});
