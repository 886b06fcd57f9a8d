import { describe, expect, it } from 'vitest';
import { backends, useTestServer } from '../helpers/test-server.ts';
import { hostSession, joinPlayer, playReaktion, until } from '../helpers/bots.ts';

describe.each(backends())('hosted Reaktion round on $name', (backend) => {
  const server = useTestServer({ backend });

  it('a round opened by mistake can be ended from the lobby: podium, nothing stored', async () => {
    const host = await hostSession(server.url);
    host.send('end');
    await until(() => host.state.phase === 'podium', 5000, 'podium');
    expect(await server.app.sessions.roundsOf(host.room.roomId)).toEqual([]);
    await host.room.leave();
  });

  it('host and three players play a full round to the podium; results are stored before the reveal', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    expect(code).toMatch(/^\d{6}$/);
    host.send('playlist', { items: [{ gameId: 'reaktion', level: 1, rounds: 1 }] });
    const speeds = [200, 260, 320];
    const players = await Promise.all(speeds.map((_, i) => joinPlayer(server.url, code, `Azubi ${i + 1}`)));
    players.forEach((p, i) => playReaktion(p, () => speeds[i] as number));
    await until(() => host.state.players.size === 3, 5000, 'three players in state');
    await until(() => host.state.roundCount === 1, 5000, 'playlist applied');

    host.send('start');
    await until(() => host.state.phase === 'play', 10_000, 'play');
    const roomId = host.room.roomId;
    await until(() => host.state.phase === 'reveal', 60_000, 'reveal');
    // Stored before anyone saw the reveal.
    const stored = await server.app.sessions.roundsOf(roomId);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.results).toHaveLength(3);

    const byName = new Map<string, any>();
    host.state.players.forEach((p: any) => byName.set(p.nickname, p));
    const [fast, mid, slow] = ['Azubi 1', 'Azubi 2', 'Azubi 3'].map((n) => byName.get(n));
    expect(fast.roundScore).toBeGreaterThan(mid.roundScore);
    expect(mid.roundScore).toBeGreaterThan(slow.roundScore);
    expect(fast.rank).toBe(1);
    expect(slow.rank).toBe(3);
    const detail = JSON.parse(fast.detail);
    expect(detail.medianMs).toBeGreaterThanOrEqual(190);
    expect(detail.medianMs).toBeLessThanOrEqual(210);
    expect(detail.falseStarts).toBe(0);
    // The report figures (issue 21): median and best ms of the hits, no false start, no miss.
    const figures = (await server.app.db.query<{ figures: any }>(
      "select x.figures from rounds r join results x on x.round_id = r.id where r.session_id = $1 and x.nickname = 'Azubi 1'", [roomId])).rows[0]?.figures;
    expect(figures).toMatchObject({ medianMs: detail.medianMs, falseStarts: 0, misses: 0, mistakes: [] });
    expect(figures.bestMs).toBeGreaterThanOrEqual(190);
    expect(figures.bestMs).toBeLessThanOrEqual(figures.medianMs);
    // Every hit was acknowledged to its own player only.
    for (const p of players) {
      expect(p.of('ack').filter((a) => a.outcome === 'hit').length).toBe(5);
      expect(p.of('error')).toEqual([]);
    }
    expect(stored[0]?.results.map((r) => r.score).sort((a, b) => b - a)).toEqual([fast.roundScore, mid.roundScore, slow.roundScore]);

    // A phone gets no other player's figures (patches stay O(1) per answer for any class
    // size): counts and the leaders in the state, its own figures as `standing`.
    for (const [i, p] of players.entries()) {
      await until(() => p.state.leaders.length === 3, 5000, 'leaders on the phone');
      expect(p.state.players.size).toBe(0);
      expect(p.state.playerCount).toBe(3);
      expect(p.state.answeredCount).toBe(3);
      const own = [fast, mid, slow][i];
      const standing = await p.next('standing', (m) => m.round === 0, 5000);
      // previousRank 0: no rank before the first round; `ahead`: the next better player and the gap.
      const ahead = i === 0 ? null : { nickname: `Azubi ${i}`, gap: [fast, mid, slow][i - 1]!.score - own.score };
      expect(standing).toEqual({ round: 0, score: own.score, roundScore: own.roundScore, rank: own.rank, of: 3, answered: 5, detail: own.detail, previousRank: 0, ahead });
      expect(p.of('ack').map((a) => a.answered)).toEqual([1, 2, 3, 4, 5]);
    }
    expect(players[0]?.state.leaders.map((l: any) => [l.nickname, l.rank])).toEqual([['Azubi 1', 1], ['Azubi 2', 2], ['Azubi 3', 3]]);

    host.send('next'); // reveal → scoreboard
    await until(() => host.state.phase === 'scoreboard', 5000, 'scoreboard');
    host.send('next'); // last round → podium
    await until(() => host.state.phase === 'podium', 5000, 'podium');
    await until(() => players.every((p) => p.state.phase === 'podium'), 5000, 'podium on every player');
    expect(fast.score).toBe(fast.roundScore);
    for (const p of [host, ...players]) await p.room.leave();
  });
});
