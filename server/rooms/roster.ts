import { StateView } from '@colyseus/schema';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { PlayerState, RemovedState, type SessionState } from '../../shared/protocol/state.ts';
import { newSeatRefusal, type DoorView } from './door.ts';
import type { ParsedJoin } from './join-options.ts';
import type { SeatInput } from '../../shared/games/seat-inputs.ts';
import { Readiness } from './readiness.ts';
import { Removals } from './removals.ts';
import { Seats, type Seat } from './seats.ts';

// Who is here. A seat lives in seven places that must change together: the seats, the shared
// state's player entry (`state.players`), the host's view of it (StateView), the player
// count, readiness (`ready`), removals by the host and their state entries (`state.removed`).
// The Roster is the only code that changes them, one verb per thing that happens to a
// player; it never talks to a connection (the room closes and sends).

/** The seats of one session and everything kept in step with them. */
/** What `claim` reads of an admitted join (room-auth.ts's JoinAuth). */
export interface SeatClaim {
  seatId: string | null;
  apprenticeId?: string;
  join: Pick<ParsedJoin, 'nickname' | 'practiceId' | 'deviceId'>;
}

export class Roster {
  readonly seats = new Seats();
  /** What only the host sees (every player's figures); one view, handed to each host connection. */
  readonly hostView = new StateView();
  private readonly removals = new Removals();
  /** Which phones have which game code loaded (`ready`). */
  private readonly readiness = new Readiness();

  constructor(private readonly state: SessionState) {}

  /** What the door reads; `maxPlayers` is the room's bound on new seats. */
  doorView(maxPlayers: number): DoorView {
    const s = this.state;
    return { seats: this.seats, removals: this.removals, phase: s.phase, solo: s.mode === 'solo', locked: s.locked, maxPlayers, code: s.code };
  }

  /** A new seat for this connection, listed in the state (the host sees its figures). */
  seat(nickname: string, sessionId: string, practiceId: string | null, apprenticeId: string | null, deviceId: string | null, input: SeatInput = 'phone'): Seat {
    const seat = this.seats.add(nickname, sessionId, practiceId, apprenticeId, deviceId, input);
    const player = new PlayerState({ id: seat.id, nickname, card: apprenticeId !== null });
    this.state.players.set(seat.id, player);
    this.hostView.add(player);
    return seat;
  }

  /**
   * A seat kept over a server restart (session-restore.ts), away until its phone rejoins with
   * the key — or, with `boxMode`, until its buzzer box says hello again (the chip keeps the box symbol).
   */
  restoreSeat(saved: Parameters<Seats['restore']>[0], boxMode = ''): Seat {
    const seat = this.seats.restore(saved);
    const player = new PlayerState({ id: seat.id, nickname: seat.nickname, connected: false, card: seat.apprenticeId !== null, box: seat.boxId ? boxMode : '' });
    this.state.players.set(seat.id, player);
    this.hostView.add(player);
    return seat;
  }

  /**
   * A new connection takes the seat (second tab, other device, a card): a held reconnection
   * is cancelled. Returns the session id of the connection it replaces, for the room to close.
   */
  takeOver(seat: Seat, sessionId: string): string | null {
    const previous = seat.sessionId;
    seat.sessionId = sessionId;
    seat.held?.reject(false);
    seat.held = null;
    return previous;
  }

  /**
   * The seat an admitted player's join takes (onJoin): the seat the door chose (`seatId`: a
   * rejoin or a take-over), the seat the card's apprentice got while this join waited for the
   * database, or a new one. With the connection it replaced, for the room to close; or the
   * refusal when others filled the session or took the nickname meanwhile.
   */
  claim(auth: SeatClaim, sessionId: string, maxPlayers: number): { seat: Seat; replaced: string | null } | { refused: ErrorCode } {
    const seat = auth.seatId ? this.seats.get(auth.seatId) : auth.apprenticeId ? this.seats.byApprentice(auth.apprenticeId) : undefined;
    if (seat) return { seat, replaced: this.takeOver(seat, sessionId) };
    const full = newSeatRefusal(this.doorView(maxPlayers));
    if (full) return { refused: full };
    const nickname = auth.join.nickname as string; // a new seat's join carries a nickname the door checked
    if (this.seats.nicknameTaken(nickname)) return { refused: 'NICKNAME_TAKEN' };
    return { seat: this.seat(nickname, sessionId, auth.join.practiceId, auth.apprenticeId ?? null, auth.join.deviceId), replaced: null };
  }

  /** The seat's player is connected (joined or back). */
  connect(seat: Seat | undefined): void {
    const player = seat && this.state.players.get(seat.id);
    if (player) player.connected = true;
    this.refreshReady();
  }

  /** The connection dropped; Colyseus may hold it for a reconnection (see `hold`). */
  drop(seat: Seat): void {
    const player = this.state.players.get(seat.id);
    if (player) player.connected = false;
    this.refreshReady();
  }

  /**
   * Remembers the reconnection Colyseus holds for a dropped seat until it settles; `cancel`
   * ends it (a takeover by a new connection, a removal).
   */
  hold(seat: Seat, held: { then(onSettled: () => void, onFailed: () => void): unknown }, cancel: (reason?: unknown) => void): void {
    const hold = { reject: cancel };
    seat.held = hold;
    const done = () => {
      if (seat.held === hold) seat.held = null;
    };
    held.then(done, done);
  }

  /** Gone for good (or left on purpose): a seat that played stays with its points until the session ends. */
  leave(seat: Seat): void {
    seat.sessionId = null;
    const player = this.state.players.get(seat.id);
    if (player) player.connected = false;
    if (this.state.phase !== 'podium' && seat.rounds === 0) this.free(seat);
  }

  /** Closed for flooding or an oversized message: no seat is held (onLeave follows at once). */
  closedForAbuse(seat: Seat): void {
    seat.sessionId = null;
    this.free(seat);
  }

  /** The seat and its name are free again, at once (closed for abuse, or left before playing). */
  free(seat: Seat): void {
    this.seats.remove(seat.id);
    this.state.players.delete(seat.id);
    this.state.playerCount = this.seats.size;
    this.readiness.forget(seat.id);
    this.refreshReady();
  }

  /**
   * Removes a player: the host's removal (KICKED) shuts seat key, name, card and device out
   * for the rest of the session; a revoked card (CARD_REVOKED) only loses its seat.
   */
  remove(seat: Seat, code: ErrorCode): void {
    if (code === 'KICKED') {
      this.removals.add(seat);
      const removed = new RemovedState({ id: seat.id, nickname: seat.nickname });
      this.state.removed.set(seat.id, removed);
      this.hostView.add(removed);
    }
    seat.held?.reject(false);
    this.free(seat);
  }

  /** Takes the host's removal back: the player may join again. */
  readmit(seatId: string): ErrorCode | null {
    if (!this.removals.undo(seatId)) return 'PLAYER_NOT_FOUND';
    this.state.removed.delete(seatId);
    return null;
  }

  /** A new name (and card holder) for a seat: a buzzer box the host named or gave to an apprentice's card. */
  rename(seat: Seat, nickname: string, apprenticeId: string | null): void {
    seat.nickname = nickname;
    seat.apprenticeId = apprenticeId;
    const player = this.state.players.get(seat.id);
    if (player) {
      player.nickname = nickname;
      // The card badge follows the apprentice (a box given to a card), as a restored seat shows it.
      player.card = apprenticeId !== null;
    }
  }

  /** "Noch eine Runde" is a fresh start: who is gone for good leaves, the others start with no rounds played. */
  dropLeftSeats(): void {
    for (const seat of this.seats.all()) {
      if (seat.sessionId === null) this.free(seat);
      else seat.rounds = 0;
    }
  }

  /** A phone reported the game code it has loaded. */
  markReady(seatId: string, games: readonly string[]): void {
    this.readiness.mark(seatId, games);
    this.refreshReady();
  }

  /** Shows the host whether this phone hears the game's tone (its sound check answer). */
  markSound(seatId: string, heard: boolean): void {
    const player = this.state.players.get(seatId);
    if (player) player.sound = heard ? 'yes' : 'no';
  }

  /** True when every connected phone that reports readiness has `gameId` loaded. */
  allReady(gameId: string): boolean {
    return this.readiness.allReportingReady(this.connectedSeatIds(), gameId);
  }

  /** "n von m bereit": connected phones with every playlist game loaded. */
  refreshReady(): void {
    const games = [...new Set(this.state.playlist.map((item) => item.gameId))];
    this.state.readyCount = this.readiness.count(this.connectedSeatIds(), games);
  }

  /** Connected phones: a buzzer box loads no game code, so readiness never waits for or counts it. */
  private connectedSeatIds(): string[] {
    return [...this.state.players.values()].filter((p) => p.connected && this.seats.get(p.id)?.input !== 'box').map((p) => p.id);
  }
}
