import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flowHarness, TIMINGS, type FlowHarness } from '../../tests/helpers/flow-harness.ts';
import { PROBE_CUE_MS, PROBE_ID, TEST_GAMES } from '../../tests/helpers/probe-game.ts';

// When a round is stored and whose result it holds: phase-machine rules checked here on the
// fake clock with the probe game (the integration files keep one wire-level check each).

/** A hosted flow of one probe round per playlist item, the host setting the pace. */
function harness(rounds = 1): FlowHarness {
  const h = flowHarness('hosted', false, TIMINGS, { games: TEST_GAMES });
  h.flow.setPlaylist([{ gameId: PROBE_ID, level: 1, rounds }]);
  return h;
}

/** Answers the probe's one cue for round `round`. */
const answer = (h: FlowHarness, seat: ReturnType<FlowHarness['addPlayer']>, round: number, rtMs: number) =>
  h.flow.answer(seat, { round, data: { trial: 0, rtMs } });

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_700_000_000_000);
});
afterEach(() => vi.useRealTimers());

describe('storing rounds', () => {
  it('shows the reveal only after the round is stored', async () => {
    const h = harness();
    const anna = h.addPlayer('Anna');
    const release = h.holdSaves();
    expect(h.flow.start()).toBeNull();
    await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs + PROBE_CUE_MS);
    expect(answer(h, anna, 0, 200)).toBeNull();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.saved).toEqual([]);
    expect(h.state.phase).toBe('play'); // still storing: nobody sees results yet
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.saved).toHaveLength(1);
    expect(h.state.phase).toBe('reveal');
    expect(h.failures).toEqual([]);
  });

  it('stores no result for a player away for the whole round; a connected silent one scores 0', async () => {
    const h = harness(2);
    const [mia, gina] = ['Mia', 'Gina'].map((n) => h.addPlayer(n)) as [ReturnType<FlowHarness['addPlayer']>, ReturnType<FlowHarness['addPlayer']>];
    h.flow.start();
    await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs + PROBE_CUE_MS);
    answer(h, mia, 0, 100);
    answer(h, gina, 0, 300);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.state.phase).toBe('reveal');
    h.state.players.get(mia.id)!.connected = false; // Mia's phone is away from here on
    h.flow.next(); // scoreboard
    h.flow.next(); // countdown of round 2
    await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs);
    expect(h.state.phase).toBe('play');
    await vi.advanceTimersByTimeAsync(60_000); // the round runs out; Gina stays silent
    expect(h.state.phase).toBe('reveal');
    const second = h.saved.find((r) => r.roundIndex === 1)!;
    expect(second.results.map((r) => [r.nickname, r.score])).toEqual([['Gina', 0]]);
    expect(h.state.players.get(mia.id)?.score).toBe(900); // her first round's points stay
    expect(h.failures).toEqual([]);
  });

  it('play again clears the leaders and totals before the next play', async () => {
    const h = harness();
    const anna = h.addPlayer('Anna');
    h.flow.start();
    await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs + PROBE_CUE_MS);
    answer(h, anna, 0, 100);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.state.leaders.length).toBe(1);
    expect(h.flow.end(true)).toBeNull(); // the host confirmed (a session with players)
    expect(h.flow.again()).toBeNull();
    expect(h.state.leaders.length).toBe(0);
    expect(h.state.players.get(anna.id)?.score).toBe(0);
    expect(h.failures).toEqual([]);
  });
});
