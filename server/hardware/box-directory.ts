import type { BoxAuth } from '../repositories/box-repository.ts';

// The gateway's memory of box keys: a database look-up per box and minute at most, unknown
// ids remembered as unknown (a scan of made-up ids costs one look-up each, then nothing), and
// a bound on look-ups per second for ids not in memory.

/** How long a looked-up box (or its absence) is remembered, in ms. */
const KEEP_MS = 60_000;
/** Entries kept at most. */
const MAX_ENTRIES = 10_000;
/**
 * Database look-ups per second for ids not in memory (a primary-key read each); more count as
 * unknown until the next second. High enough for a class switching on 200 boxes at once
 * (each box's first message), low enough that a scan of made-up ids cannot load the database.
 */
const LOOKUPS_PER_SECOND = 500;

export class BoxDirectory {
  private readonly known = new Map<string, { box: BoxAuth | null; until: number }>();
  private windowStart = 0;
  private lookups = 0;

  constructor(private readonly lookup: (id: string) => Promise<BoxAuth | null>, private readonly now: () => number) {}

  /** The box's keys, or null when unknown (or when too many unknown ids were looked up this second). */
  async find(id: string): Promise<BoxAuth | null> {
    const t = this.now();
    const hit = this.known.get(id);
    if (hit && hit.until > t) return hit.box;
    if (t - this.windowStart >= 1000) {
      this.windowStart = t;
      this.lookups = 0;
    }
    if (++this.lookups > LOOKUPS_PER_SECOND) return null;
    const box = await this.lookup(id);
    if (this.known.size >= MAX_ENTRIES) this.known.delete(this.known.keys().next().value as string);
    this.known.set(id, { box, until: t + KEEP_MS });
    return box;
  }

  /** Revoked or deleted: looked up afresh next time. */
  forget(id: string): void {
    this.known.delete(id);
  }
}
