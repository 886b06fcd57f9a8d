import { normalizeNickname } from '../../shared/core/text.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { CardHolder } from '../repositories/apprentice-repository.ts';
import { refuse, type ParsedJoin } from './join-options.ts';
import type { Removals } from './removals.ts';
import type { Seats } from './seats.ts';

// Who gets which seat. A seat-holder (seat key, the card that took the seat, or the same
// device under the same name) always gets back in: room slots and MAX_PLAYERS are for new
// seats only. Every refusal is a documented error code (shared/protocol/errors.ts).

/** What admission reads from the room; read afresh after every await. */
export interface SeatRoom {
  seats: Seats;
  removals: Removals;
  phase: string;
  solo: boolean;
  locked: boolean;
  maxPlayers: number;
}

/** Back into an existing seat, or a new seat under this name (and card). */
export type Admission = { seatId: string } | { seatId: null; nickname: string; apprenticeId: string | null };

/** Refuses a new seat: podium SESSION_OVER, locked lobby SESSION_LOCKED, no seat left SESSION_FULL. */
export function refuseNewSeat(room: SeatRoom): void {
  if (room.phase === 'podium') throw refuse('SESSION_OVER');
  if (room.solo && room.seats.size > 0) throw refuse('SESSION_FULL');
  if (room.locked) throw refuse('SESSION_LOCKED');
  if (room.seats.size >= room.maxPlayers) throw refuse('SESSION_FULL');
}

/**
 * The same decision, early and without waiting: at matchmaking, before a seat reservation
 * is made, a guest who would get no seat (full, locked, over, removed, name taken) is told
 * at once. A burst into a full round then never queues WebSockets that could outlive their
 * reservation. Keys and cards pass here (a card's seat is known only after its look-up).
 */
export function earlyRefusal(room: SeatRoom, join: ParsedJoin): ErrorCode | null {
  if (join.role !== 'player' || join.key || join.card !== null) return null;
  try {
    if (room.removals.shutsOut({ deviceId: join.deviceId })) return 'KICKED';
    const nickname = normalizeNickname(room.solo && join.nickname === undefined ? 'Solo' : join.nickname);
    if (!nickname.ok) return nickname.code;
    if (room.removals.shutsOut({ nickname: nickname.value })) return 'KICKED';
    const same = room.seats.byName(nickname.value);
    if (same && same.apprenticeId === null && join.deviceId !== null && same.deviceId === join.deviceId) return null;
    refuseNewSeat(room);
    return same ? 'NICKNAME_TAKEN' : null;
  } catch (err) {
    return (err as Error).message as ErrorCode;
  }
}

/**
 * Decides a player's join (throws a refusal). `room()` is read again after the card
 * look-up, which waits for the database; `cardHolder` throws CARD_INVALID or RATE_LIMITED;
 * `nameReserved` says whether a guest's name belongs to one of the company's apprentices.
 */
export async function admitPlayer(room: () => SeatRoom, join: ParsedJoin, cardHolder: (card: string) => Promise<CardHolder>, nameReserved: (nickname: string) => Promise<boolean> = async () => false): Promise<Admission> {
  const before = room();
  if (join.key) {
    if (before.removals.shutsOut({ key: join.key })) throw refuse('KICKED');
    const seat = before.seats.byKey(join.key);
    if (!seat) throw refuse('SEAT_NOT_FOUND');
    return { seatId: seat.id };
  }
  if (before.removals.shutsOut({ deviceId: join.deviceId })) throw refuse('KICKED');
  if (join.card !== null) {
    if (before.solo) throw refuse('JOIN_INVALID');
    const holder = await cardHolder(join.card);
    const now = room();
    if (now.removals.shutsOut({ apprenticeId: holder.apprenticeId })) throw refuse('KICKED');
    // The card is the apprentice's credential: it takes its seat over from any device.
    const seat = now.seats.byApprentice(holder.apprenticeId);
    if (seat) {
      now.seats.rotateKey(seat); // the device that had the seat loses its key (review N7a)
      return { seatId: seat.id };
    }
    refuseNewSeat(now);
    return { seatId: null, nickname: now.seats.freeNickname(holder.displayName), apprenticeId: holder.apprenticeId };
  }
  const nickname = normalizeNickname(before.solo && join.nickname === undefined ? 'Solo' : join.nickname);
  if (!nickname.ok) throw refuse(nickname.code);
  if (before.removals.shutsOut({ nickname: nickname.value })) throw refuse('KICKED');
  const same = before.seats.byName(nickname.value);
  // The same device under the same name: its own guest seat (a closed tab that lost its key).
  if (same && same.apprenticeId === null && join.deviceId !== null && same.deviceId === join.deviceId) {
    before.seats.rotateKey(same);
    return { seatId: same.id };
  }
  refuseNewSeat(before);
  if (same) throw refuse('NICKNAME_TAKEN');
  // An apprentice's name is kept for her card (review N10).
  if (await nameReserved(nickname.value)) throw refuse('NICKNAME_TAKEN');
  return { seatId: null, nickname: nickname.value, apprenticeId: null };
}
