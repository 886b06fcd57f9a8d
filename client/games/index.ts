import type { ClientGame, GameModule } from './types.ts';
import { levelUsesSound, reaktionResultLines } from './reaktion/ui-texts.ts';

// The client game registry: one line per game. Scenes load lazily, so the home and join
// pages never download Phaser.
const GAMES: Record<string, ClientGame> = {
  reaktion: { load: () => import('./reaktion/scene.ts'), resultLines: reaktionResultLines, usesSound: levelUsesSound },
};

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

/** Result lines of a game's round detail; unknown games show nothing extra. */
export function resultLines(gameId: string, detail: Record<string, unknown>, lang: 'de' | 'en'): string[] {
  return GAMES[gameId]?.resultLines(detail, lang) ?? [];
}

/** True when this game's level plays sounds. */
export function gameUsesSound(gameId: string, level: number): boolean {
  return GAMES[gameId]?.usesSound?.(level) ?? false;
}
