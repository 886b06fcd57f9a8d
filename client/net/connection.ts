import { Client, type Room } from '@colyseus/sdk';
import { PROTOCOL_VERSION, ROOM_SESSION, ROOM_SOLO } from '../../shared/protocol/constants.ts';
import type { Lang } from '../../shared/protocol/errors.ts';
import type { JoinOptions, Role, SessionRoomType } from '../../shared/protocol/messages.ts';
import { SessionState } from '../../shared/protocol/state.ts';
import { lookupSession } from './api.ts';
import { deviceId, practiceId } from './stored-session.ts';

// Opening rooms with the join options of docs/PROTOCOL.md §2. This module and the SDK load
// on demand (client/net/lazy.ts): the home page does not need them to appear.

/** A joined session room; `onMessage` handlers are checked against the server's messages. */
export type SessionRoom = Room<SessionRoomType, SessionState>;

/**
 * Always the page's own origin (`vite dev` proxies matchmaking and room WebSockets to the
 * game server): the trainer's session cookie and the Origin check then work as in production.
 */
function endpoint(): string {
  return location.origin;
}

let client: Client | null = null;
function sdk(): Client {
  client ??= new Client(endpoint());
  return client;
}

/**
 * Join options. `vite dev` leaves the build id out: there the server restarts on every edit
 * and would tell a page that is current anyway to reload.
 */
function options(role: Role, lang: Lang, extra: Partial<JoinOptions>): JoinOptions {
  return { protocol: PROTOCOL_VERSION, ...(import.meta.env.DEV ? {} : { build: __BUILD_ID__ }), role, lang, ...extra };
}

/** Trainer: opens a new hosted session. */
export function createHostedRoom(lang: Lang): Promise<SessionRoom> {
  return sdk().create<SessionState>(ROOM_SESSION, options('host', lang, {}), SessionState) as Promise<SessionRoom>;
}

/**
 * Apprentice: looks the code up and takes a new seat, as a guest (nickname) or with a card.
 * The room is private: the join repeats the code as proof of being invited.
 */
export async function joinHostedRoom(code: string, who: { nickname: string } | { card: string }, lang: Lang): Promise<SessionRoom> {
  const roomId = await lookupSession(code);
  const device = deviceId();
  return sdk().joinById<SessionState>(roomId, options('player', lang, { ...who, code, ...(device ? { device } : {}) }), SessionState) as Promise<SessionRoom>;
}

/** Solo practice of one game and level; `set`: a company task set, with the card of that company. */
export function createSoloRoom(gameId: string, level: number, lang: Lang, set?: { setId: string; card: string }): Promise<SessionRoom> {
  const id = practiceId();
  return sdk().create<SessionState>(ROOM_SOLO, options('player', lang, { gameId, level, ...(id ? { practiceId: id } : {}), ...set }), SessionState) as Promise<SessionRoom>;
}

/** Takes a seat (player) or the controls (host) back with the secret from `welcome`. */
export function rejoinRoom(roomId: string, role: Role, key: string, lang: Lang): Promise<SessionRoom> {
  return sdk().joinById<SessionState>(roomId, options(role, lang, { key }), SessionState) as Promise<SessionRoom>;
}
