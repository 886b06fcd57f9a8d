import { CLIENT_MESSAGE_TABLE, type ClientMessageType, type ParsedClientMessages } from '../../shared/protocol/client-messages.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { BoxCommand } from '../../shared/protocol/hardware.ts';
import type { PlaylistEntry } from '../../shared/protocol/messages.ts';
import type { SessionState } from '../../shared/protocol/state.ts';
import type { Roster } from './roster.ts';
import type { Seat } from './seats.ts';
import type { SessionFlow } from './session-flow.ts';
import type { ClientData, SessionClient } from './session-ports.ts';

// Carries out client messages. Which types exist, who may send them and how their payloads
// are checked is the shared table (shared/protocol/client-messages.ts); this file only
// says what each accepted message does. Every refusal is an `error` reply with the type.

/** What carrying out a client message needs from its room. */
export interface MessageContext {
  now(): number;
  state: SessionState;
  roster: Roster;
  flow(): SessionFlow;
  kick(playerId: string): ErrorCode | null;
  playlistChanged(items: PlaylistEntry[]): void;
  /** Solo practice: false when this device or address is over its rounds per minute. */
  admitSoloRound(): Promise<boolean>;
  /** A host's buzzer box command; absent while hardware is off (docs/HARDWARE.md). */
  boxCommand?(cmd: BoxCommand): ErrorCode | null;
  /** A player's answer came in: buzzer boxes' uplinks wait for the phones (box-gateway.ts); absent while hardware is off. */
  answerArrived?(): void;
}

function applyPlaylist(ctx: MessageContext, items: PlaylistEntry[]): ErrorCode | null {
  const err = ctx.flow().setPlaylist(items);
  if (!err) ctx.playlistChanged(items);
  if (!err) ctx.roster.refreshReady();
  return err;
}

/** Who sent a message: the connection and, for a player, the seat. */
interface Sender {
  client: SessionClient;
  seat: Seat | undefined;
}

type Handler<K extends ClientMessageType> = (ctx: MessageContext, value: ParsedClientMessages[K], from: Sender) => ErrorCode | null;

/** What each accepted message does; returns the error code to reply with, or null. */
const HANDLERS: { [K in ClientMessageType]: Handler<K> } = {
  time: (ctx, p, { client }) => {
    client.send('time', { c: p.c, s: ctx.now() });
    return null;
  },
  // A pong must answer a ping we sent (and the host is never pinged).
  pong: (ctx, p, { seat }) => (seat && ctx.roster.seats.recordPong(seat, p.s, ctx.now()) ? null : 'MESSAGE_INVALID'),
  // Only a seated player answers; the host has no seat. The flow checks the envelope against the round.
  answer: (ctx, p, { seat }) => {
    if (!seat) return 'PLAYER_NOT_FOUND';
    ctx.answerArrived?.();
    return ctx.flow().answer(seat, p);
  },
  ready: (ctx, p, { seat }) => {
    if (!seat) return 'PLAYER_NOT_FOUND';
    ctx.roster.markReady(seat.id, p.games);
    return null;
  },
  sound: (ctx, p, { seat }) => {
    if (!seat) return 'PLAYER_NOT_FOUND';
    ctx.roster.markSound(seat.id, p.heard);
    return null;
  },
  playlist: (ctx, items, { client }) => {
    if (!items.some((item) => item.setId)) return applyPlaylist(ctx, items);
    // Stored sets load from the database first (content-pins.ts); a refusal comes back as its own `error`.
    ctx.flow().pinContent(items).then((pinned) => {
      const err = typeof pinned === 'string' ? pinned : applyPlaylist(ctx, pinned);
      if (err) client.send('error', { code: err, type: 'playlist' });
    }, () => client.send('error', { code: 'SERVER_ERROR', type: 'playlist' }));
    return null;
  },
  start: (ctx) => ctx.flow().start(),
  pause: (ctx) => ctx.flow().pause(),
  resume: (ctx) => ctx.flow().resume(),
  // Ending a running round or a session with players needs the host's confirmation (issue 19).
  next: (ctx, p) => ctx.flow().next(p.confirmed),
  end: (ctx, p) => ctx.flow().end(p.confirmed),
  kick: (ctx, p) => ctx.kick(p.playerId),
  readmit: (ctx, p) => ctx.roster.readmit(p.playerId),
  lock: (ctx, p) => {
    ctx.state.locked = p.locked;
    return null;
  },
  settings: (ctx, p) => ctx.flow().setAutoAdvance(p.autoAdvance),
  again: (ctx) => {
    if (ctx.state.phase === 'podium') ctx.roster.dropLeftSeats();
    return ctx.flow().again();
  },
  box: (ctx, p) => (ctx.boxCommand ? ctx.boxCommand(p) : 'WRONG_PHASE'),
};

/** Messages after which "n von m bereit" is counted again (the games or the seats changed). */
const CHANGES_READY: readonly ClientMessageType[] = ['playlist', 'kick', 'again'];

/** Validates one message with its table row and carries it out; the error code to reply with, or null. */
function route<K extends ClientMessageType>(ctx: MessageContext, type: K, from: Sender, payload: unknown): ErrorCode | null {
  const parsed = CLIENT_MESSAGE_TABLE[type].parse(payload, ctx.flow().games.find);
  if (!parsed.ok) return parsed.code;
  return (HANDLERS[type] as Handler<K>)(ctx, parsed.value as ParsedClientMessages[K], from);
}

const reply = (client: SessionClient, code: ErrorCode, type: string) => client.send('error', { code, type });

/**
 * Handles one client message: host-only rows are refused to players (NOT_HOST), except the
 * solo player's own `next` and `end`; a solo `next` after a round first passes the practice
 * bound (SoloLimits). Every refusal is an `error` reply.
 */
export function handleClientMessage(ctx: MessageContext, type: ClientMessageType, client: SessionClient, payload: unknown): void {
  const data = client.userData as ClientData | undefined;
  if (!data) return;
  const soloControl = ctx.state.mode === 'solo' && (type === 'next' || type === 'end');
  if (CLIENT_MESSAGE_TABLE[type].hostOnly && data.role !== 'host' && !soloControl) return reply(client, 'NOT_HOST', type);
  const from = { client, seat: data.seatId ? ctx.roster.seats.get(data.seatId) : undefined };
  if (soloControl && type === 'next' && ctx.state.phase === 'reveal') return void nextSoloRound(ctx, from);
  const error = route(ctx, type, from, payload);
  if (error) reply(client, error, type);
  else if (CHANGES_READY.includes(type)) ctx.roster.refreshReady();
}

/** A new practice round, unless this device or address is over its rounds per minute. */
async function nextSoloRound(ctx: MessageContext, from: Sender): Promise<void> {
  const admitted = await ctx.admitSoloRound().catch(() => true);
  if (!admitted) return reply(from.client, 'RATE_LIMITED', 'next');
  if (ctx.state.phase !== 'reveal') return; // moved on meanwhile
  const error = route(ctx, 'next', from, undefined);
  if (error) reply(from.client, error, 'next');
}
