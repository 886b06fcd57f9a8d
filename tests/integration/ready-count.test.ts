import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/test-server.ts';
import { hostSession, joinPlayer, until } from '../helpers/bots.ts';

// Issue 11 item 5: phones report the game code they have loaded (`ready`), the host sees
// "n von m bereit" (readyCount), bad reports are refused, and the countdown waits for a
// phone that reported but has not loaded yet.

describe('ready count', () => {
  const server = useTestServer({ backend: { name: 'pglite', databaseUrl: null } });

  it('counts phones with every playlist game loaded and holds the countdown for a loading one', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    host.send('playlist', { items: [{ gameId: 'reaktion', level: 1, rounds: 1 }] });
    const [ada, bo] = await Promise.all(['Ada', 'Bo'].map((n) => joinPlayer(server.url, code, n)));
    await until(() => host.state.players.size === 2, 5000, 'two players');
    expect(host.state.readyCount).toBe(0);

    ada!.send('ready', { games: ['reaktion'] });
    await until(() => host.state.readyCount === 1, 5000, 'Ada ready');

    // A second game in the playlist: Ada is ready only when she has loaded it too.
    host.send('playlist', { items: [{ gameId: 'reaktion', level: 1, rounds: 1 }, { gameId: 'sensor-labor', level: 1, rounds: 1 }] });
    await until(() => host.state.readyCount === 0, 5000, 'Ada not ready for the new game');
    ada!.send('ready', { games: ['sensor-labor'] });
    await until(() => host.state.readyCount === 1, 5000, 'Ada ready for both');

    // Refused reports: unknown game, wrong shape, extra keys; the host has no seat.
    for (const bad of [{ games: ['nope'] }, { games: 'reaktion' }, { games: [], extra: 1 }, null]) bo!.send('ready', bad);
    await until(() => bo!.of('error').filter((e: any) => e.type === 'ready').length === 4, 5000, 'four refusals');
    expect(bo!.of('error').every((e: any) => e.code === 'MESSAGE_INVALID')).toBe(true);
    host.send('ready', { games: [] });
    await until(() => host.of('error').some((e: any) => e.type === 'ready' && e.code === 'PLAYER_NOT_FOUND'), 5000, 'host refused');

    // Bo reports but has nothing loaded: the countdown (300 ms here) waits for him.
    host.send('playlist', { items: [{ gameId: 'reaktion', level: 1, rounds: 1 }] });
    bo!.send('ready', { games: [] });
    await until(() => host.state.readyCount === 1, 5000, 'one of two ready');
    host.send('start');
    await until(() => host.state.phase === 'countdown', 5000, 'countdown');
    // The countdown is stretched (a new, later deadline while still counting down) instead of
    // ending; how long it waits at most is proven on the fake clock (ready-wait.test.ts).
    const firstDeadline = host.state.phaseEndsAt as number;
    await until(() => host.state.phase === 'countdown' && host.state.phaseEndsAt > firstDeadline, 5000, 'countdown stretched for Bo');
    expect(host.state.phase).toBe('countdown');
    bo!.send('ready', { games: ['reaktion'] });
    await until(() => host.state.readyCount === 2, 5000, 'both ready');
    await until(() => host.state.phase === 'play', 2000, 'play once Bo has loaded');

    // A phone that leaves no longer counts.
    await bo!.room.leave();
    await until(() => host.state.readyCount === 1, 5000, 'Bo gone');
    for (const p of [host, ada!]) await p.room.leave();
  });
});
