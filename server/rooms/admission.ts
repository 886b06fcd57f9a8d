import { createHash, timingSafeEqual } from 'node:crypto';
import { normalizeJoinCode } from '../../shared/core/text.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';

// Who may ask a room for a seat at all (docs/PROTOCOL.md §2, "Proof"). Checked twice with the
// same rule: when matchmaking reserves a seat (over HTTP, before any WebSocket) and again when
// the WebSocket joins. A refusal names no nickname, score or code of the room.

/** What a room tells the proof check about itself. */
export interface AdmissionView {
  /** The room's join code; '' for solo rooms (no code opens them). */
  code: string;
  /** True when `key` is the key of a seat that still exists (not kicked, not freed). */
  seatKeyValid(key: string): boolean;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Compares two secrets in constant time (hashing first makes the lengths equal). */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b)) && a.length === b.length;
}

/**
 * Why these join options may not take or retake a seat in the room, or null. A new player
 * must name the room's code (`code`, six digits); a returning player proves the seat with its
 * `key`. Hosts pass here: the trainer's sign-in and the host key are checked by the room.
 * Anything else about the options (shape, nickname) is the room's own join check.
 */
export function proofRefusal(options: unknown, room: AdmissionView): ErrorCode | null {
  if (typeof options !== 'object' || options === null) return null;
  const o = options as Record<string, unknown>;
  if (o.role !== 'player') return null;
  if (o.key !== undefined) return typeof o.key === 'string' && room.seatKeyValid(o.key) ? null : 'SEAT_NOT_FOUND';
  const code = normalizeJoinCode(o.code);
  if (!code.ok) return 'CODE_INVALID';
  return room.code !== '' && sameSecret(code.value, room.code) ? null : 'SESSION_NOT_FOUND';
}
