import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consumeCounted as consume, type LimiterFactory } from '../http/rate-limits.ts';

/**
 * Slows down password guessing without letting anyone lock a trainer out.
 *
 * Every try is counted BEFORE the password is hashed, per (account, source) and per source,
 * where a source is the request's address, or a browser the trainer already signed in with
 * (see DeviceTrust). Past a few free tries each further try must wait a doubling time
 * (capped); a try inside that wait is refused unhashed and still counts. There is no
 * per-account counter across sources: guessing from one address never blocks the same
 * account from another address or device, so an apprentice cannot stop the trainer from
 * signing in before class. Counters live in the limiter store (Redis when scaled out).
 */
export interface ThrottleOptions {
  /** Tries per (account, source) before waits start. */
  freePerAccount: number;
  /** Tries per source, over all accounts, before waits start (a class shares one NAT address). */
  freePerSource: number;
  /** First wait; doubles with every further try. */
  baseDelayMs: number;
  /** Longest wait. */
  maxDelayMs: number;
  /** A counter is forgotten this long after its first try. */
  forgetAfterMs: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
  freePerAccount: 5,
  freePerSource: 30,
  baseDelayMs: 1000,
  maxDelayMs: 5 * 60_000,
  forgetAfterMs: 30 * 60_000,
};

/** Counts tries per key and spaces out those past the free ones by a doubling wait. */
export class BackoffCounter {
  private readonly tries: RateLimiterAbstract;
  private readonly gate: RateLimiterAbstract;

  constructor(store: LimiterFactory, name: string, private readonly opts: Pick<ThrottleOptions, 'baseDelayMs' | 'maxDelayMs' | 'forgetAfterMs'>) {
    this.tries = store.raw({ name: `${name}-tries`, points: 1e9, durationS: Math.ceil(opts.forgetAfterMs / 1000) });
    // One try may pass per wait: the first try past the free ones opens a window of the
    // current wait; every other try in it is refused (atomic in the store, so parallel
    // tries cannot all slip through).
    this.gate = store.raw({ name: `${name}-gate`, points: 1, durationS: 1 });
  }

  private waitS(over: number): number {
    return Math.ceil(Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** Math.min(over - 1, 30)) / 1000);
  }

  /** Counts one try; resolves to 0 when it may go ahead, else the milliseconds to wait. */
  async attempt(key: string, free: number): Promise<number> {
    const tries = await consume(this.tries, key);
    const over = tries.consumed - free;
    if (over <= 0) return 0;
    const gate = await consume(this.gate, key, 1, this.waitS(over));
    return gate.allowed ? 0 : Math.max(1, gate.msBeforeNext);
  }

  /** After a failed try: its wait starts again from now (a slow check must not use it up). */
  async failed(key: string, free: number): Promise<void> {
    const over = ((await this.tries.get(key))?.consumedPoints ?? 0) - free;
    if (over > 0) await this.gate.block(key, this.waitS(over));
  }

  /** Forgets a key (after a success). */
  async reset(key: string): Promise<void> {
    await Promise.all([this.tries.delete(key), this.gate.delete(key)]);
  }

  /** Gives one counted try back (a success should not use up a shared address's free tries). */
  async refund(key: string): Promise<void> {
    await this.tries.reward(key, 1);
  }
}

/**
 * The sign-in throttle: per (account, source) with doubling waits, and per source over all
 * accounts with a fixed pace (one try per `baseDelayMs`, never doubling): a class's shared
 * address sprayed by one apprentice slows hashing there to one try a second, but a trainer on
 * a new browser from that address waits at most that second once the noise stops (review N2c:
 * the doubling per-source wait had reached 155 s).
 */
export class LoginThrottle {
  private readonly counter: BackoffCounter;
  private readonly sourcePace: BackoffCounter;
  private readonly opts: ThrottleOptions;

  constructor(store: LimiterFactory, opts: Partial<ThrottleOptions> = {}) {
    this.opts = { ...DEFAULT_THROTTLE, ...opts };
    this.counter = new BackoffCounter(store, 'login', this.opts);
    this.sourcePace = new BackoffCounter(store, 'login-source', { ...this.opts, maxDelayMs: this.opts.baseDelayMs });
  }

  private keys(account: string, source: string) {
    return { account: `a:${account.toLowerCase()}\u0000${source}`, source: `s:${source}` };
  }

  /**
   * Counts this try before any hashing; resolves to the milliseconds it must still wait (0 = go
   * ahead). The source is asked first: a try it refuses makes no per-account counter, so a
   * flood of made-up login names cannot fill the store with keys.
   */
  async attempt(account: string, source: string): Promise<number> {
    const k = this.keys(account, source);
    const bySource = await this.sourcePace.attempt(k.source, this.opts.freePerSource);
    if (bySource > 0) return bySource;
    return this.counter.attempt(k.account, this.opts.freePerAccount);
  }

  /** A failed sign-in: the wait past the free tries counts from now, after the hash. */
  async fail(account: string, source: string): Promise<void> {
    const k = this.keys(account, source);
    await Promise.all([this.counter.failed(k.account, this.opts.freePerAccount), this.sourcePace.failed(k.source, this.opts.freePerSource)]);
  }

  /** A successful sign-in clears that account's counter for this source and refunds the source's try. */
  async succeed(account: string, source: string): Promise<void> {
    const k = this.keys(account, source);
    await Promise.all([this.counter.reset(k.account), this.sourcePace.refund(k.source)]);
  }
}

/** How long a browser stays trusted after its last sign-in (in-memory timers cap at 24.8 days). */
export const TRUSTED_DEVICE_TTL_S = 21 * 24 * 3600;

/**
 * Browsers a trainer has signed in with (by the hash of their device cookie, per login).
 * Tries from such a browser count against the device, not the shared school address, so an
 * apprentice guessing on the same Wi-Fi cannot slow the trainer's own laptop down. Kept in
 * the limiter store for three weeks after each sign-in.
 */
export class DeviceTrust {
  private readonly known: RateLimiterAbstract;

  constructor(store: LimiterFactory, ttlS = TRUSTED_DEVICE_TTL_S) {
    this.known = store.raw({ name: 'trusted-device', points: 1, durationS: ttlS });
  }

  private key(login: string, deviceHash: string): string {
    return `${login.toLowerCase()}\u0000${deviceHash}`;
  }

  async trust(login: string, deviceHash: string): Promise<void> {
    await this.known.set(this.key(login, deviceHash), 1, this.known.duration);
  }

  async isTrusted(login: string, deviceHash: string): Promise<boolean> {
    return (await this.known.get(this.key(login, deviceHash))) !== null;
  }
}
