import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { BoxLobbyEntry, BoxMode } from '../../shared/protocol/hardware.ts';
import type { BoxAuth } from '../repositories/box-repository.ts';
import type { Seat } from '../rooms/seats.ts';

// The shapes the box side of a room shares between its parts (box-room.ts, box-commands.ts).

/** A box known to a room. */
export interface RoomBox {
  box: BoxAuth;
  mode: BoxMode;
  state: 'pending' | 'admitted';
  seatId: string | null;
  /** Nonce per `round:trial` of the running round, and whether a press used it. */
  nonces: Map<string, { nonce: string; used: boolean }>;
}

/** What the box side of a room needs from the room (session-room.ts builds it). */
export interface BoxRoomSide {
  companyId(): string | null;
  code(): string;
  phase(): string;
  gameId(): string;
  /** The seat of an admitted box, if it still exists. */
  seatOf(entry: RoomBox): Seat | undefined;
  /** A new seat for an admitted box (name numbered when taken), connected and present. */
  seat(nickname: string, sessionId: string, apprenticeId: string | null): Seat;
  /** The box is back: its seat is connected (and present in a round in play). */
  reconnect(seat: Seat): void;
  /** The seat this box held before a server restart (session-restore.ts), if the session kept it. */
  keptSeat(boxId: string): Seat | undefined;
  /** The box takes its kept seat back: held by its pseudo client again, connected, chip in its mode. */
  retake(seat: Seat, sessionId: string, mode: BoxMode): void;
  drop(seat: Seat): void;
  remove(seat: Seat, code: ErrorCode): void;
  /** Renames the seat and its state entry; a card's holder keeps their name. */
  rename(seat: Seat, nickname: string, apprenticeId: string | null): void;
  recordPong(seat: Seat, s: number): boolean;
  answer(seat: Seat, envelope: { round: number; data: unknown }): ErrorCode | null;
  notifyHost(boxes: BoxLobbyEntry[]): void;
  /** An apprentice of this company (for `assign`), or null. */
  findApprentice(id: string, companyId: string): Promise<{ id: string; displayName: string } | null>;
  /** A refusal that comes later (after a database look-up) goes to the host as an `error`. */
  hostError(code: ErrorCode): void;
  /** Latency pings for a newly seated box. */
  measureLatency(seat: Seat): void;
}

