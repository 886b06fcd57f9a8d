import { describe, expect, it } from 'vitest';
import { GAME_REGISTRY } from '../../shared/games/index.ts';
import { SessionState } from '../../shared/protocol/state.ts';
import { Roster } from './roster.ts';
import type { SessionFlow } from './session-flow.ts';
import { handleClientMessage, type MessageContext } from './session-messages.ts';
import type { ClientData, SessionClient } from './session-ports.ts';

// The router over the shared message table: roles, validation and replies, with a fake flow.

function setup(mode: 'hosted' | 'solo' = 'hosted') {
  const state = new SessionState();
  state.mode = mode;
  const roster = new Roster(state);
  const calls: string[] = [];
  // The flow's `games` is the registry the validators look games up in; every other member records its call.
  const flow = new Proxy({}, { get: (_t, name) => (name === 'games' ? GAME_REGISTRY : (...args: unknown[]) => (calls.push(`${String(name)}(${args.map((a) => JSON.stringify(a)).join(',')})`), null)) }) as SessionFlow;
  const ctx: MessageContext = { now: () => 5, state, roster, flow: () => flow, kick: (id) => (calls.push(`kick(${id})`), null), playlistChanged: () => calls.push('stored'), admitSoloRound: async () => true };
  const replies: { type: string; payload: unknown }[] = [];
  const client = (data: ClientData) => ({ userData: data, send: (type: string, payload: unknown) => void replies.push({ type, payload }) }) as unknown as SessionClient;
  return { state, roster, ctx, calls, replies, client };
}

describe('handleClientMessage', () => {
  it('refuses host controls to players (NOT_HOST), before looking at the payload', () => {
    const { ctx, calls, replies, client } = setup();
    handleClientMessage(ctx, 'start', client({ role: 'player', seatId: 'x' }), { junk: 1 });
    handleClientMessage(ctx, 'kick', client({ role: 'player', seatId: 'x' }), { playerId: 'y' });
    expect(replies).toEqual([{ type: 'error', payload: { code: 'NOT_HOST', type: 'start' } }, { type: 'error', payload: { code: 'NOT_HOST', type: 'kick' } }]);
    expect(calls).toEqual([]);
  });

  it('validates with the table, then carries the message out', () => {
    const { state, ctx, calls, replies, client } = setup();
    const host = client({ role: 'host', seatId: null });
    handleClientMessage(ctx, 'lock', host, { locked: 'yes' });
    handleClientMessage(ctx, 'lock', host, { locked: true });
    handleClientMessage(ctx, 'start', host, undefined);
    handleClientMessage(ctx, 'kick', host, { playerId: 'p1' });
    handleClientMessage(ctx, 'playlist', host, { items: [{ gameId: 'reaktion', level: 1, rounds: 2 }] });
    handleClientMessage(ctx, 'time', host, { c: 3 });
    expect(state.locked).toBe(true);
    expect(calls).toEqual(['start()', 'kick(p1)', 'setPlaylist([{"gameId":"reaktion","level":1,"rounds":2}])', 'stored']);
    expect(replies).toEqual([{ type: 'error', payload: { code: 'MESSAGE_INVALID', type: 'lock' } }, { type: 'time', payload: { c: 3, s: 5 } }]);
  });

  it('lets the solo player move on and finish, and refuses a pong nobody asked for', () => {
    const { ctx, calls, replies, client } = setup('solo');
    const player = client({ role: 'player', seatId: 'nobody' });
    handleClientMessage(ctx, 'end', player, undefined);
    handleClientMessage(ctx, 'next', player, undefined);
    handleClientMessage(ctx, 'pong', player, { s: 1 });
    handleClientMessage(ctx, 'answer', player, { round: 0, data: 1 });
    expect(calls).toEqual(['end(false)', 'next(false)']);
    expect(replies).toEqual([{ type: 'error', payload: { code: 'MESSAGE_INVALID', type: 'pong' } }, { type: 'error', payload: { code: 'PLAYER_NOT_FOUND', type: 'answer' } }]);
  });

  it("tells the buzzer boxes' gateway of every player's answer (phones go first), and of nothing else", () => {
    const { ctx, roster, calls, replies, client } = setup();
    let answers = 0;
    ctx.answerArrived = () => void answers++;
    const seat = roster.seats.add('Anna', 's1', null);
    const player = client({ role: 'player', seatId: seat.id });
    handleClientMessage(ctx, 'answer', player, { round: 0, data: 1 });
    handleClientMessage(ctx, 'pong', player, { s: 1 });
    handleClientMessage(ctx, 'answer', client({ role: 'player', seatId: 'nobody' }), { round: 0, data: 1 });
    handleClientMessage(ctx, 'answer', client({ role: 'host', seatId: null }), { round: 0, data: 1 });
    expect(answers).toBe(1);
    expect(calls).toHaveLength(1);
    expect(replies.map((r) => r.type)).toEqual(['error', 'error', 'error']);
  });

  it('ignores a connection without its data (not joined yet)', () => {
    const { ctx, calls, replies } = setup();
    handleClientMessage(ctx, 'start', { userData: undefined } as unknown as SessionClient, undefined);
    expect([calls, replies]).toEqual([[], []]);
  });

  it('shows the host which phone hears no tone (sound check), and refuses a bad payload or an unseated sender', () => {
    const { state, roster, ctx, replies, client } = setup();
    const anna = roster.seat('Anna', 's1', null, null, null);
    const ben = roster.seat('Ben', 's2', null, null, null);
    handleClientMessage(ctx, 'sound', client({ role: 'player', seatId: anna.id }), { heard: false });
    handleClientMessage(ctx, 'sound', client({ role: 'player', seatId: ben.id }), { heard: true });
    handleClientMessage(ctx, 'sound', client({ role: 'player', seatId: ben.id }), { heard: 'ja' });
    handleClientMessage(ctx, 'sound', client({ role: 'host', seatId: null }), { heard: true });
    expect([state.players.get(anna.id)?.sound, state.players.get(ben.id)?.sound]).toEqual(['no', 'yes']);
    expect(replies).toEqual([{ type: 'error', payload: { code: 'MESSAGE_INVALID', type: 'sound' } }, { type: 'error', payload: { code: 'PLAYER_NOT_FOUND', type: 'sound' } }]);
  });
});
