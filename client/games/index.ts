import type { Lang } from '../../shared/protocol/errors.ts';
import type { AckMessage, CueMessage } from '../../shared/protocol/messages.ts';
import type { ArcadeHook } from '../app/hook.ts';
import { reaktionClient } from './reaktion/client-game.ts';
import { sensorLaborClient } from './sensor-labor/client-game.ts';

// What the play screen gives a game's scene, and what a scene module must export.
// A scene never talks to the network directly: it gets cues and acks, and sends answers.

export interface GameContext {
  /** The element the game draws into; it fills the play area. */
  container: HTMLElement;
  gameId: string;
  level: number;
  /** 0-based round index across the playlist (state.roundIndex). */
  round: number;
  lang(): Lang;
  /** Converts a server time (cue.at) to the performance.now() base of rAF and input events. */
  toLocalMs(serverMs: number): number;
  /** Sends a message to the room (answers). */
  send(type: string, payload: unknown): void;
  /** Subscribes to cues of this round; cues that came before the scene was ready are replayed. */
  onCue(fn: (cue: CueMessage) => void): () => void;
  onAck(fn: (ack: AckMessage) => void): () => void;
  /** The test hook, for the game's own records (read-only data for tests). */
  hook: ArcadeHook;
}

export interface GameInstance {
  /** The play phase of this round began (`publicRound`: state.round); input counts from now on. */
  start(publicRound: Record<string, unknown>): void;
  /** Plays the game's sound once (a "test sound" button; also unlocks audio on phones). */
  testSound?(): void;
  /** The language changed. */
  relabel(): void;
  destroy(): void;
}

/** The default export shape of `client/games/<id>/scene.ts`. */
export interface GameModule {
  mount(ctx: GameContext): Promise<GameInstance>;
}

/** Public figures of a finished round (state `detail`) as short lines for the reveal. */
export type ResultLines = (detail: Record<string, unknown>, lang: Lang) => string[];

/** The own result as an element: `detail` as for ResultLines, `round` = the round's public view (state.round). */
export type ResultView = (detail: Record<string, unknown>, round: Record<string, unknown>, lang: Lang) => HTMLElement | null;

export interface ClientGame {
  /** Loads the scene (and Phaser) lazily: only when a game is about to run. */
  load(): Promise<GameModule>;
  resultLines: ResultLines;
  /** True when a level plays sounds: the countdown then says "sound on". */
  usesSound?: (level: number) => boolean;
  /** Optional picture of the own result at the reveal (a chart, a replay); small, no scene needed. */
  resultView?: ResultView;
}

// The client game registry: one line per game. Scenes load lazily, so the home and join
// pages never download Phaser.
const GAMES: Record<string, ClientGame> = {
  reaktion: reaktionClient,
  'sensor-labor': sensorLaborClient,
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

/** The game's picture of a finished round for the reveal, or null. */
export function resultView(gameId: string, detail: Record<string, unknown>, round: Record<string, unknown>, lang: 'de' | 'en'): HTMLElement | null {
  try {
    return GAMES[gameId]?.resultView?.(detail, round, lang) ?? null;
  } catch {
    return null; // a picture is a nicety: the lines above it still tell the result
  }
}

/** True when this game's level plays sounds. */
export function gameUsesSound(gameId: string, level: number): boolean {
  return GAMES[gameId]?.usesSound?.(level) ?? false;
}
