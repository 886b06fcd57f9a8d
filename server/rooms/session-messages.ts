import type { Client } from '@colyseus/core';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { parseEmpty, parseKick, parseLock, parsePlaylist, parsePong, parseReady, parseSettings, parseTime, type ClientMessageType, type PlaylistEntry, type ServerMessages } from '../../shared/protocol/messages.ts';
import type { SessionState } from '../../shared/protocol/state.ts';
import type { Seats } from './seats.ts';
import type { SessionFlow } from './session-flow.ts';

/** What a session room keeps on each connection. */
export interface ClientData {
  role: 'host' | 'player';
  seatId: string | null;
}

/** A connection of a session room: `send` takes only the server messages of the protocol, each with its payload type. */
export type SessionClient = Client<{ messages: ServerMessages; userData: ClientData }>;

/** What routing a client message needs from its room. */
export interface MessageContext {
  now(): number;
  state: SessionState;
  seats: Seats;
  flow(): SessionFlow;
  kick(playerId: string): ErrorCode | null;
  /** Takes a removal back: the player may join again. */
  readmit(playerId: string): ErrorCode | null;
  playlistChanged(items: PlaylistEntry[]): void;
  /** A phone reported the game code it has loaded. */
  markReady(seatId: string, games: string[]): void;
  /** Before "again": frees the seats of players who are gone for good. */
  dropLeftSeats(): void;
}

/**
 * Validates one client message (role checks are done by the caller) and carries it out.
 * Returns the error code to send back, or null.
 */
export function routeMessage(ctx: MessageContext, type: ClientMessageType, client: SessionClient, seatId: string | null, payload: unknown): ErrorCode | null {
  const seat = seatId ? ctx.seats.get(seatId) : undefined;
  switch (type) {
    case 'time': {
      const p = parseTime(payload);
      if (!p.ok) return p.code;
      client.send('time', { c: p.value.c, s: ctx.now() });
      return null;
    }
    case 'pong': {
      const p = parsePong(payload);
      if (!p.ok) return p.code;
      // A pong must answer a ping we sent (and the host is never pinged).
      return seat && ctx.seats.recordPong(seat, p.value.s, ctx.now()) ? null : 'MESSAGE_INVALID';
    }
    case 'answer':
      // Only a seated player answers; the host has no seat.
      return seat ? ctx.flow().answer(seat, payload) : 'PLAYER_NOT_FOUND';
    case 'playlist': {
      const p = parsePlaylist(payload, ctx.flow().games.find);
      if (!p.ok) return p.code;
      const err = ctx.flow().setPlaylist(p.value);
      if (!err) ctx.playlistChanged(p.value);
      return err;
    }
    case 'ready': {
      const p = parseReady(payload, ctx.flow().games.find);
      if (!p.ok) return p.code;
      if (!seat) return 'PLAYER_NOT_FOUND';
      ctx.markReady(seat.id, p.value.games);
      return null;
    }
    case 'kick': {
      const p = parseKick(payload);
      return p.ok ? ctx.kick(p.value.playerId) : p.code;
    }
    case 'readmit': {
      const p = parseKick(payload);
      return p.ok ? ctx.readmit(p.value.playerId) : p.code;
    }
    case 'lock': {
      const p = parseLock(payload);
      if (!p.ok) return p.code;
      ctx.state.locked = p.value.locked;
      return null;
    }
    case 'settings': {
      const p = parseSettings(payload);
      return p.ok ? ctx.flow().setAutoAdvance(p.value.autoAdvance) : p.code;
    }
    case 'again': {
      const p = parseEmpty(payload);
      if (!p.ok) return p.code;
      if (ctx.state.phase === 'podium') ctx.dropLeftSeats();
      return ctx.flow().again();
    }
    default: {
      const p = parseEmpty(payload);
      return p.ok ? ctx.flow()[type]() : p.code;
    }
  }
}
