import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reaktion } from '../../shared/games/reaktion/index.ts';
import { sensorsWith, type MaterialId } from '../../shared/games/sensor-labor/materials.ts';
import { flowHarness, TIMINGS } from '../../tests/helpers/flow-harness.ts';

// The phase machine on a fake clock: lobby → countdown → play → reveal → scoreboard → … →
// podium, driven by timers and by the host. Pause and resume: session-flow-pause.test.ts.

const playMs = (seed: number, level = 1) => reaktion.playDurationMs(reaktion.createRound(seed, level));

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SessionFlow: the way through a session', () => {
  it('refuses to start without players, without a playlist, or twice', () => {
    const h = flowHarness();
    h.flow.setPlaylist([{ gameId: 'reaktion', level: 1, rounds: 1 }]);
    expect(h.flow.start()).toBe('NO_PLAYERS');
    h.addPlayer('Anna');
    h.state.roundCount = 0;
    expect(h.flow.start()).toBe('PLAYLIST_INVALID');
    h.flow.setPlaylist([{ gameId: 'reaktion', level: 1, rounds: 1 }]);
    expect(h.flow.start()).toBeNull();
    expect(h.flow.start()).toBe('WRONG_PHASE');
    expect(h.flow.setPlaylist([{ gameId: 'reaktion', level: 2, rounds: 1 }])).toBe('WRONG_PHASE');
  });

  it('runs every phase on its timer, two rounds of two games, then the podium', async () => {
    const h = flowHarness();
    h.addPlayer('Anna');
    h.flow.setPlaylist([{ gameId: 'reaktion', level: 2, rounds: 1 }, { gameId: 'sensor-labor', level: 1, rounds: 1 }]);
    expect(h.state.roundCount).toBe(2);
    const t0 = Date.now();
    expect(h.flow.start()).toBeNull();
    expect(h.state).toMatchObject({ phase: 'countdown', roundIndex: 0, gameId: 'reaktion', level: 2, phaseEndsAt: t0 + TIMINGS.countdownMs });

    await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs - 1);
    expect(h.state.phase).toBe('countdown');
    await vi.advanceTimersByTimeAsync(1);
    expect(h.state.phase).toBe('play');
    expect(h.state.playStartedAt).toBe(Date.now());
    expect(JSON.parse(h.state.round)).toMatchObject({ level: 2, trials: 6 });
    const duration = playMs(h.seeds[0] as number, 2);
    expect(h.state.phaseEndsAt).toBe(Date.now() + duration);

    await vi.advanceTimersByTimeAsync(duration);
    expect(h.state.phase).toBe('reveal');
    expect(h.saved).toHaveLength(1);
    expect(h.saved[0]).toMatchObject({ roundIndex: 0, gameId: 'reaktion', level: 2, seed: h.seeds[0] });
    expect(h.state.phaseEndsAt).toBe(Date.now() + TIMINGS.revealMs);

    await vi.advanceTimersByTimeAsync(TIMINGS.revealMs);
    expect(h.state.phase).toBe('scoreboard');
    await vi.advanceTimersByTimeAsync(TIMINGS.scoreboardMs);
    expect(h.state).toMatchObject({ phase: 'countdown', roundIndex: 1, gameId: 'sensor-labor', level: 1, round: '{}' });

    await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs + 90_000 + TIMINGS.revealMs + TIMINGS.scoreboardMs);
    expect(h.state).toMatchObject({ phase: 'podium', phaseEndsAt: 0 });
    expect(h.saved.map((r) => r.gameId)).toEqual(['reaktion', 'sensor-labor']);
    expect(h.ended()).toBe(1);
    expect(h.failures).toEqual([]);
  });

  it('sends each cue at its time with `at` = play start + the cue time, and none after play', async () => {
    const h = flowHarness();
    h.addPlayer('Anna');
    h.flow.setPlaylist([{ gameId: 'reaktion', level: 1, rounds: 1 }]);
    h.flow.start();
    await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs);
    const round = reaktion.createRound(h.seeds[0] as number, 1);
    const expected = reaktion.cues(round);
    const start = h.state.playStartedAt;
    const first = expected[0];
    await vi.advanceTimersByTimeAsync((first?.atMs ?? 0) - (first?.leadMs ?? 0));
    expect(h.sent.filter((m) => m.type === 'cue')).toEqual([{ to: null, type: 'cue', payload: { round: 0, at: start + (first?.atMs ?? 0), ...first?.data } }]);
    await vi.advanceTimersByTimeAsync(reaktion.playDurationMs(round));
    const cues = h.sent.filter((m) => m.type === 'cue').map((m) => m.payload);
    expect(cues).toEqual(expected.map((c) => ({ round: 0, at: start + c.atMs, ...c.data })));
  });

  it('next() moves on at once from each phase; end() goes to the podium from anywhere but the podium', async () => {
    const h = flowHarness();
    h.addPlayer('Anna');
    h.flow.setPlaylist([{ gameId: 'reaktion', level: 1, rounds: 2 }]);
    expect(h.flow.next(true)).toBe('WRONG_PHASE'); // lobby
    h.flow.start();
    expect(h.flow.next(true)).toBeNull();
    expect(h.state.phase).toBe('play');
    expect(h.flow.next(true)).toBeNull();
    await vi.advanceTimersByTimeAsync(0); // the round is stored before the reveal
    expect(h.state.phase).toBe('reveal');
    expect(h.flow.next(true)).toBeNull();
    expect(h.state.phase).toBe('scoreboard');
    expect(h.flow.next(true)).toBeNull();
    expect(h.state).toMatchObject({ phase: 'countdown', roundIndex: 1 });
    expect(h.flow.end(true)).toBeNull();
    expect(h.state.phase).toBe('podium');
    expect(h.flow.end(true)).toBe('WRONG_PHASE');
    expect(h.flow.next(true)).toBe('WRONG_PHASE');
    expect(h.ended()).toBe(1);
    expect(h.saved).toHaveLength(1); // the aborted second round stores nothing
  });

  it('judges answers only in play and for the current round, acks each, and ends play when everyone is done', async () => {
    const h = flowHarness();
    const anna = h.addPlayer('Anna');
    const ben = h.addPlayer('Ben');
    h.flow.setPlaylist([{ gameId: 'sensor-labor', level: 1, rounds: 1 }]);
    expect(h.flow.answer(anna, { round: 0, data: { part: 0, sensors: [] } })).toBe('WRONG_PHASE');
    h.flow.start();
    await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs);
    expect(h.flow.answer(anna, { round: 1, data: { part: 0, sensors: [] } })).toBe('ROUND_MISMATCH');
    expect(h.flow.answer(anna, 'junk')).toBe('MESSAGE_INVALID');
    expect(h.flow.answer(anna, { round: 0, data: { part: 0, sensors: ['capacitive'] } })).toBeNull();
    expect(h.sent.at(-1)).toMatchObject({ to: anna.id, type: 'ack', payload: { round: 0, part: 0 } });
    expect(h.state.players.get(anna.id)?.answered).toBe(1);
    expect(h.flow.answer(anna, { round: 0, data: { part: 0, sensors: [] } })).toBeNull(); // refused by the game, in the ack
    expect(h.sent.at(-1)?.payload).toMatchObject({ round: 0, error: 'ALREADY_ANSWERED' });
    for (let part = 1; part < 5; part++) h.flow.answer(anna, { round: 0, data: { part, sensors: [] } });
    h.flow.answer(ben, { round: 0, data: { part: 0, sensors: [] } });
    expect(h.state.phase).toBe('play');
    h.state.players.get(ben.id)!.connected = false; // a dropped player does not hold the round up
    h.flow.answer(anna, { round: 0, data: { part: 5, sensors: [] } });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.state.phase).toBe('reveal');
  });

  it('ranks by total score with shared places (1, 1, 3)', async () => {
    const h = flowHarness();
    const [a, b, c] = ['Anna', 'Ben', 'Cem'].map((n) => h.addPlayer(n));
    h.flow.setPlaylist([{ gameId: 'sensor-labor', level: 1, rounds: 1 }]);
    h.flow.start();
    await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs);
    const { parts } = JSON.parse(h.state.round) as { parts: MaterialId[] };
    parts.forEach((material, part) => {
      const data = { part, sensors: sensorsWith(material, 'reliable') };
      h.flow.answer(a!, { round: 0, data });
      h.flow.answer(b!, { round: 0, data });
    });
    h.flow.next(true); // c never answers
    await vi.advanceTimersByTimeAsync(0);
    const p = (id: string) => h.state.players.get(id)!;
    expect(p(a!.id).score).toBe(p(b!.id).score);
    expect(p(a!.id).score).toBeGreaterThan(p(c!.id).score);
    expect([p(a!.id).rank, p(b!.id).rank, p(c!.id).rank]).toEqual([1, 1, 3]);
    expect(JSON.parse(p(a!.id).detail)).toMatchObject({ level: 1, correctPct: 100, mistakes: [] });
  });

  it('solo: the reveal waits for the player, next() adds a round', async () => {
    const h = flowHarness('solo');
    h.addPlayer('Anna');
    h.flow.startSolo('reaktion', 1);
    await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs + playMs(1000));
    expect(h.state).toMatchObject({ phase: 'reveal', phaseEndsAt: 0 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.state.phase).toBe('reveal');
    h.flow.next(true);
    expect(h.state).toMatchObject({ phase: 'countdown', roundIndex: 1, roundCount: 2 });
  });
});

describe('SessionFlow: each player learns its move by message', () => {
  it('sends previousRank and the next better player in the standing after each round', async () => {
    const h = flowHarness();
    const anna = h.addPlayer('Anna');
    const ben = h.addPlayer('Ben');
    h.flow.setPlaylist([{ gameId: 'reaktion', level: 1, rounds: 2 }]);
    expect(h.flow.start()).toBeNull();
    await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs);
    await vi.advanceTimersByTimeAsync(playMs(h.seeds[0] as number));
    expect(h.state.phase).toBe('reveal');
    // Nobody answered: both share place 1, had no place before, and nobody is ahead.
    const standings = h.sent.filter((m) => m.type === 'standing');
    const last = (id: string) => standings.filter((m) => m.to === id).at(-1)?.payload;
    expect(last(anna.id)).toMatchObject({ rank: 1, previousRank: 0, ahead: null });
    expect(last(ben.id)).toMatchObject({ rank: 1, previousRank: 0, ahead: null });
    // Only to its own player: no standing goes to everyone.
    expect(standings.every((m) => m.to !== null)).toBe(true);
  });
});
