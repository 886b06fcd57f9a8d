import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reaktion } from '../../shared/games/reaktion/index.ts';
import { flowHarness, TIMINGS } from '../../tests/helpers/flow-harness.ts';

// Pause and resume of the phase machine (README "Hosting a round"), on a fake clock.

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

function started(rounds = 1) {
  const h = flowHarness();
  const anna = h.addPlayer('Anna');
  h.flow.setPlaylist([{ gameId: 'reaktion', level: 1, rounds }]);
  h.flow.start();
  return { ...h, anna };
}

describe('SessionFlow: pause and resume', () => {
  it('freezes the countdown with the time left, and resumes it for exactly that long', async () => {
    const h = started();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(h.flow.pause()).toBeNull();
    expect(h.state).toMatchObject({ phase: 'countdown', paused: true, phaseEndsAt: 0, pausedRemainingMs: TIMINGS.countdownMs - 1_000 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.state.phase).toBe('countdown');
    expect(h.flow.resume()).toBeNull();
    expect(h.state).toMatchObject({ paused: false, pausedRemainingMs: 0, phaseEndsAt: Date.now() + TIMINGS.countdownMs - 1_000 });
    await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs - 1_001);
    expect(h.state.phase).toBe('countdown');
    await vi.advanceTimersByTimeAsync(1);
    expect(h.state.phase).toBe('play');
  });

  it('a pause during play cancels the run: back to a countdown, no more cues, answers refused; resume plays a fresh round', async () => {
    const h = started();
    await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs);
    const firstRound = reaktion.createRound(h.seeds[0] as number, 1);
    const firstTrial = firstRound.trials[0]!;
    await vi.advanceTimersByTimeAsync(firstTrial.onsetMs + 200);
    h.flow.answer(h.anna, { round: 0, data: { trial: 0, rtMs: 190 } });
    expect(h.state.players.get(h.anna.id)?.answered).toBe(1);
    const cuesBefore = h.sent.filter((m) => m.type === 'cue').length;

    expect(h.flow.pause()).toBeNull();
    expect(h.state).toMatchObject({ phase: 'countdown', paused: true, phaseEndsAt: 0, pausedRemainingMs: TIMINGS.countdownMs });
    expect(h.state.players.get(h.anna.id)?.answered).toBe(0);
    expect(h.flow.answer(h.anna, { round: 0, data: { trial: 1, rtMs: 200 } })).toBe('WRONG_PHASE');
    await vi.advanceTimersByTimeAsync(reaktion.playDurationMs(firstRound));
    expect(h.sent.filter((m) => m.type === 'cue')).toHaveLength(cuesBefore);
    expect(h.saved).toEqual([]); // the cancelled run is never stored

    expect(h.flow.resume()).toBeNull();
    expect(h.state).toMatchObject({ phase: 'countdown', paused: false, phaseEndsAt: Date.now() + TIMINGS.countdownMs });
    await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs);
    expect(h.state.phase).toBe('play');
    expect(h.seeds).toHaveLength(2); // a new round: the first one's timing was seen
    await vi.advanceTimersByTimeAsync(reaktion.playDurationMs(reaktion.createRound(h.seeds[1] as number, 1)));
    expect(h.state.phase).toBe('reveal');
    expect(h.saved.map((r) => r.seed)).toEqual([h.seeds[1]]);
  });

  it('freezes the reveal and the scoreboard the same way', async () => {
    const h = started(2);
    h.flow.next(true);
    h.flow.next(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(h.state.phase).toBe('reveal');
    h.flow.pause();
    expect(h.state.pausedRemainingMs).toBe(TIMINGS.revealMs - 1_000);
    await vi.advanceTimersByTimeAsync(30_000);
    h.flow.resume();
    await vi.advanceTimersByTimeAsync(TIMINGS.revealMs - 1_000);
    expect(h.state.phase).toBe('scoreboard');
    h.flow.pause();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(h.state.phase).toBe('scoreboard');
    h.flow.resume();
    await vi.advanceTimersByTimeAsync(TIMINGS.scoreboardMs);
    expect(h.state).toMatchObject({ phase: 'countdown', roundIndex: 1 });
  });

  it('refuses a pause outside a running round, a second pause, a resume without pause, and a pause while the round is stored', async () => {
    const h = flowHarness();
    h.addPlayer('Anna');
    h.flow.setPlaylist([{ gameId: 'reaktion', level: 1, rounds: 1 }]);
    expect(h.flow.pause()).toBe('WRONG_PHASE'); // lobby
    expect(h.flow.resume()).toBe('WRONG_PHASE');
    h.flow.start();
    expect(h.flow.pause()).toBeNull();
    expect(h.flow.pause()).toBe('WRONG_PHASE');
    h.flow.resume();
    h.flow.next(true); // play
    const release = h.holdSaves();
    h.flow.next(true); // end of play: storing
    await vi.advanceTimersByTimeAsync(0);
    expect(h.state.phase).toBe('play');
    expect(h.flow.pause()).toBe('WRONG_PHASE');
    expect(h.flow.next(true)).toBe('WRONG_PHASE');
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.state.phase).toBe('reveal');
    h.flow.end(true);
    expect(h.flow.pause()).toBe('WRONG_PHASE'); // podium
  });

  it('next() while paused resumes and moves on; end() while storing ends, and the reveal never comes', async () => {
    const h = started();
    h.flow.pause();
    expect(h.flow.next(true)).toBeNull();
    expect(h.state).toMatchObject({ phase: 'play', paused: false });
    const release = h.holdSaves();
    h.flow.next(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.flow.end(true)).toBeNull();
    expect(h.state.phase).toBe('podium');
    release();
    await vi.advanceTimersByTimeAsync(TIMINGS.revealMs);
    expect(h.state.phase).toBe('podium');
    expect(h.saved).toHaveLength(1); // what was played is still stored
  });
});
