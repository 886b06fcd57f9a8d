import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PhaseTimer, RoomTimers } from './timers.ts';

const T0 = 1_700_000_000_000;
/** The injected clock reads the faked system time, which advances with the fake timers. */
const now = () => Date.now();
/** A clock 5 s ahead of the system time. */
const skewed = () => Date.now() + 5_000;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('PhaseTimer', () => {
  it('set() returns the end time from the injected clock and fires once, on time', () => {
    const timer = new PhaseTimer(now, () => {});
    const action = vi.fn();
    expect(timer.set(3_000, action)).toBe(T0 + 3_000);
    vi.advanceTimersByTime(2_999);
    expect(action).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('uses the injected clock, not Date.now, for end times', () => {
    const timer = new PhaseTimer(skewed, () => {});
    expect(timer.set(1_000, () => {})).toBe(T0 + 6_000);
    vi.advanceTimersByTime(400);
    expect(timer.pause()).toBe(600);
    expect(timer.resume()).toBe(T0 + 400 + 5_000 + 600);
  });

  it('a new set() replaces the earlier deadline', () => {
    const timer = new PhaseTimer(now, () => {});
    const first = vi.fn();
    const second = vi.fn();
    timer.set(1_000, first);
    vi.advanceTimersByTime(500);
    timer.set(1_000, second);
    vi.advanceTimersByTime(5_000);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('clear() cancels; pause and resume then do nothing', () => {
    const timer = new PhaseTimer(now, () => {});
    const action = vi.fn();
    timer.set(1_000, action);
    timer.clear();
    expect(timer.pause()).toBe(0);
    expect(timer.resume()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(action).not.toHaveBeenCalled();
  });

  it('pause() stops the clock and returns what was left; resume() continues for exactly that long', () => {
    const timer = new PhaseTimer(now, () => {});
    const action = vi.fn();
    timer.set(10_000, action);
    vi.advanceTimersByTime(4_000);
    expect(timer.pause()).toBe(6_000);
    vi.advanceTimersByTime(60_000); // a long pause
    expect(action).not.toHaveBeenCalled();
    const resumedAt = Date.now();
    expect(timer.resume()).toBe(resumedAt + 6_000);
    vi.advanceTimersByTime(5_999);
    expect(action).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('pausing twice keeps the first remainder; resuming a running timer changes nothing', () => {
    const timer = new PhaseTimer(now, () => {});
    const action = vi.fn();
    timer.set(5_000, action);
    expect(timer.resume()).toBe(0);
    vi.advanceTimersByTime(1_000);
    expect(timer.pause()).toBe(4_000);
    vi.advanceTimersByTime(1_000);
    expect(timer.pause()).toBe(0);
    expect(timer.resume()).toBe(Date.now() + 4_000);
    expect(timer.resume()).toBe(0);
    vi.advanceTimersByTime(4_000);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('several pause/resume cycles add up to the original duration of running time', () => {
    const timer = new PhaseTimer(now, () => {});
    const action = vi.fn();
    timer.set(3_000, action);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(500);
      timer.pause();
      vi.advanceTimersByTime(10_000);
      timer.resume();
    }
    vi.advanceTimersByTime(499);
    expect(action).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('never reports a negative remainder when the clock has already passed the end', () => {
    let clock = T0;
    const timer = new PhaseTimer(() => clock, () => {});
    timer.set(1_000, () => {});
    clock += 5_000; // injected clock jumped ahead of the timers
    expect(timer.pause()).toBe(0);
  });

  it('resume() after the action fired does nothing', () => {
    const timer = new PhaseTimer(now, () => {});
    const action = vi.fn();
    timer.set(100, action);
    vi.advanceTimersByTime(100);
    expect(timer.pause()).toBe(0);
    expect(timer.resume()).toBe(0);
    vi.advanceTimersByTime(1_000);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('an action that throws is reported to onError, not thrown, and the timer stays usable', () => {
    const onError = vi.fn();
    const timer = new PhaseTimer(now, onError);
    const boom = new Error('boom');
    timer.set(100, () => { throw boom; });
    expect(() => vi.advanceTimersByTime(100)).not.toThrow();
    expect(onError).toHaveBeenCalledWith(boom);
    const next = vi.fn();
    timer.set(100, next);
    vi.advanceTimersByTime(100);
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('an action may set the next deadline from inside itself (phase chaining)', () => {
    const timer = new PhaseTimer(now, () => {});
    const second = vi.fn();
    timer.set(100, () => { timer.set(200, second); });
    vi.advanceTimersByTime(100);
    expect(second).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(second).toHaveBeenCalledTimes(1);
  });
});

describe('RoomTimers', () => {
  it('runs callbacks after their delay; a negative delay runs at once', () => {
    const timers = new RoomTimers();
    const a = vi.fn();
    const b = vi.fn();
    timers.after(1_000, a, () => {});
    timers.after(-50, b, () => {});
    vi.advanceTimersByTime(0);
    expect(b).toHaveBeenCalledTimes(1);
    expect(a).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(a).toHaveBeenCalledTimes(1);
  });

  it('clearAll() cancels everything pending', () => {
    const timers = new RoomTimers();
    const fns = [vi.fn(), vi.fn(), vi.fn()];
    fns.forEach((fn, i) => timers.after(100 * (i + 1), fn, () => {}));
    vi.advanceTimersByTime(100);
    timers.clearAll();
    vi.advanceTimersByTime(10_000);
    expect(fns.map((f) => f.mock.calls.length)).toEqual([1, 0, 0]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes errors to onError instead of throwing', () => {
    const timers = new RoomTimers();
    const onError = vi.fn();
    const later = vi.fn();
    timers.after(10, () => { throw new Error('x'); }, onError);
    timers.after(20, later, onError);
    expect(() => vi.advanceTimersByTime(20)).not.toThrow();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(later).toHaveBeenCalledTimes(1);
  });
});
