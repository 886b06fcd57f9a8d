import type { AnyGameDefinition } from './types.ts';
import { reaktion } from './reaktion/index.ts';
import { sensorLabor } from './sensor-labor/index.ts';
import { datenfluss } from './datenfluss/index.ts';
import { werkstatt } from './werkstatt/index.ts';

/** The game registry: one line per game. Order is the picker's order. */
export const GAMES: readonly AnyGameDefinition[] = [
  reaktion,
  sensorLabor,
  datenfluss,
  werkstatt,
];

/** The game with this id, or undefined. */
export function findGame(id: unknown): AnyGameDefinition | undefined {
  return GAMES.find((g) => g.id === id);
}
