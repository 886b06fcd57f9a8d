import type { Phase } from '../../shared/protocol/constants.ts';
import { installRecordSink } from '../kit/records.ts';

// The read-only test hook `window.__arcade` (contract in the project notes). It exists in
// every build: it only mirrors what the page already shows, so it gives nothing away.

export type ScreenId =
  | 'home' | 'join' | 'solo-setup' | 'host-lobby' | 'lobby' | 'countdown' | 'play'
  | 'reveal' | 'scoreboard' | 'podium' | 'practice-summary' | 'error'
  | 'login' | 'setup' | 'trainer' | 'cards-print' | 'board'
  | 'check' | 'check-phone';

export interface ArcadeHook {
  screen: ScreenId;
  role: 'host' | 'player' | null;
  phase: Phase | null;
  playerId: string | null;
  state(): unknown;
  joinUrl: string | null;
  clock: { offsetMs: number; rttMs: number } | null;
  timeOrigin: number;
  renderType: number | null;
  lastError: string | null;
  /** The latest `board` message (host) and `myRank` message (card player) of the session. */
  board: unknown;
  myRank: unknown;
  /** What games recorded through the kit (client/kit/records.ts): lists by game id and name, e.g. games.reaktion.trials. */
  games: Record<string, Record<string, unknown[]>>;
}

declare global {
  interface Window {
    __arcade: ArcadeHook;
  }
}

export const hook: ArcadeHook = {
  screen: 'home',
  role: null,
  phase: null,
  playerId: null,
  state: () => null,
  joinUrl: null,
  clock: null,
  timeOrigin: performance.timeOrigin,
  renderType: null,
  lastError: null,
  board: null,
  myRank: null,
  games: {},
};

window.__arcade = hook;

// Games record through the kit; the records land here for tests to read.
installRecordSink({
  list(gameId, name) {
    const lists = (hook.games[gameId] ??= {});
    return (lists[name] ??= []);
  },
  set(key, value) {
    if (key === 'renderType') hook.renderType = typeof value === 'number' ? value : null;
  },
});

/** Forgets everything of a left session (the language and screen stay). */
export function resetSessionHook(): void {
  hook.role = null;
  hook.phase = null;
  hook.playerId = null;
  hook.state = () => null;
  hook.joinUrl = null;
  hook.clock = null;
  hook.renderType = null;
  hook.board = null;
  hook.myRank = null;
}
