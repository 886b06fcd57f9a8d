import { describe, expect, it } from 'vitest';
import { backends, useTestServer } from '../helpers/test-server.ts';
import { hostSession, joinPlayer, until, type Bot } from '../helpers/bots.ts';

const onCue = (bot: Bot, kind: string, trial: number, fn: (cue: any) => void) =>
  bot.on('cue', (cue) => cue.kind === kind && cue.trial === trial && fn(cue));
const at = (ms: number, fn: () => void) => setTimeout(fn, Math.max(0, ms - Date.now()));

describe.each(backends())('fair play and bad input on $name', (backend) => {
  const server = useTestServer({ backend });

  it('judges false starts, late and forged answers on the server and refuses bad messages', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    host.send('playlist', { items: [{ gameId: 'reaktion', level: 1, rounds: 1 }] });
    await until(() => host.state.roundCount === 1, 5000, 'playlist applied');
    const [early, forger, late] = await Promise.all(['Früh', 'Fälscher', 'Spät'].map((n) => joinPlayer(server.url, code, n)));
    const earlyB = early as Bot, forgerB = forger as Bot, lateB = late as Bot;

    // Messages outside their phase, of unknown type, from the wrong role, or malformed.
    forgerB.send('answer', { round: 0, data: { trial: 0, rtMs: 200 } });
    expect(await forgerB.next('error', (e) => e.type === 'answer' && e.code === 'WRONG_PHASE')).toBeTruthy();
    forgerB.send('score', { score: 99999, playerId: earlyB.welcome.playerId });
    expect((await forgerB.next('error', (e) => e.type === 'score')).code).toBe('MESSAGE_UNKNOWN');
    forgerB.send('start');
    expect((await forgerB.next('error', (e) => e.type === 'start')).code).toBe('NOT_HOST');
    forgerB.send('kick', { playerId: earlyB.welcome.playerId });
    expect((await forgerB.next('error', (e) => e.type === 'kick')).code).toBe('NOT_HOST');
    host.send('playlist', { items: [{ gameId: 'nope', level: 1, rounds: 1 }] });
    expect((await host.next('error', (e) => e.type === 'playlist')).code).toBe('PLAYLIST_INVALID');
    host.send('playlist', { items: [{ gameId: 'reaktion', level: 1, rounds: 99 }] });
    expect((await host.next('error', (e) => e.type === 'playlist')).code).toBe('PLAYLIST_INVALID');
    host.send('kick', { playerId: 42 });
    expect((await host.next('error', (e) => e.type === 'kick')).code).toBe('MESSAGE_INVALID');
    host.send('time', 'x');
    expect((await host.next('error', (e) => e.type === 'time')).code).toBe('MESSAGE_INVALID');
    expect(host.state.roundCount).toBe(1); // the refused playlists changed nothing

    // Early: presses after the ready signal of trial 0 (no stimulus yet) and 50 ms after stimulus 1.
    onCue(earlyB, 'ready', 0, (cue) => earlyB.send('answer', { round: cue.round, data: { trial: 0, rtMs: null } }));
    // (trial 0 is never a catch trial; a later one may be, so take the next stimulus that comes)
    let anticipated = -1;
    earlyB.on('cue', (cue) => {
      if (cue.kind !== 'stimulus' || cue.trial === 0 || anticipated >= 0) return;
      anticipated = cue.trial;
      at(cue.at + 50, () => earlyB.send('answer', { round: cue.round, data: { trial: cue.trial, rtMs: 50 } }));
    });
    // Forger: answers 600 ms after the stimulus but claims 120 ms; then tries again. On the
    // next stimulus it claims 900 ms although its answer arrives after 200 ms (impossible).
    let impossible = -1;
    forgerB.on('cue', (cue) => {
      if (cue.kind !== 'stimulus' || cue.trial === 0 || impossible >= 0) return;
      impossible = cue.trial;
      at(cue.at + 200, () => forgerB.send('answer', { round: cue.round, data: { trial: cue.trial, rtMs: 900 } }));
    });
    onCue(forgerB, 'stimulus', 0, (cue) => at(cue.at + 600, () => {
      forgerB.send('answer', { round: cue.round, data: { trial: 0, rtMs: 120 } });
      forgerB.send('answer', { round: cue.round, data: { trial: 0, rtMs: 590 } });
      forgerB.send('answer', { round: cue.round + 1, data: { trial: 1, rtMs: 200 } });
      forgerB.send('answer', { round: cue.round, data: { trial: 99, rtMs: 200 } });
      forgerB.send('answer', { round: cue.round, data: { trial: 0.5, rtMs: 300 } });
    }));
    // Late: answers 2 s after the stimulus (window 1.5 s).
    onCue(lateB, 'stimulus', 0, (cue) => at(cue.at + 2000, () => lateB.send('answer', { round: cue.round, data: { trial: 0, rtMs: 2000 } })));

    host.send('start');
    const falseStart = await earlyB.next('ack', (a) => a.trial === 0);
    expect(falseStart.outcome).toBe('false-start');
    expect((await earlyB.next('ack', (a) => a.trial > 0 && a.trial === anticipated)).outcome).toBe('false-start');
    // The forged fast claim is not taken: the trial counts with the time the server can confirm.
    const forged = await forgerB.next('ack', (a) => a.trial === 0);
    expect(forged).toMatchObject({ outcome: 'hit', claimedMs: 120 });
    expect(forged.rtMs).toBeGreaterThanOrEqual(600 - 150 - 30);
    expect(await forgerB.next('ack', (a) => a.trial === impossible && a.trial > 0)).toMatchObject({ outcome: 'rejected', error: 'TIMING_IMPOSSIBLE' });
    expect((await forgerB.next('ack', (a) => a.trial === 0 && a.error === 'ALREADY_ANSWERED')).outcome).toBeNull();
    expect(await forgerB.next('error', (e) => e.type === 'answer' && e.code === 'ROUND_MISMATCH')).toBeTruthy();
    await until(() => forgerB.of('ack').filter((a) => a.error === 'MESSAGE_INVALID').length === 2, 5000, 'two invalid answers');
    expect(await lateB.next('ack', (a) => a.trial === 0)).toMatchObject({ outcome: 'late', error: 'ANSWER_LATE' });
    await until(() => host.state.players.get(forgerB.welcome.playerId).answered === 2, 5000, 'forger answered twice');

    host.send('next', { confirmed: true }); // end play early (the host was asked)
    await until(() => host.state.phase === 'reveal', 10_000, 'reveal');
    const detail = (bot: Bot) => JSON.parse(host.state.players.get(bot.welcome.playerId).detail);
    expect(detail(earlyB)).toMatchObject({ falseStarts: 2, hits: 0 });
    expect(detail(forgerB)).toMatchObject({ hits: 1, falseStarts: 0 });
    expect(detail(forgerB).medianMs).toBeGreaterThanOrEqual(600 - 150 - 30);
    expect(host.state.players.get(lateB.welcome.playerId).score).toBe(0);
    for (const b of [host, earlyB, forgerB, lateB]) await b.room.leave();
  });

  it('closes a connection that sends an oversized message or floods, and keeps the room alive', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    const big = await joinPlayer(server.url, code, 'Groß');
    const flood = await joinPlayer(server.url, code, 'Flut');
    const calm = await joinPlayer(server.url, code, 'Ruhig');
    big.room.reconnection.enabled = false;
    flood.room.reconnection.enabled = false;
    const bigLeft = new Promise<number>((r) => big.room.onLeave((c: number) => r(c)));
    big.send('time', { c: 1, pad: 'x'.repeat(8000) });
    expect(await bigLeft).not.toBe(1000);
    const floodLeft = new Promise<number>((r) => flood.room.onLeave((c: number) => r(c)));
    for (let i = 0; i < 300; i++) flood.send('time', { c: i });
    expect(await floodLeft).not.toBe(1000);
    calm.send('time', { c: 7 });
    expect((await calm.next('time', (t) => t.c === 7)).s).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    for (const b of [host, calm]) await b.room.leave();
  });
});
