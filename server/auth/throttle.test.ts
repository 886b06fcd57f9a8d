import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardThrottle } from './card-throttle.ts';
import { createLimiterFactory } from '../http/rate-limits.ts';
import { DeviceTrust, LoginThrottle } from './throttle.ts';

// rate-limiter-flexible's memory store reads Date.now and sets timers: fake both.
beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

async function setup(opts = {}) {
  return new LoginThrottle(await createLimiterFactory(null), { freePerAccount: 3, freePerSource: 10, baseDelayMs: 1000, maxDelayMs: 240_000, ...opts });
}

describe('LoginThrottle', () => {
  it('lets the free tries through, then one try per growing wait, up to the cap', async () => {
    const throttle = await setup({ freePerSource: 1000 }); // the per-account wait alone
    const answers: number[] = [];
    for (let i = 0; i < 16; i++) {
      const wait = await throttle.attempt('anna', 'ip:X');
      answers.push(wait);
      if (wait === 0) await throttle.fail('anna', 'ip:X'); // a wrong password, after its hash
      else await vi.advanceTimersByTimeAsync(wait); // a patient guesser waits as told
    }
    expect(answers.slice(0, 4)).toEqual([0, 0, 0, 0]); // three free, the fourth opens the first wait
    const waits = answers.filter((w) => w > 0);
    expect(waits[0]).toBe(1000);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(Math.min(240_000, 2 * waits[i - 1]!));
    expect(Math.max(...waits)).toBe(240_000);
    // Between the waits exactly one try goes ahead.
    for (let i = 4; i < answers.length - 1; i++) expect(answers[i] === 0 && answers[i + 1] === 0).toBe(false);
  });

  it('counts a try before it is decided: 40 parallel tries let only the free ones and one more through', async () => {
    const throttle = await setup();
    const waits = await Promise.all(Array.from({ length: 40 }, () => throttle.attempt('anna', 'ip:X')));
    expect(waits.filter((w) => w === 0)).toHaveLength(3 + 1);
    expect(Math.min(...waits.filter((w) => w > 0))).toBeGreaterThan(0);
  });

  it('a wait starts again after a slow failed check, so sequential guesses cannot outlast it', async () => {
    const throttle = await setup();
    for (let i = 0; i < 4; i++) expect(await throttle.attempt('anna', 'ip:X')).toBe(0);
    await vi.advanceTimersByTimeAsync(1500); // the hash of the fourth try took longer than its wait
    await throttle.fail('anna', 'ip:X');
    expect(await throttle.attempt('anna', 'ip:X')).toBeGreaterThan(0);
  });

  it('an attacker on address X cannot stop the trainer on address Y or on a trusted device', async () => {
    const throttle = await setup();
    await Promise.all(Array.from({ length: 500 }, () => throttle.attempt('Anna', 'ip:X')));
    expect(await throttle.attempt('anna', 'ip:X')).toBeGreaterThan(0);
    expect(await throttle.attempt('anna', 'ip:Y')).toBe(0);
    expect(await throttle.attempt('ANNA', 'device:abc')).toBe(0);
  });

  it('counts per address over all accounts, so spraying many logins is slowed too', async () => {
    const throttle = await setup();
    for (let i = 0; i < 10; i++) expect(await throttle.attempt(`user${i}`, 'ip:X')).toBe(0);
    expect(await throttle.attempt('user10', 'ip:X')).toBe(0); // first past the free ones opens a wait
    expect(await throttle.attempt('someone-new', 'ip:X')).toBe(1000);
    expect(await throttle.attempt('someone-new', 'ip:Y')).toBe(0);
  });

  it('N2c: a sprayed shared address is paced, never blocked: a new trainer there waits at most one pace', async () => {
    const throttle = await setup();
    for (let i = 0; i < 80; i++) {
      await throttle.attempt(`bogus${i}`, 'ip:S');
      await throttle.fail(`bogus${i}`, 'ip:S');
    }
    // Before: the 80th try had doubled the address's wait to minutes (155 s in the review).
    const wait = await throttle.attempt('tom', 'ip:S');
    expect(wait).toBeLessThanOrEqual(1000);
    await vi.advanceTimersByTimeAsync(wait);
    expect(await throttle.attempt('tom', 'ip:S')).toBe(0);
  });

  it('a success clears the account counter and gives the shared address its try back; old tries are forgotten', async () => {
    const throttle = await setup({ forgetAfterMs: 60_000 });
    for (let i = 0; i < 3; i++) await throttle.attempt('anna', 'ip:X');
    await throttle.succeed('anna', 'ip:X');
    for (let i = 0; i < 3; i++) expect(await throttle.attempt('anna', 'ip:X')).toBe(0);
    // Nine trainers signing in successfully from one school address use up none of its free tries.
    for (let i = 0; i < 9; i++) {
      await throttle.attempt(`t${i}`, 'ip:S');
      await throttle.succeed(`t${i}`, 'ip:S');
    }
    for (let i = 0; i < 10; i++) expect(await throttle.attempt(`x${i}`, 'ip:S')).toBe(0);
    for (let i = 0; i < 6; i++) await throttle.attempt('ben', 'ip:Z');
    expect(await throttle.attempt('ben', 'ip:Z')).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(60_001);
    expect(await throttle.attempt('ben', 'ip:Z')).toBe(0);
  });
});

describe('DeviceTrust', () => {
  it('trusts a device for one login, case-insensitively, until it expires', async () => {
    const trust = new DeviceTrust(await createLimiterFactory(null), 10);
    await trust.trust('Anna', 'h1');
    expect(await trust.isTrusted('anna', 'h1')).toBe(true);
    expect(await trust.isTrusted('ben', 'h1')).toBe(false);
    expect(await trust.isTrusted('anna', 'h2')).toBe(false);
    await vi.advanceTimersByTimeAsync(10_001);
    expect(await trust.isTrusted('anna', 'h1')).toBe(false);
  });
});

describe('CardThrottle', () => {
  it('answers the free wrong codes at once, then at most one per pace, and refuses unchecked past the pending cap', async () => {
    const cards = new CardThrottle(await createLimiterFactory(null), { freeFailures: 5, paceS: 1, maxPending: 10 });
    for (let i = 0; i < 5; i++) await cards.failed('ip:X'); // resolves without timers moving
    const answeredAt: number[] = [];
    const start = Date.now();
    const waiting = Array.from({ length: 11 }, () => cards.failed('ip:X').then(() => answeredAt.push(Date.now() - start)));
    await vi.advanceTimersByTimeAsync(0);
    expect(cards.admit('ip:X')).toBe(false); // one answered, ten wrong answers waiting: the next try is refused unchecked
    expect(cards.admit('ip:Y')).toBe(true); // other addresses are not affected
    await vi.advanceTimersByTimeAsync(12_000);
    await Promise.all(waiting);
    expect(answeredAt).toHaveLength(11);
    // One answer per second at most: eleven answers need about ten seconds.
    expect(Math.max(...answeredAt)).toBeGreaterThanOrEqual(10_000);
    for (let i = 1; i < answeredAt.length; i++) expect(answeredAt[i]! - answeredAt[i - 1]!).toBeGreaterThanOrEqual(900);
    expect(cards.admit('ip:X')).toBe(true);
    expect(await cards.failuresOf('ip:X')).toBe(16);
  });
});
