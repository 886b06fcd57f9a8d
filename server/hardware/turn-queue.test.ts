import { describe, expect, it } from 'vitest';
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
    const q = new TurnQueue(2, 3);
    const seen: number[] = [];
    expect([1, 2, 3, 4].map((n) => q.push(() => seen.push(n)))).toEqual([true, true, true, false]);
    await turnsDone();
    expect(seen).toEqual([1, 2, 3]);
    expect(q.push(() => seen.push(5))).toBe(true);
    await turnsDone();
    expect(seen).toEqual([1, 2, 3, 5]);
  });
});
