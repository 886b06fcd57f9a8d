import { describe, expect, it } from 'vitest';
import { Client } from '@colyseus/sdk';
import { PROTOCOL_VERSION, ROOM_SESSION, ROOM_SOLO } from '../../shared/protocol/constants.ts';
import { SessionState } from '../../shared/protocol/state.ts';
import { Bot, hostSession, joinById, joinError, until } from '../helpers/bots.ts';
import { backends, useTestServer } from '../helpers/test-server.ts';

// Issue 8, attacks 1 and 3: only those with the code get into a hosted round, nothing of the
// round leaks to anyone else, and reservations that never open a WebSocket cannot lock it.
// TRUST_PROXY lets each test speak from its own address (X-Forwarded-For from loopback).

const player = (extra: Record<string, unknown> = {}) => ({ protocol: PROTOCOL_VERSION, role: 'player', nickname: 'Fremd', ...extra });
const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

async function matchmake(url: string, path: string, body: unknown, address: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${url}/matchmake/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}

describe.each(backends())('doors: joining a hosted round on $name', (backend) => {
  const server = useTestServer({ backend, env: { TRUST_PROXY: 'loopback' } });

  it('refuses every way into a hosted round without its code, and leaks nothing of it', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    const roomId = host.room.roomId;
    const anna = await joinById(server.url, roomId, { nickname: 'Anna', code });
    await until(() => host.state.players.size === 1, 5000, 'Anna on the host screen');
    const stranger = new Client(server.url, from('198.51.100.1'));

    expect(await joinError(stranger.join(ROOM_SESSION, player(), SessionState))).toBe('JOIN_INVALID');
    expect(await joinError(stranger.joinOrCreate(ROOM_SESSION, player(), SessionState))).toBe('JOIN_INVALID');
    expect(await joinError(stranger.joinById(roomId, player(), SessionState))).toBe('CODE_INVALID');
    // A page of an older build is told to reload before anything else.
    expect(await joinError(stranger.joinById(roomId, player({ build: 'old-build' }), SessionState))).toBe('VERSION_MISMATCH');
    const wrong = code === '000000' ? '000001' : '000000';
    expect(await joinError(stranger.joinById(roomId, player({ code: wrong }), SessionState))).toBe('SESSION_NOT_FOUND');
    // Another running round's code does not open this one.
    const other = await hostSession(server.url);
    expect(await joinError(stranger.joinById(roomId, player({ code: other.welcome.code }), SessionState))).toBe('SESSION_NOT_FOUND');

    for (const [path, body] of [['join/session', player()], ['joinOrCreate/session', player()], ['joinById/' + roomId, player()], ['joinById/' + roomId, player({ code: wrong })]] as const) {
      const reply = await matchmake(server.url, path, body, '198.51.100.1');
      expect(reply.status, path).toBe(400);
      for (const secret of [code, 'Anna', roomId.slice(1)]) expect(reply.text, `${path} leaks`).not.toContain(secret);
    }
    // With the code it works; a seat key brings a player back without it.
    const ben = await joinById(server.url, roomId, { nickname: 'Ben', code });
    // Nobody but Anna and Ben got a seat: patches come in order, so a stranger's seat
    // would be on the host screen by the time Ben is.
    await until(() => host.state.players.has(ben.welcome.playerId), 5000, 'Ben on the host screen');
    expect([...host.state.players.values()].map((p: any) => p.nickname).toSorted()).toEqual(['Anna', 'Ben']);
    await ben.room.leave(false);
    const back = await joinById(server.url, roomId, { key: ben.welcome.key });
    expect(back.welcome.playerId).toBe(ben.welcome.playerId);
    for (const b of [host, other, anna, back]) await b.room.leave();
  });

  it('keeps solo rooms solo: no second player, no hosted round through the solo door', async () => {
    const client = new Client(server.url, from('198.51.100.2'));
    const room = await client.create(ROOM_SOLO, { protocol: PROTOCOL_VERSION, role: 'player', gameId: 'reaktion', level: 1 }, SessionState);
    const solo = new Bot(room, client);
    await solo.next('welcome');
    expect(await joinError(client.joinById(room.roomId, player(), SessionState))).toBe('CODE_INVALID');
    expect(await joinError(client.joinById(room.roomId, player({ code: '123456' }), SessionState))).toBe('SESSION_NOT_FOUND');
    expect(await joinError(client.join(ROOM_SOLO, player(), SessionState))).toBe('JOIN_INVALID');
    expect(await joinError(client.create(ROOM_SOLO, { protocol: PROTOCOL_VERSION, role: 'host' }, SessionState))).toBe('AUTH_REQUIRED');
    expect(await joinError(client.create(ROOM_SESSION, player(), SessionState))).toBe('JOIN_INVALID');
    await room.leave();
  });

  it('survives 61 reservations that never open a WebSocket: a real player and the host rejoin still get in', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    const roomId = host.room.roomId;
    let reserved = 0;
    for (let i = 0; i < 61; i++) {
      const reply = await matchmake(server.url, `joinById/${roomId}`, player({ nickname: `Flut ${i}`, code }), '198.51.100.3');
      if (reply.status === 200) reserved++;
    }
    console.info(`[doors] reservations granted without a WebSocket: ${reserved} of 61`);
    const real = await joinById(server.url, roomId, { nickname: 'Echt', code });
    expect(real.welcome.playerId).toBeTruthy();
    // The host's page reloads: it takes the controls back with its key.
    const hostKey = host.welcome.key as string;
    await host.room.leave(false);
    const rejoined = await joinById(server.url, roomId, { role: 'host', key: hostKey });
    expect(rejoined.welcome.role).toBe('host');
    await until(() => rejoined.state.players.size === 1, 5000, 'only the real player holds a seat');
    for (const b of [real, rejoined]) await b.room.leave();
  });

  it('never throttles a class of 60 joining at once from one shared address', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    const started = Date.now();
    const classroom = { 'x-forwarded-for': '198.51.100.60' };
    const joins = Array.from({ length: 60 }, async (_, i) => {
      const look = await fetch(`${server.url}/api/sessions/${code}`, { headers: classroom });
      const { roomId } = await look.json();
      const client = new Client(server.url, { headers: classroom });
      return client.joinById(roomId, player({ nickname: `Azubi ${i}`, code }), SessionState);
    });
    const rooms = await Promise.all(joins);
    const tookMs = Date.now() - started;
    // All 60 start within one second, far inside every limiter window (60 s).
    console.info(`[doors] a class of 60 on one address joined in ${tookMs} ms, none refused`);
    await until(() => host.state.players.size === 60, 10_000, 'all 60 seated');
    await Promise.all(rooms.map((r) => r.leave()));
    await host.room.leave();
  });
});
