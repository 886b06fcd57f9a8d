import type { Lang } from '../../shared/protocol/errors.ts';
import type { ClassSummary, ClientGame, GameModule } from '../kit/contract.ts';
import { reaktionClient } from './reaktion/client-game.ts';
import { sensorLaborClient } from './sensor-labor/client-game.ts';
import { datenflussClient } from './datenfluss/client-game.ts';
import { werkstattClient } from './werkstatt/client-game.ts';

// The client game registry: one line per game, the same ids as shared/games/index.ts (a
// test checks). Scenes load lazily, so the home and join pages never download Phaser.
// The contract a game implements is in client/kit/contract.ts.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry is checked against its own wire where it is defined
const GAMES: Readonly<Record<string, ClientGame<any>>> = {
  reaktion: reaktionClient,
  'sensor-labor': sensorLaborClient,
  datenfluss: datenflussClient,
  werkstatt: werkstattClient,
};

/** The ids of the games this client can play. */
export const CLIENT_GAME_IDS: readonly string[] = Object.keys(GAMES);

const loading = new Map<string, Promise<GameModule>>();

/** The scene module of a game (cached; the first call starts the download). */
export function loadGame(gameId: string): Promise<GameModule> {
  const game = GAMES[gameId];
  if (!game) return Promise.reject(new Error(`unknown game ${gameId}`));
  let p = loading.get(gameId);
  if (!p) {
    p = game.load();
    // A failed download (Wi-Fi blip) may be tried again later.
    p.catch(() => loading.delete(gameId));
    loading.set(gameId, p);
  }
  return p;
}

/** Starts downloading a game's scene in the background (lobby, solo setup). */
export function prefetchGame(gameId: string): void {
  loadGame(gameId).catch(() => {});
}

/** Result lines of a game's round detail (state JSON from our server); unknown games show nothing extra. */
export function resultLines(gameId: string, detail: Record<string, unknown>, lang: Lang): string[] {
  try {
    return GAMES[gameId]?.resultLines(detail, lang) ?? [];
  } catch {
    return []; // a detail from an older server without some field: the score still shows
  }
}

/** The game's picture of a finished round for the reveal, or null. */
export function resultView(gameId: string, detail: Record<string, unknown>, round: Record<string, unknown>, lang: Lang): HTMLElement | null {
  try {
    return GAMES[gameId]?.resultView?.(detail, round, lang) ?? null;
  } catch {
    return null; // a picture is a nicety: the lines above it still tell the result
  }
}

/** The URL of the game's stimulus sound for the sound check, or null. */
export function gameTestTone(gameId: string): string | null {
  return GAMES[gameId]?.testTone ?? null;
}

/** True when this game's level plays sounds. */
export function gameUsesSound(gameId: string, level: number): boolean {
  return GAMES[gameId]?.usesSound?.(level) ?? false;
}

/** The game's class summary of a finished round (every player's detail), or null: the app then charts the points. */
export function classSummary(gameId: string, details: Record<string, unknown>[], round: Record<string, unknown>, lang: Lang): ClassSummary | null {
  try {
    return GAMES[gameId]?.classView?.(details, round, lang) ?? null;
  } catch {
    return null; // the generic chart still shows the class
  }
}

/** The game's own accent colour, if it names one. */
export function gameAccent(gameId: string): string | null {
  return GAMES[gameId]?.accent ?? null;
}

/** Right (true), wrong (false) or neither (null) for one of this game's acks; null for games without a verdict. */
export function ackVerdict(gameId: string, ack: Record<string, unknown>): boolean | null {
  try {
    if (ack.error) return null;
    return GAMES[gameId]?.ackVerdict?.(ack) ?? null;
  } catch {
    return null;
  }
}
