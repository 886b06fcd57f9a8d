// Which phones have the game code loaded (the `ready` message, docs/PROTOCOL.md). The
// projector shows "n von m bereit"; the countdown waits a bounded time for phones that are
// not ready for the coming round's game (READY_WAIT_MAX_MS), so none starts its first cue
// while it still downloads. Only seats that ever sent `ready` are waited for: the web client
// sends `ready { games: [] }` on joining, bots and other clients that never do are not.

/** Longest the countdown is stretched for phones still loading (then play starts anyway). */
export const READY_WAIT_MAX_MS = 10_000;
/** How often the stretched countdown looks again. */
export const READY_POLL_MS = 250;

/** Game ids each seat reported as loaded. Pure bookkeeping, no I/O. */
export class Readiness {
  private readonly loaded = new Map<string, Set<string>>();

  /** Records the games a seat has loaded (a report replaces nothing: loaded code stays loaded). */
  mark(seatId: string, gameIds: readonly string[]): void {
    let set = this.loaded.get(seatId);
    if (!set) this.loaded.set(seatId, (set = new Set()));
    for (const id of gameIds) set.add(id);
  }

  /** True when the seat reported every one of `gameIds` (true for none). */
  isReady(seatId: string, gameIds: readonly string[]): boolean {
    const set = this.loaded.get(seatId);
    return gameIds.every((id) => set?.has(id) ?? false);
  }

  /** How many of `seatIds` are ready for every one of `gameIds`. */
  count(seatIds: Iterable<string>, gameIds: readonly string[]): number {
    let n = 0;
    for (const id of seatIds) if (this.isReady(id, gameIds)) n++;
    return n;
  }

  /**
   * True when no seat among `seatIds` that ever reported is missing `gameId`. Clients that
   * never send `ready` (bots, other clients) are not waited for.
   */
  allReportingReady(seatIds: Iterable<string>, gameId: string): boolean {
    for (const id of seatIds) if (this.loaded.has(id) && !this.isReady(id, [gameId])) return false;
    return true;
  }

  forget(seatId: string): void {
    this.loaded.delete(seatId);
  }
}
