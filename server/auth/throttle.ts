/**
 * Slows down password guessing without letting anyone lock a trainer out.
 *
 * Failures are counted per (account, source) and per source, where a source is the
 * request's address, or a browser the trainer already signed in with (a device token,
 * see DeviceTrust below). Past a few free attempts each further failure
 * doubles a wait, capped at a few minutes. There is no per-account counter across sources:
 * guessing from one address never blocks the same account from another address or device,
 * so an apprentice cannot stop the trainer from signing in before class.
 * In memory: a restart forgets the counters (acceptable for one process; with several
 * processes each counts alone, which only multiplies an attacker's rate by their number).
 */

export interface ThrottleOptions {
  /** Failures per (account, source) before waits start. */
  freePerAccount: number;
  /** Failures per source, over all accounts, before waits start (a class shares one NAT address). */
  freePerSource: number;
  /** First wait; doubles with every further failure. */
  baseDelayMs: number;
  /** Longest wait. */
  maxDelayMs: number;
  /** A counter is forgotten this long after its last failure. */
  forgetAfterMs: number;
  /** Most counters kept (oldest dropped first) so a flood cannot fill memory. */
  maxEntries: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
  freePerAccount: 5,
  freePerSource: 30,
  baseDelayMs: 1000,
  maxDelayMs: 5 * 60_000,
  forgetAfterMs: 30 * 60_000,
  maxEntries: 50_000,
};

interface Counter {
  failures: number;
  lastFailureAt: number;
  blockedUntil: number;
}

export class LoginThrottle {
  private readonly counters = new Map<string, Counter>();
  private readonly opts: ThrottleOptions;

  constructor(private readonly now: () => number, opts: Partial<ThrottleOptions> = {}) {
    this.opts = { ...DEFAULT_THROTTLE, ...opts };
  }

  private keys(account: string, source: string): [string, number][] {
    return [[`a:${account.toLowerCase()}\u0000${source}`, this.opts.freePerAccount], [`s:${source}`, this.opts.freePerSource]];
  }

  private live(key: string): Counter | undefined {
    const c = this.counters.get(key);
    if (c && this.now() - c.lastFailureAt > this.opts.forgetAfterMs) {
      this.counters.delete(key);
      return undefined;
    }
    return c;
  }

  /** Milliseconds this attempt must still wait (0 = may try now). */
  waitMs(account: string, source: string): number {
    let wait = 0;
    for (const [key] of this.keys(account, source)) wait = Math.max(wait, (this.live(key)?.blockedUntil ?? 0) - this.now());
    return Math.max(0, wait);
  }

  /** Records a failed attempt and returns the wait before the next one is allowed. */
  fail(account: string, source: string): number {
    const now = this.now();
    for (const [key, free] of this.keys(account, source)) {
      const c = this.live(key) ?? { failures: 0, lastFailureAt: now, blockedUntil: 0 };
      c.failures++;
      c.lastFailureAt = now;
      const over = c.failures - free;
      if (over > 0) c.blockedUntil = now + Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** Math.min(over - 1, 30));
      this.counters.delete(key); // re-insert: Map order = least recently failed first
      this.counters.set(key, c);
    }
    while (this.counters.size > this.opts.maxEntries) this.counters.delete(this.counters.keys().next().value as string);
    return this.waitMs(account, source);
  }

  /** A successful sign-in clears that account's counter for this source (not the source's own). */
  succeed(account: string, source: string): void {
    this.counters.delete(this.keys(account, source)[0]![0]);
  }
}

/**
 * Browsers a trainer has signed in with (by the hash of their device cookie, per login).
 * Attempts from such a browser count against the device, not the shared school address,
 * so an apprentice guessing on the same Wi-Fi cannot slow the trainer's own laptop down.
 * In memory and bounded; after a restart a trainer is throttled by address until the next success.
 */
export class DeviceTrust {
  private readonly known = new Map<string, number>();

  constructor(private readonly now: () => number, private readonly ttlMs = 180 * 24 * 60 * 60_000, private readonly maxEntries = 20_000) {}

  private key(login: string, deviceHash: string): string {
    return `${login.toLowerCase()}\u0000${deviceHash}`;
  }

  trust(login: string, deviceHash: string): void {
    const key = this.key(login, deviceHash);
    this.known.delete(key);
    this.known.set(key, this.now() + this.ttlMs);
    while (this.known.size > this.maxEntries) this.known.delete(this.known.keys().next().value as string);
  }

  isTrusted(login: string, deviceHash: string): boolean {
    const until = this.known.get(this.key(login, deviceHash));
    return until !== undefined && until > this.now();
  }
}
