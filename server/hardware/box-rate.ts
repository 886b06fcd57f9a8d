import { BOX_FLOOD_PAUSE_MS, BOX_MAX_MESSAGES_PER_SECOND } from '../../shared/protocol/hardware.ts';

// The per-box message bound (docs/HARDWARE.md §Limits): a token bucket of
// BOX_MAX_MESSAGES_PER_SECOND tokens, refilled continuously; a box that runs it dry is
// flooding and is ignored for BOX_FLOOD_PAUSE_MS. Keys are box ids (or client ids).

interface Bucket {
  tokens: number;
  at: number;
  pausedUntil: number;
}

/** Keys kept at most; the oldest are forgotten first (unknown ids cannot grow memory). */
const MAX_KEYS = 5000;

export class BoxRate {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly now: () => number,
    private readonly perSecond = BOX_MAX_MESSAGES_PER_SECOND,
    private readonly pauseMs = BOX_FLOOD_PAUSE_MS,
  ) {}

  /**
   * Counts one message of `key`: 'ok', 'flooded' (this message ran the bucket dry: drop the
   * box now) or 'paused' (still inside its pause: ignore silently).
   */
  take(key: string): 'ok' | 'flooded' | 'paused' {
    const t = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= MAX_KEYS) this.buckets.delete(this.buckets.keys().next().value as string);
      b = { tokens: this.perSecond, at: t, pausedUntil: 0 };
      this.buckets.set(key, b);
    }
    if (t < b.pausedUntil) return 'paused';
    b.tokens = Math.min(this.perSecond, b.tokens + ((t - b.at) / 1000) * this.perSecond);
    b.at = t;
    if (b.tokens < 1) {
      b.pausedUntil = t + this.pauseMs;
      b.tokens = this.perSecond;
      return 'flooded';
    }
    b.tokens -= 1;
    return 'ok';
  }

  /** True while `key` sits out a flood pause. */
  paused(key: string): boolean {
    return this.now() < (this.buckets.get(key)?.pausedUntil ?? 0);
  }
}
