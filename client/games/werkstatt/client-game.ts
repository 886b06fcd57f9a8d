import type { WerkstattWire } from '../../../shared/games/werkstatt/wire.ts';
import { defineClientGame } from '../../kit/contract.ts';
import { werkstattClassView } from './class-view.ts';
import { werkstattResultLines, werkstattResultView } from './result-lines.ts';

/** Werkstatt's entry in the client game registry. */
export const werkstattClient = defineClientGame<WerkstattWire>({
  load: () => import('./scene.ts'),
  // Dark teal: white text on it reads at about 7:1.
  accent: '#1f5f5b',
  resultLines: werkstattResultLines,
  resultView: werkstattResultView,
  classView: werkstattClassView,
  // ✓/✗ after each taken answer like the other games (a skip flashes nothing).
  ackVerdict: (ack) => (typeof ack.right === 'boolean' ? ack.right : null),
});
