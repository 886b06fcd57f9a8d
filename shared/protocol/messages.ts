import type { BoxLobbyEntry, LatencySummary } from './hardware.ts';
import { MAX_PLAYLIST_ITEMS, MAX_ROUNDS_PER_ITEM } from './constants.ts';
import type { ErrorCode } from './errors.ts';
import type { SessionState } from './state.ts';

// Every message between client and server, with a validator for each client message (the
// client → server table that ties them to their types is client-messages.ts).
// docs/PROTOCOL.md describes the same for people writing their own clients.

export type Role = 'host' | 'player';

/** Options of client.create / client.joinById. */
export interface JoinOptions {
  protocol: number;
  /** Build id of our own web client; another build is told to reload. */
  build?: string;
  role: Role;
  lang?: 'de' | 'en';
  /** Player: nickname for a new seat. */
  nickname?: string;
  /** Player, new seat in a hosted round: the six-digit join code, the proof of being invited. */
  code?: string;
  /** Host: secret from `welcome` to take the controls back; player: to take the seat back. */
  key?: string;
  /** Solo only: the game and level to practise, and an anonymous id for the personal best. */
  gameId?: string;
  level?: number;
  practiceId?: string;
  /** Player, hosted: an apprentice's card code; the results then count on the company board. Solo with `setId`: names the set's company only. */
  card?: string;
  /** Solo only, a game with stored content (Werkstatt): the card's company's task set to practise (pinned at its current version). */
  setId?: string;
  /** Player, hosted: an anonymous id this device keeps; a removal by the host also shuts the device out. */
  device?: string;
}

export interface PlaylistEntry {
  gameId: string;
  level: number;
  rounds: number;
  /** Games with stored content (Werkstatt): the company's set to play; the server checks it belongs to the session's company. */
  setId?: string;
  /** Filled in by the server from the stored set (a client's value is ignored). */
  setTitle?: string;
}

const SET_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Server → client payloads. */
/** `nickname` is the seat's name ('' for the host). */
export interface WelcomeMessage { role: Role; playerId: string; key: string; serverNow: number; code: string; nickname: string }
export interface TimeReply { c: number; s: number }
export interface PingMessage { s: number }
export interface CueMessage { round: number; at: number; [k: string]: string | number | boolean }
/** `answered`: the player's answers counted in this round so far (after this one). */
export interface AckMessage { round: number; answered: number; error?: ErrorCode; [k: string]: unknown }
/**
 * To one player: the own figures (the shared state lists only the leaders). Sent after
 * joining or rejoining, at each countdown and after each finished round.
 */
export interface StandingMessage {
  /** roundIndex the figures belong to (-1 before the first round). */
  round: number;
  score: number;
  roundScore: number;
  /** 1 = first; 0 before any finished round. */
  rank: number;
  /** Seated players the rank is out of. */
  of: number;
  /** Answers counted in the current round. */
  answered: number;
  /** JSON of the game's public figures of the last finished round. */
  detail: string;
  /** The own place before the last finished round (0: none yet); absent when unknown (after a rejoin). */
  previousRank?: number;
  /** The next better player and the points between; null when nobody is ahead. Absent when unknown. */
  ahead?: { nickname: string; gap: number } | null;
}
export interface ErrorMessage { code: ErrorCode; type?: string }
export interface PersonalBestMessage { gameId: string; level: number; best: number | null; score: number }

/**
 * Every server → client message by type. The room's Colyseus client type is built from it
 * (0.18's typed `client.send` and `broadcast`), and the web client's handlers use it.
 */
export interface ServerMessages {
  welcome: WelcomeMessage;
  time: TimeReply;
  ping: PingMessage;
  cue: CueMessage;
  ack: AckMessage;
  standing: StandingMessage;
  error: ErrorMessage;
  personalBest: PersonalBestMessage;
  board: BoardMessage;
  myRank: MyRankMessage;
  /** Removed for good: KICKED (by the host), CARD_REVOKED, SESSION_CLOSED. */
  kicked: { code: ErrorCode };
  /** To the host: the buzzer boxes waiting in the lobby or playing (docs/HARDWARE.md). */
  boxes: { boxes: BoxLobbyEntry[] };
  /** To the host at the end of a Reaktion round: transport latency per input kind (docs/HARDWARE.md). */
  inputLatency: LatencySummary;
}
export type ServerMessageType = keyof ServerMessages;

/**
 * The session room as Colyseus's SDK types it (`Room<SessionRoomType>`): its state and the
 * messages the server sends. Types only, so the client never imports server/.
 */
export interface SessionRoomType {
  '~state': SessionState;
  '~client': { '~messages': ServerMessages };
}

type Result<T> = { ok: true; value: T } | { ok: false; code: ErrorCode };
const invalid = { ok: false, code: 'MESSAGE_INVALID' } as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** `time` { c: client clock ms } for clock sync. */
export function parseTime(p: unknown): Result<{ c: number }> {
  return isRecord(p) && typeof p.c === 'number' && Number.isFinite(p.c) ? { ok: true, value: { c: p.c } } : invalid;
}

/** `pong` { s: the server time from the ping }. */
export function parsePong(p: unknown): Result<{ s: number }> {
  return isRecord(p) && typeof p.s === 'number' && Number.isFinite(p.s) ? { ok: true, value: { s: p.s } } : invalid;
}

/** `answer` { round: roundIndex, data: game-specific payload }. */
export function parseAnswerEnvelope(p: unknown): Result<{ round: number; data: unknown }> {
  return isRecord(p) && isInt(p.round, 0, 10_000) && 'data' in p ? { ok: true, value: { round: p.round, data: p.data } } : invalid;
}

/**
 * Finds a registered game by id (the server passes its registry's `find`). Taken as a parameter
 * so the protocol floor names no games and never imports the registry above it. `authored`:
 * the game plays stored content (a playlist item may then name a set).
 */
export type GameLookup = (id: unknown) => { readonly id: string; readonly levels: readonly number[]; readonly authored?: unknown } | undefined;

/** `playlist` { items: [{ gameId, level, rounds, setId? }] } with registered games only (setId only for games with stored content). */
export function parsePlaylist(p: unknown, findGame: GameLookup): Result<PlaylistEntry[]> {
  if (!isRecord(p) || !Array.isArray(p.items) || p.items.length < 1 || p.items.length > MAX_PLAYLIST_ITEMS) {
    return { ok: false, code: 'PLAYLIST_INVALID' };
  }
  const items: PlaylistEntry[] = [];
  for (const raw of p.items) {
    if (!isRecord(raw)) return { ok: false, code: 'PLAYLIST_INVALID' };
    const game = findGame(raw.gameId);
    if (!game || !isInt(raw.level, 0, 99) || !game.levels.includes(raw.level) || !isInt(raw.rounds, 1, MAX_ROUNDS_PER_ITEM)) {
      return { ok: false, code: 'PLAYLIST_INVALID' };
    }
    if (raw.setId !== undefined && (!game.authored || typeof raw.setId !== 'string' || !SET_ID.test(raw.setId))) return { ok: false, code: 'PLAYLIST_INVALID' };
    items.push({ gameId: game.id, level: raw.level, rounds: raw.rounds, ...(raw.setId ? { setId: raw.setId } : {}) });
  }
  return { ok: true, value: items };
}

/** `kick` { playerId }. */
export function parseKick(p: unknown): Result<{ playerId: string }> {
  return isRecord(p) && typeof p.playerId === 'string' && p.playerId.length > 0 && p.playerId.length <= 32
    ? { ok: true, value: { playerId: p.playerId } }
    : invalid;
}

/** `sound` { heard: boolean }: the phone's answer to "Hörst du den Ton?". */
export function parseSound(p: unknown): Result<{ heard: boolean }> {
  return isRecord(p) && typeof p.heard === 'boolean' && Object.keys(p).length === 1 ? { ok: true, value: { heard: p.heard } } : invalid;
}

/** `lock` { locked: boolean }. */
export function parseLock(p: unknown): Result<{ locked: boolean }> {
  return isRecord(p) && typeof p.locked === 'boolean' ? { ok: true, value: { locked: p.locked } } : invalid;
}

/** `settings` { autoAdvance: boolean }: the host's pace setting. */
export function parseSettings(p: unknown): Result<{ autoAdvance: boolean }> {
  return isRecord(p) && typeof p.autoAdvance === 'boolean' && Object.keys(p).length === 1 ? { ok: true, value: { autoAdvance: p.autoAdvance } } : invalid;
}

/** `ready` { games: game ids whose code this phone has loaded } (registered games, no repeats). */
export function parseReady(p: unknown, findGame: GameLookup): Result<{ games: string[] }> {
  if (!isRecord(p) || !Array.isArray(p.games) || p.games.length > MAX_PLAYLIST_ITEMS || Object.keys(p).length !== 1) return invalid;
  const games = new Set<string>();
  for (const id of p.games) {
    const game = findGame(id);
    if (!game) return invalid;
    games.add(game.id);
  }
  return { ok: true, value: { games: [...games] } };
}

/**
 * `next` and `end`: nothing, or { confirmed: true } once the host has been asked. Ending a
 * running round (`next` in play) or a session with players (`end`) needs it.
 */
export function parseConfirm(p: unknown): Result<{ confirmed: boolean }> {
  if (p === undefined || p === null || (isRecord(p) && Object.keys(p).length === 0)) return { ok: true, value: { confirmed: false } };
  return isRecord(p) && typeof p.confirmed === 'boolean' && Object.keys(p).length === 1 ? { ok: true, value: { confirmed: p.confirmed } } : invalid;
}

/** Messages without a payload accept nothing or an empty object. */
export function parseEmpty(p: unknown): Result<null> {
  return p === undefined || p === null || (isRecord(p) && Object.keys(p).length === 0) ? { ok: true, value: null } : invalid;
}

/** One apprentice on a company board (also the HTTP API's entry, docs/ACCOUNTS-API.md). */
export interface BoardEntry {
  rank: number;
  apprenticeId: string;
  displayName: string;
  trade: string;
  trainingYear: number;
  /** Average points (0–1000) of the counted rounds. */
  value: number;
  rounds: number;
}

/** After each stored round of a company session, to the host: this week's top 10 of the round's game. */
export interface BoardMessage {
  gameId: string;
  period: 'week';
  minRounds: number;
  total: number;
  entries: BoardEntry[];
}

/** …and to each card holder: the own week rank (rank and value null while fewer than minRounds rounds count). */
export interface MyRankMessage {
  gameId: string;
  period: 'week';
  minRounds: number;
  total: number;
  rank: number | null;
  value: number | null;
  rounds: number;
}
