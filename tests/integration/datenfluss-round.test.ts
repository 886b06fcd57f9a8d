import { describe, expect, it } from 'vitest';
import { createRng } from '../../shared/core/rng.ts';
import { rightAnswer } from '../../shared/games/datenfluss/solver.ts';
import { randomAnswer } from '../../shared/games/datenfluss/play.test-util.ts';
import type { CueData } from '../../shared/games/datenfluss/timeline.ts';
import { hostSession, joinPlayer, until, type Bot } from '../helpers/bots.ts';
import { backends, useTestServer } from '../helpers/test-server.ts';

// A hosted Datenfluss session over the real wire: one round of every level. The items come
// as cues; an expert bot answers each from what its cue shows (the rule-knowing solver), a
// guesser at random. The first ITEMS_PLAYED items of each level are played, then the host
// ends play (a full round lasts 60–90 s). The room knows nothing of the game beyond its
// GameDefinition.

const ITEMS_PLAYED = 4;
/** Answer a little after the item is due (the cue comes CUE_LEAD_MS early). */
const ANSWER_AFTER_CUE_MS = 1100;

/** An answer of the right shape for item ITEMS_PLAYED of each level (whatever it shows). */
const SHAPED: Readonly<Record<number, Record<string, unknown>>> = {
  1: { value: 0 }, 2: { accept: true }, 3: { order: [0] }, 4: { queue: 'alarm' }, 5: { receivers: [] },
};

/** Answers the first ITEMS_PLAYED item cues of a round, as `expert` decides; resolves with the sent payloads. */
function playItems(bot: Bot, expert: boolean, round: number, level: number, seed: number): Promise<Record<string, unknown>[]> {
  const shown: CueData[] = [];
  const rng = createRng(seed);
  const sent: Record<string, unknown>[] = [];
  return new Promise((resolve) => {
    bot.on('cue', (cue) => {
      if (cue.round !== round || cue.kind !== 'item' || cue.item >= ITEMS_PLAYED) return;
      const { round: _r, at: _a, ...show } = cue;
      shown[cue.item] = show;
      setTimeout(() => {
        const data = expert ? rightAnswer(level, shown, cue.item) : randomAnswer(level, show, cue.item, rng);
        bot.send('answer', { round, data });
        sent.push(data);
        if (sent.length === ITEMS_PLAYED) resolve(sent);
      }, ANSWER_AFTER_CUE_MS);
    });
  });
}

describe.each(backends())('hosted Datenfluss rounds on $name', (backend) => {
  const server = useTestServer({ backend });

  it('host, an expert and a guesser play every level: items come as cues, answers name them, the expert wins, results are stored', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    host.send('settings', { autoAdvance: true });
    const levels = [1, 2, 3, 4, 5];
    host.send('playlist', { items: levels.map((level) => ({ gameId: 'datenfluss', level, rounds: 1 })) });
    const expert = await joinPlayer(server.url, code, 'Netzwerkerin');
    const guesser = await joinPlayer(server.url, code, 'Rater');
    await until(() => host.state.players.size === 2 && host.state.roundCount === 5, 5000, 'players and playlist');
    const roomId = host.room.roomId;
    const byName = () => new Map([...host.state.players.values()].map((p: any) => [p.nickname, p]));

    host.send('start');
    const scores: { expert: number; guesser: number }[] = [];
    for (const [index, level] of levels.entries()) {
      const done = Promise.all([playItems(expert, true, index, level, index), playItems(guesser, false, index, level, 99 + index)]);
      await until(() => host.state.phase === 'play' && host.state.roundIndex === index, 20_000, `play of round ${index}`);
      expect(host.state.gameId).toBe('datenfluss');
      expect(host.state.level).toBe(level);
      const pub = JSON.parse(host.state.round as string);
      expect(Object.keys(pub).sort()).toEqual(['durationMs', 'items', 'level', 'schedule']);
      expect(host.state.expectedAnswers).toBe(pub.items);
      const [sentByExpert] = await done;
      await until(() => expert.of('ack').filter((a) => a.round === index).length === ITEMS_PLAYED, 5000, 'acks of the expert');
      await until(() => guesser.of('ack').filter((a) => a.round === index).length === ITEMS_PLAYED, 5000, 'acks of the guesser');
      const acks = expert.of('ack').filter((a) => a.round === index);
      expect(acks.filter((a) => a.error)).toEqual([]);
      if (level !== 4) expect(acks.every((a) => a.correct === true && a.credit === 1)).toBe(true);
      // A replayed answer and one for an item not shown yet are refused with their codes.
      const refusals: [Record<string, unknown>, string][] = [
        [sentByExpert[0] as Record<string, unknown>, 'ALREADY_ANSWERED'],
        [{ item: ITEMS_PLAYED, ...SHAPED[level] }, 'TIMING_IMPOSSIBLE'],
      ];
      for (const [n, [data, refusal]] of refusals.entries()) {
        expert.send('answer', { round: index, data });
        await until(() => expert.of('ack').filter((a) => a.round === index).length === ITEMS_PLAYED + n + 1, 5000, `ack ${refusal}`);
        expect(expert.of('ack').filter((a) => a.round === index).at(-1)).toMatchObject({ item: data.item, error: refusal });
      }
      host.send('next', { confirmed: true }); // ends play: the rest of the items go unanswered
      await until(() => host.state.phase === 'reveal' && host.state.roundIndex === index, 10_000, `reveal of round ${index}`);
      const players = byName();
      const detail = JSON.parse(players.get('Netzwerkerin').detail);
      expect(detail).toMatchObject({ level, answered: ITEMS_PLAYED, of: pub.items });
      // Level 4 scores the whole replayed schedule (the rest of the ticks ran round-robin);
      // the expert's ticks followed the reference schedule from the reveal.
      if (level === 4) expect(detail.served.slice(0, ITEMS_PLAYED)).toBe(detail.reference.slice(0, ITEMS_PLAYED));
      scores.push({ expert: players.get('Netzwerkerin').roundScore, guesser: players.get('Rater').roundScore });
    }
    // Per level the guesser may be lucky on four items; over all levels knowing wins. Level 4 is
    // left out: with 4 of its ~30 ticks answered and round-robin after, the replay's penalty is
    // chance for both (its expert is checked above by the served prefix; fairness.test.ts plays whole rounds).
    const compared = scores.filter((_, i) => levels[i] !== 4);
    for (const [i, s] of compared.entries()) expect(s.expert, `round ${i}`).toBeGreaterThanOrEqual(s.guesser);
    const total = (who: 'expert' | 'guesser') => compared.reduce((n, s) => n + s[who], 0);
    expect(total('expert')).toBeGreaterThan(total('guesser') + 300);
    expect(compared.every((s) => s.expert > 0)).toBe(true);

    await until(() => host.state.phase === 'podium' || host.state.phase === 'scoreboard', 10_000, 'end of the last round');
    const stored = await server.app.sessions.roundsOf(roomId);
    expect(stored.map((r) => [r.gameId, r.level])).toEqual(levels.map((l) => ['datenfluss', l]));
    for (const [i, r] of stored.entries()) {
      const byNick = new Map(r.results.map((x) => [x.nickname, x.score]));
      expect(byNick.get('Netzwerkerin')).toBe(scores[i]?.expert);
      expect(byNick.get('Rater')).toBe(scores[i]?.guesser);
    }
    for (const p of [host, expert, guesser]) await p.room.leave();
  }, 300_000);
});
