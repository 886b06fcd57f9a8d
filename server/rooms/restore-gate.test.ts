import { afterEach, describe, expect, it, vi } from 'vitest';
import { RestoreGate } from './restore-gate.ts';

describe('RestoreGate', () => {
  afterEach(() => vi.useRealTimers());

  it('holds requests until the restore is over, then lets every request through at once', async () => {
    const gate = new RestoreGate(60_000);
    let through = 0;
    const held = [gate.wait(), gate.wait()].map((p) => p.then(() => through++));
    await Promise.resolve();
    expect([gate.waiting, through]).toEqual([2, 0]);
    gate.release();
    await Promise.all(held);
    expect([gate.waiting, through]).toEqual([0, 2]);
    await gate.wait(); // after the restore: no wait
    expect(gate.waiting).toBe(0);
  });

  it('lets a request through after maxWaitMs when the restore hangs', async () => {
    vi.useFakeTimers();
    const gate = new RestoreGate(1000);
    let through = false;
    const held = gate.wait().then(() => (through = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(through).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await held;
    expect([through, gate.waiting]).toEqual([true, 0]);
  });
});
