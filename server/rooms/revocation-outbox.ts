import { logError } from '../log.ts';

/**
 * Revocations that could not be published (Redis down or frozen: every call times out within
 * 500 ms, see server/redis-clients.ts). Retried every RETRY_MS until Redis answers, then sent
 * again after 1 and 2 more seconds, because the other processes' subscriptions reconnect to the
 * same Redis a moment later and would miss a message sent before. Receivers act on each id
 * once. Kept at most KEEP_MS (far beyond the 60 s outage the README promises to cover) and at
 * most MAX_WAITING revocations (the oldest are dropped, logged).
 */
export const RETRY_MS = 250;
const REPEAT_AFTER_MS = [1000, 2000];
const KEEP_MS = 10 * 60_000;
const MAX_WAITING = 10_000;

interface Waiting {
  message: unknown;
  nextAt: number;
  repeatsLeft: number;
  until: number;
}

export class RevocationOutbox {
  private readonly waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;
  private busy = false;

  constructor(private readonly publish: (message: unknown) => unknown, private readonly now: () => number = Date.now) {}

  /** Publishes now; on failure keeps the message for retries. Never throws. */
  async send(message: unknown): Promise<void> {
    try {
      await this.publish(message);
    } catch (err) {
      logError('revocation (kept, sent when Redis is back)', err);
      if (this.waiting.length >= MAX_WAITING) {
        this.waiting.shift();
        logError('revocation', new Error('outbox full: the oldest waiting revocation is dropped'));
      }
      const t = this.now();
      this.waiting.push({ message, nextAt: t + RETRY_MS, repeatsLeft: REPEAT_AFTER_MS.length + 1, until: t + KEEP_MS });
      this.schedule();
    }
  }

  /** Revocations not yet sent (or still to be repeated). */
  get size(): number {
    return this.waiting.length;
  }

  private schedule(): void {
    if (this.timer || this.waiting.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush().finally(() => this.schedule());
    }, RETRY_MS);
    this.timer.unref?.();
  }

  private async flush(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      for (const w of this.waiting.slice()) {
        const t = this.now();
        if (t > w.until) w.repeatsLeft = 0;
        else if (t >= w.nextAt) {
          try {
            await this.publish(w.message);
            w.repeatsLeft--;
            w.nextAt = this.now() + (REPEAT_AFTER_MS[REPEAT_AFTER_MS.length - w.repeatsLeft] ?? 0);
          } catch {
            w.nextAt = this.now() + RETRY_MS;
            break; // Redis still away: the rest would time out too
          }
        }
        if (w.repeatsLeft <= 0) this.waiting.splice(this.waiting.indexOf(w), 1);
      }
    } finally {
      this.busy = false;
    }
  }
}
