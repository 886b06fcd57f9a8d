import { afterEach, describe, expect, it, vi } from 'vitest';
import { TurnQueue } from './turn-queue.ts';

const turnsDone = () => new Promise<void>((r) => setImmediate(() => setImmediate(() => setImmediate(r))));

describe('turn queue', () => {
  it('runs one job per event-loop turn, so work that came in meanwhile runs between two jobs', async () => {
    const q = new TurnQueue();
    const seen: string[] = [];
    // "A phone's answer" arrives while the first box job runs: it must not wait for the second.
    q.push(() => (seen.push('box 1'), setImmediate(() => seen.push('phone'))));
    q.push(() => seen.push('box 2'));
    expect(q.size).toBe(2);
    await turnsDone();
    expect(seen).toEqual(['box 1', 'phone', 'box 2']);
    expect(q.size).toBe(0);
  });

  it('keeps the order, runs every job once, and refuses jobs beyond its bound', async () => {
    const q = new TurnQueue({ perTurn: 2, maxWaiting: 3 });
    const seen: number[] = [];
    expect([1, 2, 3, 4].map((n) => q.push(() => seen.push(n)))).toEqual([true, true, true, false]);
    await turnsDone();
    expect(seen).toEqual([1, 2, 3]);
    expect(q.push(() => seen.push(5))).toBe(true);
    await turnsDone();
    expect(seen).toEqual([1, 2, 3, 5]);
  });

  // The hold is about time: a fake clock, so a busy machine cannot make a sleep overrun a bound.
  const FAKE = { toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'performance'] as const };
  afterEach(() => void vi.useRealTimers());

  it('holds jobs back while holdFor() says so (phones answering), and starts them when it is quiet', async () => {
    vi.useFakeTimers({ toFake: [...FAKE.toFake] });
    const start = performance.now();
    let busyUntil = start + 60;
    const q = new TurnQueue({ holdFor: () => busyUntil - performance.now(), maxHoldMs: 5000 });
    const ran: number[] = [];
    q.push(() => ran.push(performance.now() - start));
    await vi.advanceTimersByTimeAsync(30);
    expect(ran).toEqual([]); // still busy
    // A further answer keeps it busy: the job waits on.
    busyUntil = performance.now() + 50;
    await vi.advanceTimersByTimeAsync(30);
    expect(ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(30);
    expect(ran).toHaveLength(1);
    expect(ran[0]).toBeGreaterThanOrEqual(80);
    expect(q.size).toBe(0);
  });

  it('never holds a job longer than maxHoldMs after its push, however busy it stays', async () => {
    vi.useFakeTimers({ toFake: [...FAKE.toFake] });
    const q = new TurnQueue({ holdFor: () => 10_000, maxHoldMs: 60 });
    const ran: number[] = [];
    const start = performance.now();
    q.push(() => ran.push(performance.now() - start));
    q.push(() => ran.push(performance.now() - start));
    await vi.advanceTimersByTimeAsync(59);
    expect(ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(5);
    // The first at its deadline, the second (pushed with it) in the turn after.
    expect(ran).toHaveLength(2);
    expect(ran[0]).toBe(60);
    expect(ran[1]).toBeLessThanOrEqual(62);
  });

  it('counts what a job already waited elsewhere (the broker held it) towards maxHoldMs', async () => {
    vi.useFakeTimers({ toFake: [...FAKE.toFake] });
    const q = new TurnQueue({ holdFor: () => 10_000, maxHoldMs: 60 });
    const ran: number[] = [];
    const start = performance.now();
    q.push(() => ran.push(performance.now() - start), 45);
    await vi.advanceTimersByTimeAsync(14);
    expect(ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(3);
    expect(ran).toEqual([15]);
  });
});
