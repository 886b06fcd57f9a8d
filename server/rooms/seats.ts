import { randomBytes } from 'node:crypto';
import { MAX_ONE_WAY_MS } from '../../shared/protocol/constants.ts';
import { NICKNAME_MAX_CHARS } from '../../shared/core/text.ts';
import { nameKey } from './name-key.ts';
import type { SeatInput } from '../../shared/games/seat-inputs.ts';

/** A player's place in a session; survives reconnects and page reloads (by key). */
export interface Seat {
  id: string;
  /** Secret that lets the same person take this seat back. */
  key: string;
  nickname: string;
  /** Colyseus session currently holding the seat; null while away. */
  sessionId: string | null;
  practiceId: string | null;
  /** The apprentice whose card took this seat; null for a guest. */
  apprenticeId: string | null;
  /** The anonymous id of the device that took the seat (join option `device`), if sent. */
  deviceId: string | null;
  /** A phone (or browser) or a buzzer box: which games the seat can play (shared/games/seat-inputs.ts). */
  input: SeatInput;
  /** The buzzer box that holds this seat (input `box`), null for a phone: after a restart only that box takes it back. */
  boxId: string | null;
  /** Rounds this seat has a result for: a seat that played is kept until the session ends. */
  rounds: number;
  /** The reconnection held for a dropped connection; cancelled when a new one takes the seat. */
  held: { reject(reason?: unknown): void } | null;
  /** Recent round trips measured by server pings, in ms. */
  rtts: number[];
  /** Server times (ms) of pings not yet answered, oldest first: a pong must echo one of them.
   *  A list, not a set: a busy event loop can send two pings in the same millisecond. */
  pendingPings: number[];
}

const RTT_SAMPLES_KEPT = 10;
/** Unanswered pings kept per seat; older ones are forgotten (a silent client cannot grow memory). */
const PENDING_PINGS_KEPT = 20;

export const newSecret = (bytes: number): string => randomBytes(bytes).toString('base64url');

/** The seats of one session, findable by id, key, session and nickname. */
export class Seats {
  private readonly byId = new Map<string, Seat>();

  get size(): number {
    return this.byId.size;
  }

  all(): Seat[] {
    return [...this.byId.values()];
  }

  get(id: string): Seat | undefined {
    return this.byId.get(id);
  }

  byKey(key: string): Seat | undefined {
    return this.all().find((s) => s.key === key);
  }

  /**
   * Gives the seat a new key; the old one stops working. Called when another device takes the
   * seat with the card or as the same device: whoever held the seat before (a photographed
   * card, a borrowed phone) keeps no credential for the rest of the session (review N7a).
   */
  rotateKey(seat: Seat): string {
    seat.key = newSecret(18);
    return seat.key;
  }

  bySession(sessionId: string): Seat | undefined {
    return this.all().find((s) => s.sessionId === sessionId);
  }

  /** The seat whose name looks like this one (same case-folded TR39 skeleton), if any. */
  byName(nickname: string): Seat | undefined {
    const k = nameKey(nickname);
    return this.all().find((s) => nameKey(s.nickname) === k);
  }

  nicknameTaken(nickname: string): boolean {
    return this.byName(nickname) !== undefined;
  }

  /** A card holder's name, numbered when a guest already plays under it ("Mia 2"). */
  freeNickname(name: string): string {
    if (!this.nicknameTaken(name)) return name;
    for (let n = 2; ; n++) {
      const candidate = `${[...name].slice(0, NICKNAME_MAX_CHARS - 1 - String(n).length).join('')} ${n}`;
      if (!this.nicknameTaken(candidate)) return candidate;
    }
  }

  /** The seat taken with this apprentice's card, if any. */
  byApprentice(apprenticeId: string): Seat | undefined {
    return this.all().find((s) => s.apprenticeId === apprenticeId);
  }

  add(nickname: string, sessionId: string, practiceId: string | null, apprenticeId: string | null = null, deviceId: string | null = null, input: SeatInput = 'phone'): Seat {
    let id = newSecret(6);
    while (this.byId.has(id)) id = newSecret(6);
    const seat: Seat = { id, key: newSecret(18), nickname, sessionId, practiceId, apprenticeId, deviceId, input, boxId: null, rounds: 0, held: null, rtts: [], pendingPings: [] };
    this.byId.set(id, seat);
    return seat;
  }

  /**
   * A seat brought back after a server restart with its id, key and name (session-restore.ts);
   * nobody holds it yet. With `boxId` it is a buzzer box's seat again (input `box`).
   */
  restore(saved: Pick<Seat, 'id' | 'key' | 'nickname' | 'practiceId' | 'apprenticeId' | 'deviceId'> & { boxId?: string | null }): Seat {
    const { boxId = null, ...kept } = saved;
    const seat: Seat = { ...kept, sessionId: null, input: boxId ? 'box' : 'phone', boxId, rounds: 0, held: null, rtts: [], pendingPings: [] };
    this.byId.set(seat.id, seat);
    return seat;
  }

  remove(id: string): void {
    this.byId.delete(id);
  }

  /** Notes a ping sent at `sentAt` (server ms) so that exactly one pong may answer it. */
  recordPing(seat: Seat, sentAt: number): void {
    seat.pendingPings.push(sentAt);
    if (seat.pendingPings.length > PENDING_PINGS_KEPT) seat.pendingPings.shift();
  }

  /** Records a pong; false for a time we never sent or already heard (a forged or replayed pong cannot
   *  change the latency). */
  recordPong(seat: Seat, sentAt: number, now: number): boolean {
    const i = seat.pendingPings.indexOf(sentAt);
    if (i < 0) return false;
    seat.pendingPings.splice(i, 1);
    seat.rtts.push(now - sentAt);
    if (seat.rtts.length > RTT_SAMPLES_KEPT) seat.rtts.shift();
    return true;
  }

  /** Half the shortest recent round trip, capped; 0 without samples. */
  oneWayMs(seat: Seat): number {
    if (seat.rtts.length === 0) return 0;
    return Math.min(MAX_ONE_WAY_MS, Math.min(...seat.rtts) / 2);
  }
}
