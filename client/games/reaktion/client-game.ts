import type { ClientGame } from '../index.ts';
import { levelUsesSound, reaktionResultLines } from './ui-texts.ts';

/** Reaktion's entry in the client game registry. */
export const reaktionClient: ClientGame = {
  load: () => import('./scene.ts'),
  resultLines: reaktionResultLines,
  usesSound: levelUsesSound,
};
