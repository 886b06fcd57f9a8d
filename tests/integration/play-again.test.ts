import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/test-server.ts';
import { hostSession, joinPlayer, playReaktion, until } from '../helpers/bots.ts';

// "Spielplan nochmal": from the podium the host goes back to the lobby with the same code and
// the same players; the phones follow without joining again, and the next play's rounds are
// stored beside the first ones.

describe('play again', () => {
  const server = useTestServer({ backend: { name: 'pglite', databaseUrl: null } });

  it('keeps code and players, waits for the host at reveal, and stores both plays', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    host.send('playlist', { items: [{ gameId: 'reaktion', level: 1, rounds: 1 }] });
    const players = await Promise.all(['Ada', 'Bo'].map((n) => joinPlayer(server.url, code, n)));
    players.forEach((p) => playReaktion(p, () => 250));
    await until(() => host.state.players.size === 2 && host.state.roundCount === 1, 5000, 'players and playlist');
    const ids = [...host.state.players.keys()].toSorted();

    host.send('start');
    await until(() => host.state.phase === 'reveal', 60_000, 'reveal');
    // The host's pace: no deadline, the reveal stays.
    expect(host.state.phaseEndsAt).toBe(0);
    await new Promise((r) => setTimeout(r, 1500));
    expect(host.state.phase).toBe('reveal');
    host.send('next');
    await until(() => host.state.phase === 'scoreboard', 5000, 'scoreboard');
    host.send('again');
    await until(() => host.state.phase === 'scoreboard', 100, 'again is refused before the podium');
    await until(() => host.of('error').some((e: any) => e.type === 'again' && e.code === 'WRONG_PHASE'), 5000, 'WRONG_PHASE for again');
    host.send('next');
    await until(() => players.every((p) => p.state.phase === 'podium'), 5000, 'podium');

    host.send('again');
    await until(() => players.every((p) => p.state.phase === 'lobby'), 5000, 'phones back in the lobby');
    expect(host.state.code).toBe(code);
    expect([...host.state.players.keys()].toSorted()).toEqual(ids);
    for (const p of players) {
      expect(p.room.connection.isOpen).toBe(true);
      expect(p.of('welcome')).toHaveLength(1); // no second join
    }
    host.state.players.forEach((p: any) => expect(p.score).toBe(0));
    // The phones start from zero too: no leaders left, and their own standing says 0.
    for (const p of players) {
      await until(() => p.state.leaders.length === 0, 5000, 'leaders cleared on the phone');
      // The last standing before was round 0 with points; now it is the reset one.
      await until(() => p.of('standing').at(-1)?.round === -1, 5000, 'reset standing');
      expect(p.of('standing').at(-1)).toMatchObject({ score: 0, roundScore: 0, rank: 0, detail: '{}' });
    }

    host.send('start');
    await until(() => host.state.phase === 'reveal', 60_000, 'second reveal');
    host.state.players.forEach((p: any) => expect(p.score).toBeGreaterThan(0));
    const stored = await server.app.sessions.roundsOf(host.room.roomId);
    expect(stored.map((r) => [r.roundIndex, r.results.length])).toEqual([[0, 2], [1, 2]]);
    for (const p of [host, ...players]) await p.room.leave();
  });
});
