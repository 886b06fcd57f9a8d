import { describe, expect, it } from 'vitest';
import { SENSOR_FIGURES } from '../../shared/games/sensor-labor/figures.ts';
import type { OutputFunction, PartWindow } from '../../shared/games/sensor-labor/hysteresis.ts';
import { sensorsWith, type MaterialId } from '../../shared/games/sensor-labor/materials.ts';
import { createRound } from '../../shared/games/sensor-labor/rules.ts';
import { TASK_SPECS, type TaskId } from '../../shared/games/sensor-labor/sorting.ts';
import { ApiClient } from '../helpers/accounts.ts';
import { hostSession, joinPlayer, TEST_TRAINER, trainerHeaders, until, type Bot } from '../helpers/bots.ts';
import { backends, useTestServer } from '../helpers/test-server.ts';

// A hosted Sensor-Labor session: a level-1 round and a level-2 round, with one bot that
// knows the sensors and one that does not, and a level-3 round (switch and reset point)
// with four bots whose report figures are worked out here from what each one sent. The
// room knows nothing of the game beyond the GameDefinition; this checks the game runs
// through it unchanged, and the trainer's reports show each game's own figures (issue 21).

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

/** A level-3 setting as sent: switch point SP ≥ reset point rP (whole %) and the output function. */
type Sent = { switchPoint: number; resetPoint: number; output: OutputFunction };

/**
 * The samples where the output switches on, written out from the level's rule as a trainer
 * would explain it (not the judge's code): NO (Schließer) switches on when the signal rises
 * above SP and off when it falls below rP; NC (Öffner) on below rP, off above SP.
 */
function switchOns(samples: readonly number[], s: Sent): number[] {
  const ons: number[] = [];
  let on = false;
  for (const [i, x] of samples.entries()) {
    const turnOn = s.output === 'no' ? x > s.switchPoint : x < s.resetPoint;
    const turnOff = s.output === 'no' ? x < s.resetPoint : x > s.switchPoint;
    if (!on && turnOn) {
      on = true;
      ons.push(i);
    } else if (on && turnOff) on = false;
  }
  return ons;
}

/**
 * What a counter behind the output shows against the parts that really passed: a part is
 * counted when the output switches on while it arrives or is there (before its leaving
 * ramp); a part with no such switching is missed, and a switching as it leaves or with no
 * part there is stray; a part with more than one switching is doubled. % right: counted
 * less every miscount, over the parts (docs/PROTOCOL.md, Sensor-Labor level 3).
 */
function expectedCount(samples: readonly number[], parts: readonly PartWindow[], s: Sent, rightOutput: OutputFunction) {
  const ons = switchOns(samples, s);
  let counted = 0, missed = 0, doubled = 0;
  let stray = ons.filter((i) => !parts.some((p) => i >= p.start && i <= p.end)).length;
  for (const p of parts) {
    const early = ons.filter((i) => i >= p.start && i < p.leaves).length;
    const late = ons.filter((i) => i >= p.leaves && i <= p.end).length;
    if (early === 0) {
      missed++;
      stray += late;
    } else if (early + late === 1) counted++;
    else doubled++;
  }
  const correctPct = Math.round(100 * Math.min(1, Math.max(0, (counted - missed - doubled - stray) / parts.length)));
  const mistakes = s.output !== rightOutput
    ? [{ key: 'output', count: 1 }]
    : ([['missed', missed], ['doubled', doubled], ['stray', stray]] as const).filter(([, n]) => n > 0).map(([key, count]) => ({ key, count }));
  return { counted, missed, doubled, stray, correctPct, mistakes };
}

/** The setting a player reads off the plot: the middle of all whole-% settings that switch on exactly `parts` times. */
function readOffPlot(samples: readonly number[], output: OutputFunction, parts: number): Sent {
  const ok: Sent[] = [];
  for (let sp = 0; sp <= 100; sp++) for (let rp = 0; rp <= sp; rp++) if (switchOns(samples, { switchPoint: sp, resetPoint: rp, output }).length === parts) ok.push({ switchPoint: sp, resetPoint: rp, output });
  if (ok.length === 0) throw new Error('no setting switches once per part');
  const mid = { sp: ok.reduce((a, s) => a + s.switchPoint, 0) / ok.length, rp: ok.reduce((a, s) => a + s.resetPoint, 0) / ok.length };
  const d = (s: Sent) => (s.switchPoint - mid.sp) ** 2 + (s.resetPoint - mid.rp) ** 2;
  return ok.reduce((best, s) => (d(s) < d(best) ? s : best));
}

/** Miscounts as the report's "Fehler" cell names them, in German, order aside. */
const words = (ms: readonly { key: string; count: number }[]) => ms.map((m) => `${SENSOR_FIGURES.label(m.key, 'de')} ×${m.count}`).toSorted();
const sortedKeys = (ms: readonly { key: string; count: number }[]) => ms.map((m) => `${m.key}×${m.count}`).toSorted();

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

  it('level 3: four bots set SP, rP and the output function; the session CSV, the report JSON and the apprentices\' records show % right and the miscounts each setting gives', async () => {
    // Two of the players join with an apprentice card, so their rounds reach a record.
    const headers = await trainerHeaders(server.url);
    const trainer = new ApiClient(server.url);
    expect((await trainer.login(TEST_TRAINER.login, TEST_TRAINER.password)).status).toBe(200);
    const apprentice = async (displayName: string) => {
      const a = (await trainer.call('POST', '/api/apprentices', { displayName, trade: 'Mechatroniker', trainingYear: 2 })).body.apprentice;
      return { id: a.id as string, card: (await trainer.call('POST', `/api/apprentices/${a.id}/card`)).body.card.code as string };
    };
    const kim = await apprentice('Kim Kennerin');
    const flo = await apprentice('Flo Flatter');
    const host = await hostSession(server.url, {}, headers);
    const code = host.welcome.code as string;
    host.send('playlist', { items: [{ gameId: 'sensor-labor', level: 3, rounds: 1 }] });
    host.send('settings', { autoAdvance: true });
    const bots: Record<string, Bot> = {
      'Kim Kennerin': await joinPlayer(server.url, code, 'x', { card: kim.card }),
      'Flo Flatter': await joinPlayer(server.url, code, 'x', { card: flo.card }),
      Vertauscht: await joinPlayer(server.url, code, 'Vertauscht'),
      Blind: await joinPlayer(server.url, code, 'Blind'),
    };
    await until(() => host.state.players.size === 4 && host.state.roundCount === 1 && host.state.playlist[0]?.level === 3, 5000, 'four players, the level-3 playlist');
    const roomId = host.room.roomId;
    host.send('start');
    await until(() => host.state.phase === 'play' && Object.values(bots).every((b) => b.state.phase === 'play'), 20_000, 'play of the level-3 round');
    const pub = JSON.parse(host.state.round as string) as { level: number; samples: number[]; max: number; falling: boolean };
    expect(pub.level).toBe(3);
    expect(host.state.expectedAnswers).toBe(1);
    // What each bot sends, from the signal on its screen: the right output function is the
    // one the sensor named above the plot needs (a part lowers a through-beam's light: NC).
    const right: OutputFunction = pub.falling ? 'nc' : 'no';
    const read = readOffPlot(pub.samples, right, 6);
    // A bare threshold (SP = rP) where the output switches most often: noise on the ramps chatters.
    let bare = 0;
    for (let t = 0; t <= 100; t++) if (switchOns(pub.samples, { switchPoint: t, resetPoint: t, output: right }).length > switchOns(pub.samples, { switchPoint: bare, resetPoint: bare, output: right }).length) bare = t;
    const sent: Record<string, Sent> = {
      'Kim Kennerin': read,
      'Flo Flatter': { switchPoint: bare, resetPoint: bare, output: right },
      // The right points, the output function the wrong way round.
      Vertauscht: { ...read, output: right === 'no' ? 'nc' : 'no' },
      // A point the signal never passes: NO at SP = 100 %, NC at rP = 0 %.
      Blind: right === 'no' ? { switchPoint: 100, resetPoint: 90, output: 'no' } : { switchPoint: 10, resetPoint: 0, output: 'nc' },
    };
    for (const [name, bot] of Object.entries(bots)) bot.send('answer', { round: 0, data: sent[name] });
    await until(() => host.state.phase !== 'play', 10_000, 'play ends once everyone answered');
    for (const bot of Object.values(bots)) expect(bot.of('ack').map((a) => a.error)).toEqual([undefined]);
    await until(() => host.state.phase === 'podium' || host.state.phase === 'scoreboard', 10_000, 'end of the round');

    // The round's truth: the stored seed makes the same signal again, with its part windows.
    const seed = Number((await server.app.db.query<{ seed: string }>('select seed::text as seed from rounds where session_id = $1', [roomId])).rows[0]?.seed);
    const signal = createRound(seed, 3).signal!;
    expect(signal.samples).toEqual(pub.samples);
    const want = Object.fromEntries(Object.entries(sent).map(([name, s]) => [name, expectedCount(signal.samples, signal.parts, s, right)]));
    // The bots did what they were meant to: all right, a miscount from chatter, the rest nothing.
    expect(want['Kim Kennerin']).toMatchObject({ counted: 6, correctPct: 100, mistakes: [] });
    expect(switchOns(pub.samples, sent['Flo Flatter']!).length, 'more switchings than parts').toBeGreaterThan(6);
    expect(want['Flo Flatter']!.mistakes.length).toBeGreaterThan(0);
    expect(want['Flo Flatter']!.correctPct).toBeLessThan(100);
    expect(want.Vertauscht).toMatchObject({ counted: 0, correctPct: 0, mistakes: [{ key: 'output', count: 1 }] });
    expect(want.Blind).toMatchObject({ counted: 0, missed: 6, stray: 0, correctPct: 0, mistakes: [{ key: 'missed', count: 6 }] });

    // The reveal's detail carries the same count.
    const details = new Map([...host.state.players.values()].map((p: any) => [p.nickname, JSON.parse(p.detail)]));
    for (const [name, w] of Object.entries(want)) {
      expect(details.get(name), name).toMatchObject({ level: 3, parts: 6, counted: w.counted, missed: w.missed, doubled: w.doubled, stray: w.stray, correctPct: w.correctPct, ...sent[name] });
    }

    // The session report as JSON …
    const report = (await trainer.call('GET', `/api/reports/sessions/${roomId}`)).body;
    expect(report.rounds.map((r: any) => [r.gameId, r.level])).toEqual([['sensor-labor', 3]]);
    const inReport = new Map<string, any>(report.rounds[0].results.map((x: any) => [x.nickname, x.figures]));
    for (const [name, w] of Object.entries(want)) {
      expect(inReport.get(name)?.correctPct, name).toBe(w.correctPct);
      expect(sortedKeys(inReport.get(name)?.mistakes ?? []), name).toEqual(sortedKeys(w.mistakes));
    }
    // … and as CSV: "% richtig" and the miscounts in words with their counts.
    for (const m of Object.values(want).flatMap((w) => w.mistakes)) expect(SENSOR_FIGURES.label(m.key, 'de'), `a German word for ${m.key}`).toMatch(/[a-zäöü]{4}/);
    const csv = (await trainer.call('GET', `/api/reports/sessions/${roomId}/csv?lang=de`)).text.replace(/^\uFEFF/, '').split('\r\n');
    const head = csv[0]!.split(';');
    const col = (row: string[], name: string) => row[head.indexOf(name)] ?? '';
    for (const [name, w] of Object.entries(want)) {
      const row = csv.find((l) => l.split(';')[head.indexOf('Spieler')] === name)?.split(';');
      expect(row, `CSV row of ${name}`).toBeDefined();
      expect([col(row!, 'Stufe'), col(row!, '% richtig')], name).toEqual(['3', String(w.correctPct)]);
      expect(col(row!, 'Fehler').split(' · ').filter(Boolean).toSorted(), name).toEqual(words(w.mistakes));
    }
    // The apprentices' records: the round with the same figures, in JSON and in the record CSV.
    for (const [who, name] of [[kim, 'Kim Kennerin'], [flo, 'Flo Flatter']] as const) {
      const record = (await trainer.call('GET', `/api/apprentices/${who.id}/record`)).body;
      expect(record.history.map((x: any) => [x.gameId, x.level, x.sessionId]), name).toEqual([['sensor-labor', 3, roomId]]);
      expect(record.history[0].figures.correctPct, name).toBe(want[name]!.correctPct);
      expect(sortedKeys(record.history[0].figures.mistakes ?? []), name).toEqual(sortedKeys(want[name]!.mistakes));
      const lines = (await trainer.call('GET', `/api/apprentices/${who.id}/record.csv`)).text.replace(/^\uFEFF/, '').split('\r\n');
      const rh = lines[0]!.split(';');
      const row = lines[1]!.split(';');
      expect([row[rh.indexOf('Name')], row[rh.indexOf('Stufe')], row[rh.indexOf('% richtig')]], name).toEqual([name, '3', String(want[name]!.correctPct)]);
      expect((row[rh.indexOf('Fehler')] ?? '').split(' · ').filter(Boolean).toSorted(), name).toEqual(words(want[name]!.mistakes));
    }
    for (const p of [host, ...Object.values(bots)]) await p.room.leave();
  });
});
