import { describe, expect, it } from 'vitest';
import { backends, useTestServer } from '../helpers/test-server.ts';
import { closeLikeReload, hostSession, joinById, joinError, joinPlayer, playProbe, until, type Bot } from '../helpers/bots.ts';
import { PROBE_ID } from '../helpers/probe-game.ts';

// Issue 9 items 1 and 2: held seats and rejoins never compete with new joins for room
// slots, and a full round says SESSION_FULL (never the matchmaker's raw "locked").

describe.each(backends())('seats under load on $name', (backend) => {
  // One test address makes hundreds of joins a minute here: the per-address limit (JOINS_PER_MINUTE) is not under test.
  const server = useTestServer({ backend, env: { MAX_PLAYERS: '40', RECONNECT_GRACE_S: '30', JOINS_PER_MINUTE: '5000' } });

  it('40 players, 31 reload at once: all get their seats and scores back within 10 s; new joins still stop at MAX_PLAYERS', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    host.send('playlist', { items: [{ gameId: PROBE_ID, level: 1, rounds: 2 }] });
    const players: Bot[] = [];
    for (let i = 0; i < 40; i++) players.push(await joinPlayer(server.url, code, `P${i}`));
    for (const p of players) playProbe(p, () => 250);
    await until(() => host.state.roundCount === 2, 5000, 'playlist');
    host.send('start');
    await until(() => host.state.phase === 'reveal', 60_000, 'reveal');
    const scores = new Map(players.map((p) => [p.welcome.playerId as string, host.state.players.get(p.welcome.playerId).score as number]));
    expect([...scores.values()].some((s) => s > 0)).toBe(true);
    expect(await joinError(joinPlayer(server.url, code, 'Extra'))).toBe('SESSION_FULL');

    const reloading = players.slice(0, 31);
    for (const p of reloading) closeLikeReload(p);
    await until(() => reloading.every((p) => host.state.players.get(p.welcome.playerId)?.connected === false), 10_000, 'server saw the reloads');
    const started = Date.now();
    const results = await Promise.allSettled(reloading.map((p) => joinById(server.url, host.room.roomId, { key: p.welcome.key })));
    const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason?.message);
    const back = results.filter((r): r is PromiseFulfilledResult<Bot> => r.status === 'fulfilled').map((r) => r.value);
    console.info(`[figure] mass reload: ${back.length}/${reloading.length} back in ${Date.now() - started} ms; refusals: ${JSON.stringify(refused.slice(0, 3))}`);
    expect(refused).toEqual([]);
    expect(Date.now() - started).toBeLessThan(10_000);
    for (const b of back) {
      // A player's own figures come as its `standing` message (the shared state lists only the leaders).
      await b.next('standing', (m) => m.score === scores.get(b.welcome.playerId), 10_000);
      await until(() => host.state.players.get(b.welcome.playerId)?.connected === true, 10_000, 'connected again');
    }
    expect(host.state.players.size).toBe(40);
    // Still full for newcomers.
    expect(await joinError(joinPlayer(server.url, code, 'Extra'))).toBe('SESSION_FULL');
    await Promise.all([host, ...back, ...players.slice(31)].map((b) => b.room.leave()));
  });

  it('a 200-join burst into a full round is refused with SESSION_FULL only', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    const roomId = host.room.roomId;
    const seated: Bot[] = [];
    for (let i = 0; i < 40; i++) seated.push(await joinPlayer(server.url, code, `S${i}`));
    host.send('start');
    await until(() => host.state.phase !== 'lobby', 5000, 'round running');
    const burst = await Promise.allSettled(Array.from({ length: 200 }, (_, i) => joinById(server.url, roomId, { nickname: `B${i}` })));
    const codes = new Map<string, number>();
    for (const r of burst) {
      const key = r.status === 'fulfilled' ? 'JOINED' : String(r.reason?.message);
      codes.set(key, (codes.get(key) ?? 0) + 1);
    }
    console.info(`[figure] burst of 200 into a full round: ${JSON.stringify(Object.fromEntries(codes))}`);
    expect(Object.fromEntries(codes)).toEqual({ SESSION_FULL: 200 });
    await Promise.all([host, ...seated].map((b) => b.room.leave()));
  });
});

describe.each(backends())('seats in a small round on $name', (backend) => {
  const server = useTestServer({ backend, env: { MAX_PLAYERS: '3', RECONNECT_GRACE_S: '30' } });

  it('MAX_PLAYERS=3, all three reload at once: all three are back', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    const players = [await joinPlayer(server.url, code, 'A'), await joinPlayer(server.url, code, 'B'), await joinPlayer(server.url, code, 'C')];
    for (const p of players) closeLikeReload(p);
    await until(() => players.every((p) => host.state.players.get(p.welcome.playerId)?.connected === false), 10_000, 'dropped');
    const results = await Promise.allSettled(players.map((p) => joinById(server.url, host.room.roomId, { key: p.welcome.key })));
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    console.info(`[figure] MAX_PLAYERS=3, 3 reload: ${ok}/3 back; ${JSON.stringify(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason?.message))}`);
    expect(ok).toBe(3);
    await Promise.all([host, ...results.map((r) => (r as PromiseFulfilledResult<Bot>).value)].map((b) => b.room.leave()));
  });

  it('a connection closed for flooding or an oversized message frees its seat at once', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    const flooder = await joinPlayer(server.url, code, 'Flut');
    const big = await joinPlayer(server.url, code, 'Gross');
    const calm = await joinPlayer(server.url, code, 'Ruhig');
    expect(await joinError(joinPlayer(server.url, code, 'Neu'))).toBe('SESSION_FULL');
    // The host must have seen the seats first, or "freed" below would hold before any patch came.
    await until(() => host.state.players.size === 3, 5000, 'three seats on the host screen');
    for (const b of [flooder, big]) b.room.reconnection.enabled = false;

    const started = Date.now();
    for (let i = 0; i < 200; i++) flooder.send('time', { c: i });
    big.send('time', { c: 1, pad: 'x'.repeat(8000) });
    await until(() => !host.state.players.has(flooder.welcome.playerId) && !host.state.players.has(big.welcome.playerId), 10_000, 'abusive seats freed');
    console.info(`[figure] abusive connections: seats freed after ${Date.now() - started} ms (grace is 30 s)`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await joinError(joinById(server.url, host.room.roomId, { key: flooder.welcome.key }))).toBe('SEAT_NOT_FOUND');
    // Two seats are free again for newcomers.
    const a = await joinPlayer(server.url, code, 'Neu');
    const b = await joinPlayer(server.url, code, 'Neu2');
    await until(() => host.state.players.has(b.welcome.playerId), 5000, 'the newcomers on the host screen');
    expect(host.state.players.size).toBe(3);
    expect(host.state.players.get(calm.welcome.playerId)?.connected).toBe(true);
    await Promise.all([host, calm, a, b].map((x) => x.room.leave()));
  });

  it('every invalid message gets an error reply', async () => {
    const host = await hostSession(server.url);
    const player = await joinPlayer(server.url, host.welcome.code, 'Prüfer');
    const cases: [string, unknown, string][] = [
      ['nope', {}, 'MESSAGE_UNKNOWN'],
      ['', {}, 'MESSAGE_UNKNOWN'],
      ['t'.repeat(200), {}, 'MESSAGE_UNKNOWN'],
      ['pong', { s: 12345 }, 'MESSAGE_INVALID'],
      ['time', 'x', 'MESSAGE_INVALID'],
    ];
    const missing: string[] = [];
    for (const [type, payload, code] of cases) {
      const before = player.of('error').length;
      player.send(type, payload);
      try {
        await until(() => player.of('error').length > before, 2000, `error for ${type.slice(0, 10)}`);
        expect(player.of('error').at(-1).code, type.slice(0, 10)).toBe(code);
      } catch {
        missing.push(type.slice(0, 12) || '""');
      }
    }
    console.info(`[figure] invalid messages without an error reply: ${JSON.stringify(missing)}`);
    expect(missing).toEqual([]);
    // The host is never pinged: its pong is invalid too.
    host.send('pong', { s: 1 });
    expect((await host.next('error', (e) => e.type === 'pong')).code).toBe('MESSAGE_INVALID');
    await Promise.all([host, player].map((x) => x.room.leave()));
  });
});
