import type { AnyGameDefinition } from './types.ts';
import { gameRegistry, type GameRegistry } from './registry.ts';
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

/** The shipped games as a value: what the server uses unless a test passes its own. */
export const GAME_REGISTRY: GameRegistry = gameRegistry(GAMES);

/** The game with this id, or undefined (client and scripts; the server uses its injected registry). */
export function findGame(id: unknown): AnyGameDefinition | undefined {
  return GAME_REGISTRY.find(id);
}
