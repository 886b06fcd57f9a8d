import { describe, expect, it } from 'vitest';
import { sensorsWith, type MaterialId } from '../../shared/games/sensor-labor/materials.ts';
import { TASK_SPECS, type TaskId } from '../../shared/games/sensor-labor/sorting.ts';
import { hostSession, joinPlayer, until, type Bot } from '../helpers/bots.ts';
import { backends, useTestServer } from '../helpers/test-server.ts';

// A hosted Sensor-Labor session: a level-1 round and a level-2 round, with one bot that
// knows the sensors and one that does not (level 3's settings are judged in the unit tests). The room knows nothing
// of the game beyond the GameDefinition; this checks the game runs through it unchanged.

/** Answers the current round from the public round in the state, as `knows` decides. */
function playRound(bot: Bot, knows: boolean): void {
  const round = bot.state.roundIndex as number;
  const pub = JSON.parse(bot.state.round as string) as { level: number; parts?: MaterialId[]; task?: TaskId };
  if (pub.level === 1) {
    (pub.parts ?? []).forEach((m, part) => {
      bot.send('answer', { round, data: { part, sensors: knows ? sensorsWith(m, 'reliable') : ['magnetic'] } });
    });
  } else {
    const placements = knows && pub.task ? [TASK_SPECS[pub.task].solvedBy[0]] : [];
    bot.send('answer', { round, data: { placements } });
  }
}

describe.each(backends())('hosted Sensor-Labor rounds on $name', (backend) => {
  const server = useTestServer({ backend });

  it('host and two players play level 1 and level 2; the one who knows outscores the one who guesses; results are stored', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    host.send('playlist', { items: [{ gameId: 'sensor-labor', level: 1, rounds: 1 }, { gameId: 'sensor-labor', level: 2, rounds: 1 }] });
    host.send('settings', { autoAdvance: true }); // reveal and scoreboard move on by themselves
    const expert = await joinPlayer(server.url, code, 'Kennerin');
    const guesser = await joinPlayer(server.url, code, 'Rater');
    await until(() => host.state.players.size === 2, 5000, 'two players in state');
    await until(() => host.state.roundCount === 2, 5000, 'playlist applied');
    const roomId = host.room.roomId;
    const byName = () => {
      const m = new Map<string, any>();
      host.state.players.forEach((p: any) => m.set(p.nickname, p));
      return m;
    };

    host.send('start');
    const scores: { expert: number; guesser: number }[] = [];
    const parts: MaterialId[][] = [];
    const tasks: (TaskId | null)[] = [];
    for (const index of [0, 1]) {
      await until(() => host.state.phase === 'play' && host.state.roundIndex === index, 20_000, `play of round ${index}`);
      await until(() => expert.state.phase === 'play' && guesser.state.phase === 'play' && guesser.state.roundIndex === index, 5000, 'players in play');
      expect(host.state.gameId).toBe('sensor-labor');
      expect(host.state.level).toBe(index === 0 ? 1 : 2);
      expect(host.state.expectedAnswers).toBe(index === 0 ? 6 : 1);
      const pub = JSON.parse(host.state.round as string) as { parts?: MaterialId[]; task?: TaskId };
      parts.push(pub.parts ?? []);
      tasks.push(pub.task ?? null);
      playRound(expert, true);
      playRound(guesser, false);
      // Everyone answered everything: play ends well before its 60-90 s limit.
      await until(() => host.state.phase === 'reveal' && host.state.roundIndex === index, 10_000, `reveal of round ${index}`);
      const players = byName();
      scores.push({ expert: players.get('Kennerin').roundScore, guesser: players.get('Rater').roundScore });
      const detail = JSON.parse(players.get('Kennerin').detail);
      expect(detail.correctPct).toBe(100);
      if (index === 0) {
        expect(detail.mistakes).toEqual([]);
        expect(JSON.parse(players.get('Rater').detail).mistakeCount).toBeGreaterThan(6);
      } else {
        expect(detail).toMatchObject({ misses: 0, falseTriggers: 0 });
        expect(JSON.parse(players.get('Rater').detail)).toMatchObject({ hits: 0, correctPct: 0 });
      }
    }
    for (const s of scores) {
      expect(s.expert).toBeGreaterThan(900);
      expect(s.expert).toBeGreaterThan(s.guesser + 500);
    }
    for (const p of [expert, guesser]) {
      expect(p.of('ack').filter((a) => a.error)).toEqual([]);
      expect(p.of('ack')).toHaveLength(7);
      expect(p.of('error')).toEqual([]);
    }
    await until(() => host.state.phase === 'podium' || host.state.phase === 'scoreboard', 10_000, 'end of the last round');
    const stored = await server.app.sessions.roundsOf(roomId);
    expect(stored.map((r) => [r.gameId, r.level])).toEqual([['sensor-labor', 1], ['sensor-labor', 2]]);
    for (const [i, r] of stored.entries()) {
      expect(r.results).toHaveLength(2);
      const byNick = new Map(r.results.map((x) => [x.nickname, x.score]));
      expect(byNick.get('Kennerin')).toBe(scores[i]?.expert);
      expect(byNick.get('Rater')).toBe(scores[i]?.guesser);
    }
    // The report figures (issue 21): % right and the mix-ups, worked out from what each bot did.
    const figures = (await server.app.db.query<{ round_index: number; nickname: string; figures: any }>(
      'select r.round_index, x.nickname, x.figures from rounds r join results x on x.round_id = r.id where r.session_id = $1', [roomId])).rows;
    const fig = (round: number, nick: string) => figures.find((f) => f.round_index === round && f.nickname === nick)?.figures;
    expect(fig(0, 'Kennerin')).toEqual({ correctPct: 100, mistakes: [] });
    expect(fig(1, 'Kennerin')).toEqual({ correctPct: 100, mistakes: [] });
    // Level 1, "magnetic" for every part: each reliable sensor left out, and magnetic where it is not reliable.
    const expectedL1 = parts[0]!.flatMap((m) => [
      ...sensorsWith(m, 'reliable').filter((s) => s !== 'magnetic').map((s) => `${m}:${s}`),
      ...(sensorsWith(m, 'reliable').includes('magnetic') ? [] : [`${m}:magnetic`]),
    ]);
    expect(fig(0, 'Rater').mistakes.map((x: any) => [x.key, x.count]).toSorted()).toEqual(expectedL1.map((k) => [k, 1]).toSorted());
    // Level 2, nothing mounted: every target part of the task went through undetected.
    const task = tasks[1] as TaskId;
    const missed = new Map<string, number>();
    for (const m of parts[1]!) if ((TASK_SPECS[task].targets as readonly string[]).includes(m)) missed.set(`miss:${m}`, (missed.get(`miss:${m}`) ?? 0) + 1);
    expect(fig(1, 'Rater').correctPct).toBe(0);
    expect(fig(1, 'Rater').mistakes.map((x: any) => [x.key, x.count]).toSorted()).toEqual([...missed].toSorted());
    for (const p of [host, expert, guesser]) await p.room.leave();
  });
});
