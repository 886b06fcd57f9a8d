import { createHash, timingSafeEqual } from 'node:crypto';
import { RoomInternalState, type Room } from '@colyseus/core';
import { normalizeJoinCode } from '../../shared/core/text.ts';
import { isErrorCode, type ErrorCode } from '../../shared/protocol/errors.ts';
import type { GameRegistry } from '../../shared/games/registry.ts';
import { parseJoinOptions } from './join-options.ts';

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

/**
 * The verdict before a seat is reserved: the options' shape and version first (so an old page
 * is told to reload, not that its code is wrong), then the proof.
 */
export function reservationRefusal(options: unknown, buildId: string, games: GameRegistry, room: AdmissionView): ErrorCode | null {
  try {
    parseJoinOptions(options, buildId, games);
  } catch (err) {
    const code = (err as Error).message;
    return isErrorCode(code) ? code : 'JOIN_INVALID';
  }
  return proofRefusal(options, room);
}

/** Colyseus's reservation entry: [options, auth, consumed, waiting for a reconnection]. */
type Reservation = [unknown, unknown, boolean, boolean];

/**
 * The room slots that are really taken: connected clients, seats held for a reconnection, and
 * joins in progress. A reservation nobody has used yet (HTTP only, no WebSocket) does not count,
 * so a flood of them cannot fill or lock a round; they expire after the reservation time.
 */
export function slotsTaken(connected: number, reservations: Record<string, Reservation>): number {
  let held = 0;
  for (const [, , consumed, reconnecting] of Object.values(reservations)) if (consumed || reconnecting) held++;
  return connected + held;
}

/**
 * Room.hasReachedMaxClients() with only real slots counted (see slotsTaken). Reads the
 * reservation table Colyseus 0.18 keeps on every room (not in its public types).
 */
export function realSlotsFull(room: Room): boolean {
  const internals = room as unknown as Record<string, unknown>;
  if (internals['_internalState'] === RoomInternalState.DISPOSING) return true;
  return slotsTaken(room.clients.length, internals['_reservedSeats'] as Record<string, Reservation>) >= room.maxClients;
}
