import type { Db } from '../db/database.ts';
import { purgeDeleted } from '../db/purge.ts';
import { logError } from '../log.ts';

/** A deletion is physically purged this long after it (several deletions share one purge). */
export const PURGE_DELAY_MS = 30_000;

/**
 * Runs purgeDeleted (VACUUM FULL, WAL switch, checkpoint) a little after personal data was
 * deleted, so a deleted apprentice's name is gone from DATA_DIR within a minute, and a
 * batch of deletions costs one purge.
 */
export class PurgeScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly db: Db, private readonly delayMs = PURGE_DELAY_MS) {}

  /** Asks for a purge (at most one pending at a time). */
  request(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.running.then(() => this.run());
    }, this.delayMs);
    this.timer.unref();
  }

  /** Resolves when no purge is pending or running (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.timer) await new Promise((r) => setTimeout(r, 50));
    await this.running;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(): Promise<void> {
    const started = Date.now();
    try {
      await purgeDeleted(this.db);
      console.info(`[purge] deleted personal data purged from the data files (${Date.now() - started} ms)`);
    } catch (err) {
      logError('purge', err);
    }
  }
}
