import { normalizeNickname } from '../../shared/core/text.ts';
import { isErrorCode, type ErrorCode } from '../../shared/protocol/errors.ts';
import type { CardHolder } from '../repositories/apprentice-repository.ts';
import { proofRefusal } from './admission.ts';
import { parseJoinOptions, type ParsedJoin } from './join-options.ts';
import type { GameRegistry } from '../../shared/games/registry.ts';
import type { Removals } from './removals.ts';
import type { Seats } from './seats.ts';

// The door: who gets which seat, decided once (decideJoin) and asked at three hooks — the
// matchmaker gate (before a seat reservation), the room's onAuth (after a card look-up) and
// onJoin (others may have taken the last seat meanwhile). A seat-holder (seat key, the card
// that took the seat, or the same device under the same name) always gets back in: room
// slots and MAX_PLAYERS are for new seats only. Every refusal is a documented error code
// (shared/protocol/errors.ts), returned, never thrown: only the room's hooks throw, because
// Colyseus wants them to.

/** What the door reads from the room; read afresh after every await. */
export interface SeatRoom {
  seats: Seats;
  removals: Removals;
  phase: string;
  solo: boolean;
  locked: boolean;
  maxPlayers: number;
}

/** What the gate also needs: the room's code ('' for solo). */
export interface DoorView extends SeatRoom {
  code: string;
}

/** Back into an existing seat, or a new seat under this name (and card). */
export type Admission = { seatId: string } | { seatId: null; nickname: string; apprenticeId: string | null };

/** The door's answer: a seat, a refusal, or "look the card up first, then ask again". */
export type JoinVerdict = Admission | { refused: ErrorCode } | { lookUpCard: string };

const refused = (code: ErrorCode): JoinVerdict => ({ refused: code });

/** Why no new seat can be given: podium SESSION_OVER, solo taken or no seat left SESSION_FULL, locked lobby SESSION_LOCKED. */
export function newSeatRefusal(room: SeatRoom): ErrorCode | null {
  if (room.phase === 'podium') return 'SESSION_OVER';
  if (room.solo && room.seats.size > 0) return 'SESSION_FULL';
  if (room.locked) return 'SESSION_LOCKED';
  if (room.seats.size >= room.maxPlayers) return 'SESSION_FULL';
  return null;
}

/**
 * Decides a player's join against the room as it is now. A card join answers `lookUpCard`
 * until the caller passes the card's holder (the look-up waits for the database; ask again
 * with the room read afresh).
 */
export function decideJoin(room: SeatRoom, given: ParsedJoin, holder: CardHolder | null = null): JoinVerdict {
  // Solo practice of a stored set: the card only names the set's company (checked by the
  // room, practice-set.ts); the seat is a practice seat, not the apprentice's.
  const join = room.solo && given.setId !== null ? { ...given, card: null } : given;
  if (join.key) {
    if (room.removals.shutsOut({ key: join.key })) return refused('KICKED');
    const seat = room.seats.byKey(join.key);
    return seat ? { seatId: seat.id } : refused('SEAT_NOT_FOUND');
  }
  if (room.removals.shutsOut({ deviceId: join.deviceId })) return refused('KICKED');
  if (join.card !== null) {
    if (room.solo) return refused('JOIN_INVALID');
    if (!holder) return { lookUpCard: join.card };
    if (room.removals.shutsOut({ apprenticeId: holder.apprenticeId })) return refused('KICKED');
    // The card is the apprentice's credential: it takes its seat over from any device.
    const seat = room.seats.byApprentice(holder.apprenticeId);
    if (seat) return { seatId: seat.id };
    const full = newSeatRefusal(room);
    return full ? refused(full) : { seatId: null, nickname: room.seats.freeNickname(holder.displayName), apprenticeId: holder.apprenticeId };
  }
  const nickname = normalizeNickname(room.solo && join.nickname === undefined ? 'Solo' : join.nickname);
  if (!nickname.ok) return refused(nickname.code);
  if (room.removals.shutsOut({ nickname: nickname.value })) return refused('KICKED');
  const same = room.seats.byName(nickname.value);
  // The same device under the same name: its own guest seat (a closed tab that lost its key).
  if (same && same.apprenticeId === null && join.deviceId !== null && same.deviceId === join.deviceId) return { seatId: same.id };
  const full = newSeatRefusal(room);
  if (full) return refused(full);
  return same ? refused('NICKNAME_TAKEN') : { seatId: null, nickname: nickname.value, apprenticeId: null };
}

/**
 * The same decision, early and without waiting: at matchmaking, before a seat reservation
 * is made, a guest who would get no seat (full, locked, over, removed, name taken) is told
 * at once. A burst into a full round then never queues WebSockets that could outlive their
 * reservation. Keys and cards pass here (a card's seat is known only after its look-up).
 */
export function earlyRefusal(room: SeatRoom, join: ParsedJoin): ErrorCode | null {
  if (join.role !== 'player' || join.key || join.card !== null) return null;
  const verdict = decideJoin(room, join);
  return 'refused' in verdict ? verdict.refused : null;
}

/** Join options parsed, or the refusal code (parseJoinOptions throws a refusal). */
export function tryParseJoin(options: unknown, buildId: string, games: GameRegistry): ParsedJoin | ErrorCode {
  try {
    return parseJoinOptions(options, buildId, games);
  } catch (err) {
    const code = (err as Error).message;
    return isErrorCode(code) ? code : 'JOIN_INVALID';
  }
}

/** The proof check (admission.ts) against this room's code and seats. */
export function proofIn(options: unknown, room: DoorView): ErrorCode | null {
  // A removed player's key passes here so that the room can say KICKED (decideJoin).
  return proofRefusal(options, { code: room.code, seatKeyValid: (key) => !!room.seats.byKey(key) || room.removals.shutsOut({ key }) });
}

/**
 * The matchmaker gate's verdict before a seat is reserved (options parsed once): their shape
 * and version first (so an old page is told to reload, not that its code is wrong), then the
 * proof of being invited (admission.ts), then, in a hosted room, the seat decision.
 */
export function gateRefusal(options: unknown, buildId: string, games: GameRegistry, room: DoorView): ErrorCode | null {
  const join = tryParseJoin(options, buildId, games);
  if (typeof join === 'string') return join;
  const proof = proofIn(options, room);
  if (proof || room.solo) return proof;
  return earlyRefusal(room, join);
}
