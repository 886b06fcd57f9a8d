import { describe, expect, it } from 'vitest';
import { DeviceTrust, LoginThrottle } from './throttle.ts';

function setup(opts = {}) {
  let now = 1_000_000;
  const clock = { advance: (ms: number) => { now += ms; } };
  const throttle = new LoginThrottle(() => now, { freePerAccount: 3, freePerSource: 10, baseDelayMs: 1000, maxDelayMs: 240_000, ...opts });
  return { throttle, clock };
}

describe('LoginThrottle', () => {
  it('lets the first few failures through, then waits longer with every failure, up to the cap', () => {
    const { throttle, clock } = setup();
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      expect(throttle.waitMs('anna', 'ip:X')).toBe(0);
      waits.push(throttle.fail('anna', 'ip:X'));
      clock.advance(waits.at(-1)!);
    }
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits.slice(3, 7)).toEqual([1000, 2000, 4000, 8000]);
    expect(Math.max(...waits)).toBe(240_000);
    expect(waits.at(-1)).toBe(240_000);
  });

  it('refuses during the wait and allows once it passed', () => {
    const { throttle, clock } = setup();
    for (let i = 0; i < 4; i++) throttle.fail('anna', 'ip:X');
    expect(throttle.waitMs('anna', 'ip:X')).toBe(1000);
    clock.advance(600);
    expect(throttle.waitMs('anna', 'ip:X')).toBe(400);
    clock.advance(400);
    expect(throttle.waitMs('anna', 'ip:X')).toBe(0);
  });

  it('an attacker on address X cannot stop the trainer on address Y', () => {
    const { throttle } = setup();
    for (let i = 0; i < 500; i++) throttle.fail('Anna', 'ip:X');
    expect(throttle.waitMs('anna', 'ip:X')).toBeGreaterThan(0);
    expect(throttle.waitMs('anna', 'ip:Y')).toBe(0);
    expect(throttle.waitMs('ANNA', 'device:abc')).toBe(0);
  });

  it('counts per address over all accounts, so spraying many logins is slowed too', () => {
    const { throttle } = setup();
    for (let i = 0; i < 10; i++) throttle.fail(`user${i}`, 'ip:X');
    expect(throttle.waitMs('someone-new', 'ip:X')).toBe(0);
    throttle.fail('user10', 'ip:X');
    expect(throttle.waitMs('someone-new', 'ip:X')).toBe(1000);
    expect(throttle.waitMs('someone-new', 'ip:Y')).toBe(0);
  });

  it('a success clears the account counter for that source; old failures are forgotten', () => {
    const { throttle, clock } = setup({ forgetAfterMs: 60_000 });
    for (let i = 0; i < 3; i++) throttle.fail('anna', 'ip:X');
    throttle.succeed('anna', 'ip:X');
    expect(throttle.fail('anna', 'ip:X')).toBe(0);
    for (let i = 0; i < 5; i++) throttle.fail('ben', 'ip:Z');
    clock.advance(60_001);
    expect(throttle.waitMs('ben', 'ip:Z')).toBe(0);
    expect(throttle.fail('ben', 'ip:Z')).toBe(0);
  });

  it('keeps at most maxEntries counters', () => {
    const { throttle } = setup({ maxEntries: 100 });
    for (let i = 0; i < 1000; i++) throttle.fail(`u${i}`, `ip:${i}`);
    expect((throttle as unknown as { counters: Map<string, unknown> }).counters.size).toBeLessThanOrEqual(100);
  });
});

describe('DeviceTrust', () => {
  it('trusts a device for one login, case-insensitively, until it expires', () => {
    let now = 0;
    const trust = new DeviceTrust(() => now, 1000);
    trust.trust('Anna', 'h1');
    expect(trust.isTrusted('anna', 'h1')).toBe(true);
    expect(trust.isTrusted('ben', 'h1')).toBe(false);
    expect(trust.isTrusted('anna', 'h2')).toBe(false);
    now = 1001;
    expect(trust.isTrusted('anna', 'h1')).toBe(false);
  });
});
