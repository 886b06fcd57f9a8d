import type { ReaktionWire } from '../../../shared/games/reaktion/wire.ts';
import { defineClientGame } from '../../kit/contract.ts';
import { reaktionClassView } from './class-view.ts';
import { levelUsesSound, reaktionResultLines } from './ui-texts.ts';

/** Reaktion's entry in the client game registry. */
export const reaktionClient = defineClientGame<ReaktionWire>({
  load: () => import('./scene.ts'),
  accent: '#b4361f',
  ackVerdict: (ack) => (ack.outcome === 'hit' ? true : ack.outcome === 'false-start' || ack.outcome === 'late' ? false : null),
  resultLines: reaktionResultLines,
  usesSound: levelUsesSound,
  // The stimulus tone itself (scene.ts plays the same file): the sound check tests what counts.
  testTone: `${import.meta.env.BASE_URL}reaktion/tone-1000hz.wav`,
  classView: reaktionClassView,
});
