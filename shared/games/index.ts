import type { GameDefinition } from './types.ts';
import { reaktion } from './reaktion/index.ts';
import { sensorLabor } from './sensor-labor/index.ts';
import { datenfluss } from './datenfluss/index.ts';

/** The game registry: one line per game. Order is the picker's order. */
export const GAMES: readonly GameDefinition<any, any>[] = [
  reaktion,
  sensorLabor,
  datenfluss,
];

/** The game with this id, or undefined. */
export function findGame(id: unknown): GameDefinition<any, any> | undefined {
  return GAMES.find((g) => g.id === id);
}
