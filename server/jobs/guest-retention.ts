import type { SessionRepository } from '../repositories/session-repository.ts';

const EVERY_MS = 60 * 60_000;

/** Deletes expired guest results at start and then hourly (each company sets its own days). Returns a stop function. */
export function startGuestRetention(sessions: SessionRepository, everyMs = EVERY_MS): () => void {
  const sweep = () => {
    sessions.deleteExpiredGuestResults()
      .then((n) => { if (n > 0) console.info(`[retention] deleted ${n} guest results past their company's retention`); })
      .catch((err) => console.error('[retention]', (err as Error).message));
  };
  const first = setTimeout(sweep, 5_000);
  const timer = setInterval(sweep, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
