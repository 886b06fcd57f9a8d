import type { ErrorCode } from './errors.ts';
import {
  parseConfirm, parseEmpty, parseKick, parseLock, parsePlaylist, parsePong, parseReady, parseSettings, parseSound, parseTime,
  type GameLookup, type PlaylistEntry,
} from './messages.ts';

// Every client → server message in one table: its payload type (what a client sends), its
// validator (what the server accepts) and whether only the host may send it. The web client's
// `send` is typed by ClientMessages; the room registers one handler per table row and refuses
// host-only rows from players (NOT_HOST) before the validator runs. docs/PROTOCOL.md §3
// describes the same wire for people writing their own clients.

/** What each client message carries on the wire (undefined: no payload). */
export interface ClientMessages {
  /** Clock sync: the client's clock (ms). */
  time: { c: number };
  /** Answers a `ping`: its server time. */
  pong: { s: number };
  /** A player's answer to the current round (`data` is the game's own answer, its GameWire). */
  answer: { round: number; data: unknown };
  playlist: { items: PlaylistEntry[] };
  start: undefined;
  pause: undefined;
  resume: undefined;
  /** `{confirmed: true}` once the host was asked: needed to end a hosted round in play. */
  next: { confirmed: boolean } | undefined;
  /** `{confirmed: true}` once the host was asked: needed to end a hosted session with players. */
  end: { confirmed: boolean } | undefined;
  kick: { playerId: string };
  readmit: { playerId: string };
  lock: { locked: boolean };
  settings: { autoAdvance: boolean };
  again: undefined;
  /** The game ids whose code this phone has loaded. */
  ready: { games: string[] };
  /** The phone's answer to its sound check ("Hörst du den Ton?"): the host sees who hears nothing. */
  sound: { heard: boolean };
}
export type ClientMessageType = keyof ClientMessages;

/** `send(type)` for messages without a payload, `send(type, payload)` for the others (optional where it may be left out). */
export type ClientPayloadArgs<K extends ClientMessageType> = ClientMessages[K] extends undefined
  ? []
  : undefined extends ClientMessages[K] ? [payload?: Exclude<ClientMessages[K], undefined>] : [payload: ClientMessages[K]];

/** A validator's answer: the accepted value, or the error code to reply with. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: ErrorCode };

/**
 * One row of the table: who may send it and how the server reads its payload. `games` is the
 * server's registry lookup (its injected GameRegistry's `find`): rows naming games check them there.
 */
export interface ClientMessageRule<T> {
  hostOnly: boolean;
  parse(payload: unknown, games: GameLookup): Parsed<T>;
}

type Validator<T> = (p: unknown, games: GameLookup) => Parsed<T>;
const player = <T>(parse: Validator<T>): ClientMessageRule<T> => ({ hostOnly: false, parse });
const host = <T>(parse: Validator<T>): ClientMessageRule<T> => ({ hostOnly: true, parse });
/**
 * `answer` is checked by the phase machine with parseAnswerEnvelope, after the phase: an
 * answer outside play is WRONG_PHASE whatever it carries (docs/PROTOCOL.md).
 */
const checkedByTheFlow = (p: unknown): Parsed<unknown> => ({ ok: true, value: p });

/**
 * The table. What each row's validator returns (the server's view of the payload): the
 * playlist's items, null for messages without a payload, `answer` as sent (see above).
 */
export const CLIENT_MESSAGE_TABLE = {
  time: player(parseTime),
  pong: player(parsePong),
  answer: player(checkedByTheFlow),
  ready: player(parseReady),
  sound: player(parseSound),
  playlist: host(parsePlaylist),
  start: host(parseEmpty),
  pause: host(parseEmpty),
  resume: host(parseEmpty),
  next: host(parseConfirm),
  end: host(parseConfirm),
  kick: host(parseKick),
  readmit: host(parseKick),
  lock: host(parseLock),
  settings: host(parseSettings),
  again: host(parseEmpty),
} as const satisfies { [K in ClientMessageType]: ClientMessageRule<unknown> };

/** What the server gets from each row's validator. */
export type ParsedClientMessages = { [K in ClientMessageType]: (typeof CLIENT_MESSAGE_TABLE)[K] extends ClientMessageRule<infer T> ? T : never };

/** Client → server message types, in table order. */
export const CLIENT_MESSAGES = Object.keys(CLIENT_MESSAGE_TABLE) as ClientMessageType[];
/** Messages only the host may send. */
export const HOST_MESSAGES: readonly ClientMessageType[] = CLIENT_MESSAGES.filter((type) => CLIENT_MESSAGE_TABLE[type].hostOnly);
