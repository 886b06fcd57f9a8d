import { logError } from '../log.ts';
import type { SessionRepository } from '../repositories/session-repository.ts';

const EVERY_MS = 60 * 60_000;

/**
 * Deletes expired results at start and then hourly: guest results of company sessions past
 * their company's setting, and anonymous solo practice past `practiceDays`
 * (PRACTICE_RETENTION_DAYS), then asks for a purge of the data files when anything was
 * deleted. Returns a stop function.
 */
export function startRetention(sessions: SessionRepository, practiceDays: number, everyMs = EVERY_MS, purge: { request(): void } = { request: () => {} }): () => void {
  const sweep = async () => {
    try {
      const guests = await sessions.deleteExpiredGuestResults();
      if (guests > 0) console.info(`[retention] deleted ${guests} guest results past their company's retention`);
      const practice = await sessions.deleteExpiredPractice(practiceDays);
      if (practice > 0) console.info(`[retention] deleted ${practice} solo practice sessions older than ${practiceDays} days`);
      // Deleted rows stay readable in the data files until purged (review N9: guest nicknames).
      if (guests > 0 || practice > 0) purge.request();
    } catch (err) {
      logError('retention', err);
    }
  };
  const first = setTimeout(() => void sweep(), 5_000);
  const timer = setInterval(() => void sweep(), everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
