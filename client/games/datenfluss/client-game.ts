import type { DatenflussWire } from '../../../shared/games/datenfluss/wire.ts';
import { defineClientGame } from '../../kit/contract.ts';
import { datenflussClassView } from './class-view.ts';
import { datenflussResultLines, datenflussResultView } from './result-lines.ts';

/** Datenfluss's entry in the client game registry. */
export const datenflussClient = defineClientGame<DatenflussWire>({
  load: () => import('./scene.ts'),
  // Violet: white text on it reads at about 8:1.
  accent: '#5b3e96',
  ackVerdict: (ack) => (typeof ack.correct === 'boolean' ? ack.correct : typeof ack.credit === 'number' ? ack.credit > 0 : null),
  resultLines: datenflussResultLines,
  resultView: datenflussResultView,
  classView: datenflussClassView,
});
