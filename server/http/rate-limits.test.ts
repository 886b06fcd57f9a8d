import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createLimiterFactory, type LimiterFactory } from './rate-limits.ts';

const factories: LimiterFactory[] = [];
afterAll(async () => {
  for (const f of factories) await f.close();
});

async function factory(url: string | null): Promise<LimiterFactory> {
  const f = await createLimiterFactory(url);
  factories.push(f);
  return f;
}

/** Counts how many of `n` events for one key are allowed. */
async function allowed(consume: () => Promise<{ ok: boolean }>, n: number): Promise<number> {
  let ok = 0;
  for (let i = 0; i < n; i++) if ((await consume()).ok) ok++;
  return ok;
}

describe('rate limits', () => {
  it('allows the points of a window, then refuses with the seconds to wait; keys are apart', async () => {
    const limits = await factory(null);
    const lim = limits.limiter({ name: `t-${randomUUID()}`, points: 5, durationS: 60, blockS: 30 });
    expect(await allowed(() => lim.consume('a'), 8)).toBe(5);
    const verdict = await lim.consume('a');
    expect(verdict).toEqual({ ok: false, retryAfterS: expect.any(Number) });
    if (!verdict.ok) expect(verdict.retryAfterS).toBeGreaterThan(0);
    expect((await lim.check('a')).ok).toBe(false);
    expect((await lim.check('b')).ok).toBe(true);
    await lim.reset('a');
    expect((await lim.consume('a')).ok).toBe(true);
  });

  it('falls back to a limit in memory when Redis cannot be reached (never fails open for long, never crashes)', async () => {
    const limits = await factory('redis://127.0.0.1:1');
    const lim = limits.limiter({ name: `t-${randomUUID()}`, points: 3, durationS: 60 });
    expect(await allowed(() => lim.consume('x'), 6)).toBe(3);
  });

  it.skipIf(!process.env.REDIS_URL)('counts across processes through Redis (two factories share one limit)', async () => {
    const [a, b] = [await factory(process.env.REDIS_URL!), await factory(process.env.REDIS_URL!)];
    const name = `t-${randomUUID()}`;
    const [limA, limB] = [a.limiter({ name, points: 4, durationS: 60 }), b.limiter({ name, points: 4, durationS: 60 })];
    const okA = await allowed(() => limA.consume('shared'), 3);
    const okB = await allowed(() => limB.consume('shared'), 3);
    expect(okA + okB).toBe(4);
  });
});
