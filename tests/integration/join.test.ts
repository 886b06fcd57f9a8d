import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Client } from '@colyseus/sdk';
import { backends, TEST_BUILD_ID, useTestServer } from '../helpers/test-server.ts';
import { Bot, hostSession, joinById, joinError, joinPlayer, lookupRoom, playReaktion, until } from '../helpers/bots.ts';
import { SessionState } from '../../shared/protocol/state.ts';

describe.each(backends())('joining, kicking and solo practice on $name', (backend) => {
  const server = useTestServer({ backend, env: { MAX_PLAYERS: '3' } });

  it('refuses wrong codes, duplicate or bad nicknames, locked and full sessions, other builds', async () => {
    expect(await lookupRoom(server.url, '12')).toEqual({ status: 400, body: { error: 'CODE_INVALID' } });
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    const unused = code === '000000' ? '000001' : '000000';
    expect(await lookupRoom(server.url, unused)).toEqual({ status: 404, body: { error: 'SESSION_NOT_FOUND' } });
    expect((await lookupRoom(server.url, `${code.slice(0, 3)} ${code.slice(3)}`)).status).toBe(200);
    const roomId = host.room.roomId;

    const anna = await joinPlayer(server.url, code, '  Anna  ');
    await until(() => host.state.players.get(anna.welcome.playerId)?.nickname === 'Anna', 5000, 'trimmed nickname');
    expect(await joinError(joinById(server.url, roomId, { nickname: 'ANNA' }))).toBe('NICKNAME_TAKEN');
    expect(await joinError(joinById(server.url, roomId, { nickname: '   ' }))).toBe('NICKNAME_EMPTY');
    expect(await joinError(joinById(server.url, roomId, { nickname: 'x'.repeat(21) }))).toBe('NICKNAME_TOO_LONG');
    expect(await joinError(joinById(server.url, roomId, { nickname: 42 }))).toBe('NICKNAME_INVALID');
    expect(await joinError(joinById(server.url, roomId, { nickname: 'Neu', protocol: 0 }))).toBe('VERSION_MISMATCH');
    expect(await joinError(joinById(server.url, roomId, { nickname: 'Neu', build: 'old-build' }))).toBe('VERSION_MISMATCH');
    expect(await joinError(joinById(server.url, roomId, { nickname: 'Neu', role: 'admin' }))).toBe('JOIN_INVALID');
    const html = await joinById(server.url, roomId, { nickname: '<b>Ben</b>', build: TEST_BUILD_ID });
    await until(() => host.state.players.get(html.welcome.playerId)?.nickname === '<b>Ben</b>', 5000, 'nickname kept as text');

    host.send('lock', { locked: true });
    await until(() => host.state.locked, 5000, 'locked');
    expect(await joinError(joinById(server.url, roomId, { nickname: 'Cem' }))).toBe('SESSION_LOCKED');
    host.send('lock', { locked: false });
    await until(() => !host.state.locked, 5000, 'unlocked');
    const cem = await joinById(server.url, roomId, { nickname: 'Cem' });
    expect(await joinError(joinById(server.url, roomId, { nickname: 'Dana' }))).toBe('SESSION_FULL');

    // Kick: the player is told, the seat is gone, and its key no longer lets anyone in.
    host.send('kick', { playerId: cem.welcome.playerId });
    await cem.next('kicked');
    await until(() => !host.state.players.has(cem.welcome.playerId), 5000, 'kicked player removed');
    expect(await joinError(joinById(server.url, roomId, { key: cem.welcome.key }))).toBe('KICKED');
    host.send('kick', { playerId: 'nobody' });
    expect((await host.next('error', (e) => e.type === 'kick')).code).toBe('PLAYER_NOT_FOUND');

    host.send('end', { confirmed: true });
    await until(() => host.state.phase === 'podium', 5000, 'podium');
    expect(await joinError(joinById(server.url, roomId, { nickname: 'Spät' }))).toBe('SESSION_OVER');
    for (const b of [host, anna, html]) await b.room.leave();
  });

  it('runs solo practice at once with server judging, stores it as practice and reports the personal best', async () => {
    const practiceId = randomBytes(12).toString('base64url');
    const client = new Client(server.url);
    // A refusal while creating the room arrives as a clean error code, not a server error.
    expect(await joinError(client.create('solo', { protocol: PROTOCOL_VERSION, role: 'player', gameId: 'nope' }))).toBe('JOIN_INVALID');
    expect(await joinError(client.create('session', { protocol: PROTOCOL_VERSION, role: 'host', build: 'old-build' }))).toBe('VERSION_MISMATCH');
    const room = await client.create('solo', { protocol: PROTOCOL_VERSION, role: 'player', gameId: 'reaktion', level: 1, practiceId }, SessionState);
    const solo = new Bot(room, client);
    playReaktion(solo, () => 250);
    await until(() => solo.state.phase === 'play', 10_000, 'solo starts by itself');
    const first = await solo.next('personalBest', () => true, 60_000);
    expect(first.score).toBeGreaterThan(0);
    expect(first.best).toBe(first.score);
    await until(() => solo.state.phase === 'reveal', 5000, 'solo reveal');
    expect(solo.state.phaseEndsAt).toBe(0); // waits for the player
    const res = await fetch(`${server.url}/api/practice/best?practiceId=${practiceId}&gameId=reaktion&level=1`);
    expect(await res.json()).toEqual({ best: first.score });
    const stored = await server.app.sessions.roundsOf(room.roomId);
    expect(stored[0]?.results[0]?.score).toBe(first.score);
    solo.send('start');
    expect((await solo.next('error', (e) => e.type === 'start')).code).toBe('NOT_HOST');
    expect(await joinError(joinById(server.url, room.roomId, { nickname: 'Zweite' }))).toBe('CODE_INVALID'); // a solo room has no code: nobody else gets in
    solo.send('end');
    await until(() => solo.state.phase === 'podium', 5000, 'solo ended');
    await room.leave();
    expect((await fetch(`${server.url}/api/practice/best?practiceId=short&gameId=reaktion`)).status).toBe(400);
  });
});
