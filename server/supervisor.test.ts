import { describe, expect, it } from 'vitest';
import { CRASH_EXIT_CODE } from './process-guards.ts';
import { CRASH_WINDOW_MS, MAX_CRASHES, RESTART_DELAY_MS, isCrash, restartDelay } from './supervisor.ts';

describe('supervisor: which exits are crashes', () => {
  it('restarts after an uncaught exception and after a signal nobody here sent', () => {
    expect(isCrash({ code: CRASH_EXIT_CODE, signal: null }, false)).toBe(true);
    expect(isCrash({ code: null, signal: 'SIGKILL' }, false)).toBe(true);
    expect(isCrash({ code: null, signal: 'SIGSEGV' }, false)).toBe(true);
  });

  it('does not restart a clean stop, a configuration error, a locked data dir or a failed start', () => {
    for (const code of [0, 1, 2, 3]) expect(isCrash({ code, signal: null }, false), `exit ${code}`).toBe(false);
  });

  it('never restarts once asked to stop', () => {
    expect(isCrash({ code: CRASH_EXIT_CODE, signal: null }, true)).toBe(false);
    expect(isCrash({ code: null, signal: 'SIGTERM' }, true)).toBe(false);
  });
});

describe('supervisor: restart pacing', () => {
  it('waits longer after each recent crash and gives up after MAX_CRASHES in the window', () => {
    const now = 1_000_000;
    const crashes: number[] = [];
    const delays: (number | null)[] = [];
    for (let i = 0; i <= MAX_CRASHES; i++) {
      delays.push(restartDelay(crashes, now));
      crashes.push(now);
    }
    expect(delays.slice(0, 3)).toEqual([RESTART_DELAY_MS, RESTART_DELAY_MS, 2 * RESTART_DELAY_MS]);
    expect(delays[MAX_CRASHES]).toBeNull();
  });

  it('forgets crashes older than the window', () => {
    const old = Array.from({ length: MAX_CRASHES }, () => 0);
    expect(restartDelay(old, CRASH_WINDOW_MS + 1)).toBe(RESTART_DELAY_MS);
  });
});
