/** Bump when a message or the state changes incompatibly; third-party clients send it. */
export const PROTOCOL_VERSION = 2;

/** Colyseus room names. */
export const ROOM_SESSION = 'session';
export const ROOM_SOLO = 'solo';

/** The phases of a session, in order (docs/PROTOCOL.md). */
export const PHASES = ['lobby', 'countdown', 'play', 'reveal', 'scoreboard', 'podium'] as const;
export type Phase = (typeof PHASES)[number];
/** Phases of a running round: the host may pause them. */
export const RUNNING_PHASES: readonly Phase[] = ['countdown', 'play', 'reveal', 'scoreboard'];

/** True when `v` names a phase. */
export function isPhase(v: unknown): v is Phase {
  return (PHASES as readonly unknown[]).includes(v);
}

/** Most players in one hosted session by default (MAX_PLAYERS overrides it). */
export const MAX_PLAYERS = 60;
/** How many of the best players the shared state lists after each round (scoreboard and podium on phones). */
export const LEADERS_SHOWN = 10;
/** Most entries in a playlist and rounds per entry. */
export const MAX_PLAYLIST_ITEMS = 8;
export const MAX_ROUNDS_PER_ITEM = 10;
/** Largest WebSocket message the server accepts, in bytes. */
export const MAX_MESSAGE_BYTES = 4096;
/** Messages per second and client before the server cuts the connection (a flood). */
export const MAX_MESSAGES_PER_SECOND = 40;
/** Upper bound for the one-way latency the server credits a player with, in ms. */
export const MAX_ONE_WAY_MS = 250;

/** WebSocket close codes the server uses (Colyseus's own are 4000-4010). */
export const CLOSE_KICKED = 4100;
/** The seat (or the host controls) was taken over by a newer connection, e.g. another tab. */
export const CLOSE_REPLACED = 4101;
