import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reaktion } from '../../shared/games/reaktion/index.ts';
import { flowHarness, TIMINGS } from '../../tests/helpers/flow-harness.ts';

// Issue 19, M2/M3: the controls that act on the whole class never harm it by one click.
// "Weiter" in play and "Beenden" with players need the host's confirmation; a round the
// host cut short is stored as ended early (on no board), and what never happened is no miss.

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

async function inPlay(level = 1) {
  const h = flowHarness('hosted', false);
  h.addPlayer('Lena');
  h.flow.setPlaylist([{ gameId: 'reaktion', level, rounds: 2 }]);
  h.flow.start();
  await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs);
  expect(h.state.phase).toBe('play');
  return h;
}

describe('M2: "Weiter" during play', () => {
  it('does nothing without the confirmation (a late or doubled click keeps the round running)', async () => {
    const h = await inPlay();
    expect(h.flow.next()).toBe('CONFIRM_REQUIRED');
    expect(h.flow.next(false)).toBe('CONFIRM_REQUIRED');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.state.phase).toBe('play');
    expect(h.saved).toHaveLength(0);
  });

  it('ends play when confirmed: stored as ended early, trials that never came are no misses', async () => {
    const h = await inPlay();
    await vi.advanceTimersByTimeAsync(800); // 0.8 s into play: no signal has been shown yet
    expect(h.flow.next(true)).toBeNull();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.state).toMatchObject({ phase: 'reveal', roundEndedEarly: true });
    expect(h.saved).toHaveLength(1);
    expect(h.saved[0]).toMatchObject({ endedEarly: true });
    expect(h.saved[0]?.results[0]?.detail).toMatchObject({ misses: 0, hits: 0 });
    // The next round starts fresh: not marked.
    h.flow.next();
    h.flow.next();
    expect(h.state).toMatchObject({ phase: 'countdown', roundEndedEarly: false });
  });

  it('counts a signal whose answer window closed before the stop as missed, and the later ones not', async () => {
    const h = await inPlay(2);
    const round = reaktion.createRound(h.seeds[0] as number, 2);
    const shown = round.trials.filter((t) => !t.catch);
    const first = shown[0]!;
    await vi.advanceTimersByTimeAsync(first.endMs + 10);
    h.flow.next(true);
    await vi.advanceTimersByTimeAsync(0);
    const closed = round.trials.filter((t) => !t.catch && t.endMs <= first.endMs + 10).length;
    expect(h.saved[0]?.results[0]?.detail).toMatchObject({ misses: closed, audioMisses: closed });
    expect(closed).toBeLessThan(shown.length);
  });

  it('a round that runs to its end is not marked', async () => {
    const h = await inPlay();
    await vi.advanceTimersByTimeAsync(reaktion.playDurationMs(reaktion.createRound(h.seeds[0] as number, 1)));
    expect(h.state).toMatchObject({ phase: 'reveal', roundEndedEarly: false });
    expect(h.saved[0]).toMatchObject({ endedEarly: false });
    expect(h.saved[0]?.results[0]?.detail).toMatchObject({ misses: 5 });
  });

  it('solo: the player may end the own round without being asked', async () => {
    const h = flowHarness('solo');
    h.addPlayer('Anna');
    h.flow.startSolo('reaktion', 1);
    await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs);
    expect(h.flow.next()).toBeNull();
  });
});

describe('M3: "Beenden"', () => {
  it('with players seated asks first, in every phase', async () => {
    const h = flowHarness('hosted', false);
    h.addPlayer('Lena');
    expect(h.flow.end()).toBe('CONFIRM_REQUIRED');
    expect(h.state.phase).toBe('lobby');
    h.flow.setPlaylist([{ gameId: 'reaktion', level: 1, rounds: 1 }]);
    expect(h.flow.start()).toBeNull();
    expect(h.flow.end()).toBe('CONFIRM_REQUIRED');
    await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs);
    expect(h.flow.end()).toBe('CONFIRM_REQUIRED');
    expect(h.state.phase).toBe('play');
    expect(h.flow.end(true)).toBeNull();
    expect(h.state.phase).toBe('podium');
    expect(h.ended()).toBe(1);
  });

  it('an empty lobby closes at once', () => {
    const h = flowHarness('hosted', false);
    expect(h.flow.end()).toBeNull();
    expect(h.state.phase).toBe('podium');
  });
});
