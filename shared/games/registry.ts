import type { AnyGameDefinition } from './types.ts';

/**
 * A set of games as a value. The server receives one (server/app.ts `AppOverrides.games`) instead
 * of reaching for the module-level list, so tests can run the platform with a one-second probe
 * game (tests/helpers/probe-game.ts) while each real game keeps its own round tests.
 */
export interface GameRegistry {
  /** Every game, in the picker's order; the first one is the default playlist's game. */
  readonly all: readonly AnyGameDefinition[];
  /** The game with this id, or undefined (any input: ids come from the wire). */
  find(id: unknown): AnyGameDefinition | undefined;
}

/** A registry over these games (ids must be unique). */
export function gameRegistry(games: readonly AnyGameDefinition[]): GameRegistry {
  const byId = new Map(games.map((g) => [g.id, g]));
  if (byId.size !== games.length) throw new Error('game ids must be unique');
  return { all: games, find: (id) => (typeof id === 'string' ? byId.get(id) : undefined) };
}
