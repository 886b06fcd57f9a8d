import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consumeCounted as consume, type LimiterFactory } from '../http/rate-limits.ts';

export interface CardThrottleOptions {
  /** Wrong card codes per address before answers to wrong codes are paced. */
  freeFailures: number;
  /** The failure count of an address is forgotten this long after its first failure. */
  forgetAfterS: number;
  /** Past the free failures, an address gets at most one wrong-code answer per this many seconds. */
  paceS: number;
  /** Wrong-code answers one address may have waiting in this process; more are refused unchecked. */
  maxPending: number;
}

/** A class shares one address: many free failures, then one wrong answer a second. */
export const CARD_THROTTLE: CardThrottleOptions = { freeFailures: 20, forgetAfterS: 600, paceS: 1, maxPending: 50 };

/**
 * Join codes (look-up and `joinById`, review N2b/N8): 30 wrong codes a minute per address (and
 * per room) answered at once, then one a second; more than 200 waiting for one key are refused
 * unchecked. A right code never waits.
 */
export const CODE_THROTTLE: CardThrottleOptions = { freeFailures: 30, forgetAfterS: 60, paceS: 1, maxPending: 200 };

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Slows a card guesser down without refusing correct cards. A card is always checked first
 * and a correct one is let in at once; only the answer to a WRONG code waits, paced per
 * address, so one prankster cannot lock the class (same address) out, and guessing from one
 * address gets at most one answer per `paceS`. Only when an address already has
 * `maxPending` wrong answers waiting are further tries refused without a check (RATE_LIMITED).
 */
export class CardThrottle {
  private readonly failures: RateLimiterAbstract;
  private readonly pace: RateLimiterAbstract;
  private readonly pending = new Map<string, number>();
  readonly opts: CardThrottleOptions;

  /** `name` keeps the counters of different secrets apart in the store ("card", "code"). */
  constructor(store: LimiterFactory, opts: Partial<CardThrottleOptions> = {}, name = 'card') {
    this.opts = { ...CARD_THROTTLE, ...opts };
    this.failures = store.raw({ name: `${name}-failures`, points: 1e9, durationS: this.opts.forgetAfterS });
    this.pace = store.raw({ name: `${name}-pace`, points: 1, durationS: this.opts.paceS });
  }

  /** False when this address has too many wrong answers waiting: refuse without checking. */
  admit(source: string): boolean {
    return (this.pending.get(source) ?? 0) < this.opts.maxPending;
  }

  /** Counts a wrong code and resolves when its refusal may be sent (at once while free). */
  async failed(source: string): Promise<void> {
    const count = await consume(this.failures, source);
    if (count.consumed <= this.opts.freeFailures) return;
    this.pending.set(source, (this.pending.get(source) ?? 0) + 1);
    try {
      for (;;) {
        const slot = await consume(this.pace, source);
        if (slot.allowed) return;
        await sleep(Math.max(10, slot.msBeforeNext));
      }
    } finally {
      const left = (this.pending.get(source) ?? 1) - 1;
      if (left > 0) this.pending.set(source, left);
      else this.pending.delete(source);
    }
  }

  /** Wrong codes counted for an address in the current window (for tests and diagnostics). */
  async failuresOf(source: string): Promise<number> {
    return (await this.failures.get(source))?.consumedPoints ?? 0;
  }
}
