import type { PlaylistEntry, ServerMessages, ServerMessageType } from '../../shared/protocol/messages.ts';
import type { RoundRecord, SessionRepository } from '../repositories/session-repository.ts';
import type { Client } from '@colyseus/core';
import { CLOSE_KICKED } from '../../shared/protocol/constants.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { Seat, Seats } from './seats.ts';

// The phase machine's ports (session-flow.ts): where finished rounds are stored and where
// messages go. The flow calls down into these, never up into the room: Walk "answer → stored
// result → reveal" reads flow → RoundStore → round feedback → Outbox. The room builds one of
// each and hands them in; tests hand in recording fakes (tests/helpers/flow-harness.ts).

/** What a session room keeps on each connection. */
export interface ClientData {
  role: 'host' | 'player';
  seatId: string | null;
}

/** A connection of a session room: `send` takes only the server messages of the protocol, each with its payload type. */
export type SessionClient = Client<{ messages: ServerMessages; userData: ClientData }>;

/** A round as the flow produces it: the session and company are the store's business. */
export type FlowRoundRecord = Omit<RoundRecord, 'sessionId' | 'companyId'>;

/** Where the flow stores what a session produces. */
export interface RoundStore {
  saveRound(record: FlowRoundRecord): Promise<void>;
  endSession(): Promise<void>;
  /** Play again after the podium: the stored session is open again. */
  reopenSession(): Promise<void>;
}

/** Where the flow's (and the room's) messages go; each is typed by ServerMessages. */
export interface Outbox {
  broadcast<K extends ServerMessageType>(type: K, payload: ServerMessages[K]): void;
  /** To the seat's player; false when nobody holds the seat right now. */
  toSeat<K extends ServerMessageType>(seat: Seat, type: K, payload: ServerMessages[K]): boolean;
  /** To the host, if connected. */
  toHost<K extends ServerMessageType>(type: K, payload: ServerMessages[K]): void;
}

/**
 * One session's rows (SessionRepository): every stored round carries the session id and the
 * company the session belongs to, which is the first host's (null until then, and for solo).
 */
export class SessionStore implements RoundStore {
  private company: string | null = null;

  constructor(private readonly sessions: SessionRepository, private readonly sessionId: string) {}

  /** The company this session belongs to (null before the first host, and for solo). */
  get companyId(): string | null {
    return this.company;
  }

  /** The first host makes the session theirs and their company's (stored at once). */
  async assignOwner(companyId: string, trainerId: string): Promise<void> {
    this.company = companyId;
    await this.sessions.assignOwner(this.sessionId, companyId, trainerId);
  }

  /** A session brought back after a restart: its company again (already stored). */
  restoreOwner(companyId: string): void {
    this.company = companyId;
  }

  saveRound(record: FlowRoundRecord): Promise<void> {
    return this.sessions.saveRound({ sessionId: this.sessionId, companyId: this.company, ...record });
  }

  updatePlaylist(items: PlaylistEntry[]): Promise<void> {
    return this.sessions.updatePlaylist(this.sessionId, items);
  }

  endSession(): Promise<void> {
    return this.sessions.endSession(this.sessionId);
  }

  reopenSession(): Promise<void> {
    return this.sessions.reopenSession(this.sessionId);
  }
}

/** The room's connections as the Outbox needs them. */
export interface Connections {
  getById(sessionId: string): SessionClient | undefined;
}

/** The Outbox over a room's connections; `hostSession` names the host's connection, if any. */
export class RoomOutbox implements Outbox {
  constructor(
    private readonly clients: Connections,
    private readonly broadcastAll: <K extends ServerMessageType>(type: K, payload: ServerMessages[K]) => void,
    private readonly hostSession: () => string | null,
  ) {}

  broadcast<K extends ServerMessageType>(type: K, payload: ServerMessages[K]): void {
    this.broadcastAll(type, payload);
  }

  toSeat<K extends ServerMessageType>(seat: Seat, type: K, payload: ServerMessages[K]): boolean {
    const client = this.clientOf(seat);
    client?.send(type, payload);
    return client !== undefined;
  }

  toHost<K extends ServerMessageType>(type: K, payload: ServerMessages[K]): void {
    const id = this.hostSession();
    if (id) this.clients.getById(id)?.send(type, payload);
  }

  /** Tells a connection why it is removed for good (`kicked`), then closes it. */
  dismiss(client: SessionClient | undefined, code: ErrorCode): void {
    client?.send('kicked', { code });
    client?.leave(CLOSE_KICKED);
  }

  /** The connection that holds the seat now, if any. */
  clientOf(seat: Seat): SessionClient | undefined {
    return seat.sessionId ? this.clients.getById(seat.sessionId) : undefined;
  }
}

/** Pings between the three latency samples, in ms. */
const PING_GAP_MS = 150;

/**
 * Three pings, PING_GAP_MS apart; the pongs give the latency used when judging answers
 * (Seats.recordPong). `later` is the room's clock (its timers end with the room).
 */
export function measureLatency(seats: Seats, outbox: Outbox, now: () => number, later: (fn: () => void, ms: number) => void, seat: Seat): void {
  for (let i = 0; i < 3; i++) {
    later(() => {
      const s = now();
      if (outbox.toSeat(seat, 'ping', { s })) seats.recordPing(seat, s);
    }, i * PING_GAP_MS);
  }
}
