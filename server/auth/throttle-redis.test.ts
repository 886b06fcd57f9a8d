import { describe, expect, it } from 'vitest';
import { createLimiterFactory } from '../http/rate-limits.ts';
import { LoginThrottle } from './throttle.ts';

const redisUrl = process.env.REDIS_URL ?? null;
if (!redisUrl) console.info('[skip] sign-in throttle across processes: REDIS_URL is not set (CI sets it).');

describe.skipIf(!redisUrl)('sign-in throttle on Redis', () => {
  it('two processes share the count: of 40 parallel tries only the free ones and one more go ahead', async () => {
    const [a, b] = await Promise.all([createLimiterFactory(redisUrl), createLimiterFactory(redisUrl)]);
    try {
      const account = `anna-${Math.random()}`;
      const [ta, tb] = [new LoginThrottle(a, { freePerAccount: 5 }), new LoginThrottle(b, { freePerAccount: 5 })];
      const waits = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? ta : tb).attempt(account, `ip:${account}`)));
      expect(waits.filter((w) => w === 0)).toHaveLength(6);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
