// The buzzer box on the wire (MQTT): topics, payloads, limits and refusal codes, typed once.
// Server (server/hardware/), simulator (scripts/box/) and docs/HARDWARE.md all follow this file.
// Pure: no crypto here (the HMAC is computed where node:crypto or the box's mbedTLS is).
//
// Every payload is the UTF-8 JSON envelope `{"m":"<body JSON as a string>","sig":"<hex>"}`;
// `sig` = hex HMAC-SHA256(signKey, `${direction}\n${m}`) with direction "up" (box → server)
// or "down" (server → box), so a message can never be replayed in the other direction.

import { isErrorCode, type ErrorCode } from './errors.ts';

/** First topic level of everything the platform speaks. */
export const BOX_TOPIC_ROOT = 'arcade';
/** A box publishes only here: `arcade/<companyId>/<boxId>/up`. */
export const upTopic = (companyId: string, boxId: string): string => `${BOX_TOPIC_ROOT}/${companyId}/${boxId}/up`;
/** A box subscribes only here: `arcade/<companyId>/<boxId>/down`. */
export const downTopic = (companyId: string, boxId: string): string => `${BOX_TOPIC_ROOT}/${companyId}/${boxId}/down`;
/** What the server's gateway subscribes to (every box's uplink). */
export const ALL_UP_TOPICS = `${BOX_TOPIC_ROOT}/+/+/up`;

/** Ids (companies, boxes) inside topics: url-safe, no MQTT wildcards or separators. */
const TOPIC_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Splits an uplink topic into its company and box; null for any other topic. */
export function parseUpTopic(topic: string): { companyId: string; boxId: string } | null {
  const parts = topic.split('/');
  if (parts.length !== 4 || parts[0] !== BOX_TOPIC_ROOT || parts[3] !== 'up') return null;
  const [, companyId, boxId] = parts as [string, string, string, string];
  return TOPIC_ID.test(companyId) && TOPIC_ID.test(boxId) ? { companyId, boxId } : null;
}

/** Largest MQTT packet the embedded broker reads, in bytes (a bigger one closes the connection). */
export const BOX_MAX_PACKET_BYTES = 1024;
/** Largest payload the gateway reads, in bytes (a bigger one is refused with BOX_PAYLOAD_INVALID). */
export const BOX_MAX_PAYLOAD_BYTES = 512;
/** Messages a box may send per second (a burst of this many, refilled continuously). More: BOX_FLOODED, dropped. */
export const BOX_MAX_MESSAGES_PER_SECOND = 20;
/** How long a flooding box is ignored (and, on the embedded broker, kept out), in ms. */
export const BOX_FLOOD_PAUSE_MS = 10_000;
/** Box ids a trainer's company may hold. */
export const MAX_BOXES_PER_COMPANY = 200;

/** Timing modes: the box lights/sounds its own stimulus and times itself, or only reports its button on the synced clock. */
export type BoxMode = 'stimulus' | 'button';
export const BOX_MODES: readonly BoxMode[] = ['stimulus', 'button'];

/** Box → server bodies (`t` names the kind). */
export type BoxUp =
  /** Asks to join the session with this code; `n` is a fresh random string of the box (8–32 chars). */
  | { t: 'hello'; code: string; mode: BoxMode; n: string }
  /** Clock sync request: the box's clock in ms (any epoch; a float with µs precision is fine). */
  | { t: 'time'; c: number }
  /** Answers a `ping`: echoes its server time `s`. */
  | { t: 'pong'; s: number }
  /**
   * A button press in trial `trial` of round `round`, with the trial's `nonce` from its `trial` message.
   * Mode stimulus: `rtUs` = press − own stimulus onset by the box's µs timer (null: pressed with no stimulus lit).
   * Mode button: `at` = press time on the synced server clock in ms (null when unknown).
   */
  | { t: 'press'; round: number; trial: number; nonce: string; rtUs: number | null; at: number | null }
  /** The box leaves the session (its seat stays with its points, like a phone that left). */
  | { t: 'bye' };

/** Server → box bodies. */
export type BoxDown =
  /** Where the box stands: asked to join (pending), admitted, refused by the trainer, removed, or its credential revoked. */
  | { t: 'status'; state: 'pending' | 'admitted' | 'refused' | 'removed' | 'revoked'; name: string; mode: BoxMode | null }
  /** Clock sync answer: the box's `c` and the server clock `s` (ms since the epoch). */
  | { t: 'time'; c: number; s: number }
  /** Latency probe: answer with `pong` echoing `s`. */
  | { t: 'ping'; s: number }
  /** A trial began: the nonce a press in it must carry (catch trials too: a press there is a false start). */
  | { t: 'trial'; round: number; trial: number; nonce: string }
  /** The stimulus of a trial is due at server time `at` (ms): a stimulus-mode box lights/sounds then. */
  | { t: 'stimulus'; round: number; trial: number; at: number; modality: 'visual' | 'audio' }
  /** The verdict on a press, as phones get it (`error`: the refusal code, if any). */
  | { t: 'ack'; round: number; trial: number | null; outcome: string | null; rtMs: number | null; error?: ErrorCode }
  /** A refused message: `code` (docs/HARDWARE.md §Errors), `ref` the refused kind if it could be read. */
  | { t: 'error'; code: ErrorCode; ref?: string };

export type BoxUpKind = BoxUp['t'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const NONCE = /^[A-Za-z0-9_-]{8,32}$/;

/** Reads the signed envelope; null when it is not `{m: string, sig: 64 hex}`. */
export function parseEnvelope(raw: string): { m: string; sig: string } | null {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(v) || typeof v.m !== 'string' || typeof v.sig !== 'string' || !/^[0-9a-f]{64}$/.test(v.sig)) return null;
  return { m: v.m, sig: v.sig };
}

/** The text the HMAC covers: direction, newline, body. */
export const signedText = (direction: 'up' | 'down', m: string): string => `${direction}\n${m}`;

/** Validates an uplink body (after its signature was checked); null for anything malformed. */
export function parseBoxUp(m: string): BoxUp | null {
  let v: unknown;
  try {
    v = JSON.parse(m);
  } catch {
    return null;
  }
  if (!isRecord(v)) return null;
  switch (v.t) {
    case 'hello':
      if (typeof v.code !== 'string' || !/^\d{6}$/.test(v.code) || typeof v.n !== 'string' || !NONCE.test(v.n)) return null;
      if (v.mode !== undefined && !BOX_MODES.includes(v.mode as BoxMode)) return null;
      return { t: 'hello', code: v.code, mode: (v.mode as BoxMode | undefined) ?? 'stimulus', n: v.n };
    case 'time':
      return isFiniteNum(v.c) ? { t: 'time', c: v.c } : null;
    case 'pong':
      return isFiniteNum(v.s) ? { t: 'pong', s: v.s } : null;
    case 'press': {
      if (!isInt(v.round, 0, 10_000) || !isInt(v.trial, 0, 1000) || typeof v.nonce !== 'string' || !NONCE.test(v.nonce)) return null;
      const rtUs = v.rtUs ?? null;
      const at = v.at ?? null;
      if (rtUs !== null && (!isFiniteNum(rtUs) || rtUs < 0 || rtUs > 60_000_000)) return null;
      if (at !== null && !isFiniteNum(at)) return null;
      return { t: 'press', round: v.round, trial: v.trial, nonce: v.nonce, rtUs, at };
    }
    case 'bye':
      return { t: 'bye' };
    default:
      return null;
  }
}

/** Validates a downlink body (the simulator and tests read these); null for anything malformed. */
export function parseBoxDown(m: string): BoxDown | null {
  let v: unknown;
  try {
    v = JSON.parse(m);
  } catch {
    return null;
  }
  if (!isRecord(v) || typeof v.t !== 'string') return null;
  if (v.t === 'error') return isErrorCode(v.code) ? (v as BoxDown) : null;
  return ['status', 'time', 'ping', 'trial', 'stimulus', 'ack'].includes(v.t) ? (v as BoxDown) : null;
}

/** The refusal codes a box can get (each in shared/protocol/errors.ts, explained in docs/HARDWARE.md). */
export const BOX_REFUSALS = [
  'BOX_PAYLOAD_INVALID', 'BOX_SIGNATURE', 'BOX_UNKNOWN', 'BOX_REPLAY', 'BOX_NOT_ADMITTED', 'BOX_SESSION', 'BOX_FLOODED',
] as const satisfies readonly ErrorCode[];

/** A box as the host's lobby lists it (message `boxes`). */
export interface BoxLobbyEntry {
  boxId: string;
  label: string;
  mode: BoxMode;
  state: 'pending' | 'admitted';
  /** The player id of its seat once admitted. */
  playerId: string | null;
}

/** Host → server `box` command: admit or refuse a waiting box, name an admitted one, or give it to an apprentice's card (null: back to a guest). */
export type BoxCommand =
  | { action: 'admit' | 'refuse'; boxId: string }
  | { action: 'name'; boxId: string; name: string }
  | { action: 'assign'; boxId: string; apprenticeId: string | null };

/** Validates a host's `box` command. */
export function parseBoxCommand(p: unknown): { ok: true; value: BoxCommand } | { ok: false; code: ErrorCode } {
  const bad = { ok: false as const, code: 'MESSAGE_INVALID' as const };
  if (!isRecord(p) || typeof p.boxId !== 'string' || !TOPIC_ID.test(p.boxId)) return bad;
  if (p.action === 'admit' || p.action === 'refuse') return { ok: true, value: { action: p.action, boxId: p.boxId } };
  if (p.action === 'name') return typeof p.name === 'string' ? { ok: true, value: { action: 'name', boxId: p.boxId, name: p.name } } : bad;
  if (p.action === 'assign') {
    if (p.apprenticeId !== null && (typeof p.apprenticeId !== 'string' || p.apprenticeId.length > 64)) return bad;
    return { ok: true, value: { action: 'assign', boxId: p.boxId, apprenticeId: p.apprenticeId as string | null } };
  }
  return bad;
}

/** Input kinds whose transport latency Reaktion's reveal shows (press → arrival at the server). */
export type InputKind = 'phone-touch' | 'phone-sound' | 'box';
export const INPUT_KINDS: readonly InputKind[] = ['phone-touch', 'phone-sound', 'box'];
/** Host message `inputLatency` at the end of a Reaktion round: per kind the presses counted and p50/p99 in ms (null without presses). */
export type LatencySummary = Record<InputKind, { n: number; p50Ms: number | null; p99Ms: number | null }>;

/**
 * The server's hardware side as the trainer's box screen shows it (GET /api/boxes `hardware`):
 * off, or where boxes connect (never a broker password). `embedded`: the server's own broker.
 */
export interface BoxServerInfo {
  on: boolean;
  broker: { host: string; port: number; embedded: boolean } | null;
}
