import { describe, expect, it } from 'vitest';
import { createRng } from '../../shared/core/rng.ts';
import { BITS_TASKS } from '../../shared/games/datenfluss/bits.ts';
import { rightAnswer } from '../../shared/games/datenfluss/solver.ts';
import { randomAnswer } from '../../shared/games/datenfluss/play.test-util.ts';
import type { CueData } from '../../shared/games/datenfluss/timeline.ts';
import { DATENFLUSS_FIGURES } from '../../shared/games/datenfluss/figures.ts';
import { hostSession, joinPlayer, trainerHeaders, until, type Bot } from '../helpers/bots.ts';
import { backends, useTestServer } from '../helpers/test-server.ts';

// Hosted Datenfluss sessions over the real wire: one round of every level. The items come
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

type Figures = { correctPct: number; parts: { key: string; right: number; of: number }[]; mistakes: { key: string; count: number }[] };
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Every level (levels 2–5 were checked in unit tests only, issue 21): the figures stored for
 * the round follow from what the bots did — the expert's ITEMS_PLAYED answers right and none
 * wrong, each of the guesser's answers either right or a mistake, every item counted once
 * (level 4: the alarms of the replayed schedule) — and the trainer's session report (JSON
 * and CSV, through the HTTP routes) shows exactly those figures, with the kinds in words.
 */
async function reportShowsFigures(url: string, roomId: string, level: number, items: number, details: Record<'expert' | 'guesser', any>, figuresOf: (roomId: string, nickname: string) => Promise<any>): Promise<void> {
  const stored = { expert: await figuresOf(roomId, 'Netzwerkerin') as Figures, guesser: await figuresOf(roomId, 'Rater') as Figures };
  for (const who of ['expert', 'guesser'] as const) {
    const f = stored[who];
    expect(f, `${who}: figures stored for level ${level}`).toBeTruthy();
    expect(f.correctPct).toBe(details[who].correctPct);
    if (level === 4) {
      expect(f.parts).toEqual([{ key: 'alarm', right: details[who].alarmsOnTime, of: details[who].alarms }]);
      continue;
    }
    expect(sum(f.parts.map((p) => p.of)), `level ${level}: every item counted once`).toBe(items);
    const right = sum(f.parts.map((p) => p.right));
    if (who === 'expert') {
      expect(right).toBe(ITEMS_PLAYED);
      expect(f.mistakes).toEqual([]);
    } else {
      expect(right + sum(f.mistakes.map((m) => m.count)), 'each of the guesser\'s answers is right or a mistake').toBe(ITEMS_PLAYED);
    }
  }
  const headers = await trainerHeaders(url);
  const report = await (await fetch(`${url}/api/reports/sessions/${roomId}`, { headers })).json();
  const results = report.rounds[0].results as { nickname: string; figures: Figures }[];
  expect(report.rounds.map((r: any) => [r.gameId, r.level])).toEqual([['datenfluss', level]]);
  expect(results.find((r) => r.nickname === 'Netzwerkerin')?.figures).toEqual(stored.expert);
  expect(results.find((r) => r.nickname === 'Rater')?.figures).toEqual(stored.guesser);
  const csv = (await (await fetch(`${url}/api/reports/sessions/${roomId}/csv?lang=de`, { headers })).text()).replace(/^\uFEFF/, '').split('\r\n');
  const head = csv[0]!.split(';');
  const row = csv.find((l) => l.split(';')[head.indexOf('Spieler')] === 'Netzwerkerin')!.split(';');
  expect(row[head.indexOf('Stufe')]).toBe(String(level));
  expect(row[head.indexOf('% richtig')]).toBe(String(stored.expert.correctPct));
  expect(row[head.indexOf('Richtig je Art/Aufgabe')]).toBe(stored.expert.parts.map((p) => `${DATENFLUSS_FIGURES.label(p.key, 'de')} ${p.right}/${p.of}`).join(' · '));
  for (const p of stored.expert.parts) expect(DATENFLUSS_FIGURES.label(p.key, 'de'), `a word for ${p.key}`).not.toBe('');
}

/** One hosted session of one level (round 0): asserts over the wire; resolves with both scores. */
async function playLevel(url: string, level: number, seedIndex: number, stored: (roomId: string) => Promise<{ gameId: string; level: number; results: { nickname: string; score: number }[] }[]>, figuresOf: (roomId: string, nickname: string) => Promise<any>): Promise<{ expert: number; guesser: number }> {
  const host = await hostSession(url);
  const code = host.welcome.code as string;
  host.send('settings', { autoAdvance: true });
  host.send('playlist', { items: [{ gameId: 'datenfluss', level, rounds: 1 }] });
  const expert = await joinPlayer(url, code, 'Netzwerkerin');
  const guesser = await joinPlayer(url, code, 'Rater');
  await until(() => host.state.players.size === 2 && host.state.roundCount === 1, 5000, 'players and playlist');
  const roomId = host.room.roomId;
  const byName = () => new Map([...host.state.players.values()].map((p: any) => [p.nickname, p]));

  host.send('start');
  const done = Promise.all([playItems(expert, true, 0, level, seedIndex), playItems(guesser, false, 0, level, 99 + seedIndex)]);
  await until(() => host.state.phase === 'play' && host.state.roundIndex === 0, 20_000, `play of level ${level}`);
  expect(host.state.gameId).toBe('datenfluss');
  expect(host.state.level).toBe(level);
  const pub = JSON.parse(host.state.round as string);
  expect(Object.keys(pub).sort()).toEqual(['durationMs', 'items', 'level', 'schedule']);
  expect(host.state.expectedAnswers).toBe(pub.items);
  const [sentByExpert] = await done;
  await until(() => expert.of('ack').filter((a) => a.round === 0).length === ITEMS_PLAYED, 5000, 'acks of the expert');
  await until(() => guesser.of('ack').filter((a) => a.round === 0).length === ITEMS_PLAYED, 5000, 'acks of the guesser');
  const acks = expert.of('ack').filter((a) => a.round === 0);
  expect(acks.filter((a) => a.error)).toEqual([]);
  if (level !== 4) expect(acks.every((a) => a.correct === true && a.credit === 1)).toBe(true);
  // A replayed answer and one for an item not shown yet are refused with their codes.
  const refusals: [Record<string, unknown>, string][] = [
    [sentByExpert[0] as Record<string, unknown>, 'ALREADY_ANSWERED'],
    [{ item: ITEMS_PLAYED, ...SHAPED[level] }, 'TIMING_IMPOSSIBLE'],
  ];
  for (const [n, [data, refusal]] of refusals.entries()) {
    expert.send('answer', { round: 0, data });
    await until(() => expert.of('ack').filter((a) => a.round === 0).length === ITEMS_PLAYED + n + 1, 5000, `ack ${refusal}`);
    expect(expert.of('ack').filter((a) => a.round === 0).at(-1)).toMatchObject({ item: data.item, error: refusal });
  }
  host.send('next', { confirmed: true }); // ends play: the rest of the items go unanswered
  await until(() => host.state.phase === 'reveal', 10_000, `reveal of level ${level}`);
  const players = byName();
  const detail = JSON.parse(players.get('Netzwerkerin').detail);
  expect(detail).toMatchObject({ level, answered: ITEMS_PLAYED, of: pub.items });
  // Level 4 scores the whole replayed schedule (the rest of the ticks ran round-robin);
  // the expert's ticks followed the reference schedule from the reveal.
  if (level === 4) expect(detail.served.slice(0, ITEMS_PLAYED)).toBe(detail.reference.slice(0, ITEMS_PLAYED));
  const scores = { expert: players.get('Netzwerkerin').roundScore as number, guesser: players.get('Rater').roundScore as number };
  // Stored before the reveal, with the scores the players saw.
  const rounds = await stored(roomId);
  expect(rounds.map((r) => [r.gameId, r.level])).toEqual([['datenfluss', level]]);
  const byNick = new Map(rounds[0]!.results.map((x) => [x.nickname, x.score]));
  expect(byNick.get('Netzwerkerin')).toBe(scores.expert);
  expect(byNick.get('Rater')).toBe(scores.guesser);
  // The report figures (issue 21): level 1 per kind of item — the expert's first ITEMS_PLAYED
  // items right, the rest of the round unanswered (no mistake, but not right either).
  if (level === 1) {
    const kinds = [...new Set(BITS_TASKS)];
    const right = (k: string) => BITS_TASKS.slice(0, ITEMS_PLAYED).filter((t) => t === k).length;
    const figures = await figuresOf(roomId, 'Netzwerkerin');
    expect(figures.parts).toEqual(kinds.map((k) => ({ key: k, right: right(k), of: BITS_TASKS.filter((t) => t === k).length })));
    expect(figures.mistakes).toEqual([]);
    expect(figures.correctPct).toBe(detail.correctPct);
  }
  await reportShowsFigures(url, roomId, level, pub.items, { expert: detail, guesser: JSON.parse(players.get('Rater').detail) }, figuresOf);
  for (const p of [host, expert, guesser]) await p.room.leave();
  return scores;
}

describe.each(backends())('hosted Datenfluss rounds on $name', (backend) => {
  const server = useTestServer({ backend });
  const figuresOf = async (roomId: string, nickname: string) => (await server.app.db.query<{ figures: unknown }>(
    'select x.figures from rounds r join results x on x.round_id = r.id where r.session_id = $1 and x.nickname = $2', [roomId, nickname])).rows[0]?.figures;

  it('host, an expert and a guesser play every level: items come as cues, answers name them, the expert wins, results are stored', async () => {
    // One session per level, all at once on one server (levels are independent and the room is
    // generic): about one level's time instead of five in a row.
    const levels = [1, 2, 3, 4, 5];
    const scores = await Promise.all(levels.map((level, index) => playLevel(server.url, level, index, (id) => server.app.sessions.roundsOf(id), figuresOf)));
    // Per level the guesser may be lucky on four items; over all levels knowing wins. Level 4 is
    // left out: with 4 of its ~30 ticks answered and round-robin after, the replay's penalty is
    // chance for both (its expert is checked above by the served prefix; fairness.test.ts plays whole rounds).
    const compared = scores.filter((_, i) => levels[i] !== 4);
    for (const [i, s] of compared.entries()) expect(s.expert, `round ${i}`).toBeGreaterThanOrEqual(s.guesser);
    const total = (who: 'expert' | 'guesser') => compared.reduce((n, s) => n + s[who], 0);
    expect(total('expert')).toBeGreaterThan(total('guesser') + 300);
    expect(compared.every((s) => s.expert > 0)).toBe(true);
  }, 300_000);
});
