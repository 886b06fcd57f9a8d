// The read-only test hook `window.__arcade` (contract in the project notes). It exists in
// every build: it only mirrors what the page already shows, so it gives nothing away.

export type ScreenId =
  | 'home' | 'join' | 'solo-setup' | 'host-lobby' | 'lobby' | 'countdown' | 'play'
  | 'reveal' | 'scoreboard' | 'podium' | 'error'
  | 'login' | 'setup' | 'trainer' | 'cards-print' | 'board';

export interface TrialRecord {
  round: number;
  trial: number;
  modality: string;
  /** rAF timestamp of the first frame that drew the stimulus (performance.now() base). */
  onsetMs: number | null;
  /** Extra, for diagnosis: when the stimulus was due locally (cue.at on this clock). */
  dueMs: number | null;
  /** event.timeStamp of the press. */
  responseMs: number | null;
  /** What the client sent as rtMs. */
  rtMs: number | null;
}

export interface ArcadeHook {
  screen: ScreenId;
  role: 'host' | 'player' | null;
  phase: string | null;
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
  reaktion: { trials: TrialRecord[]; acks: Record<string, unknown>[] };
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
  reaktion: { trials: [], acks: [] },
};

window.__arcade = hook;

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
