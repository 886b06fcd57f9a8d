import type { ApprenticeRepository } from '../repositories/apprentice-repository.ts';
import { nameKey } from './name-key.ts';

// Review N10: in a company round a guest could take an apprentice's display name before she
// arrived ("Mia"); she then played as "Mia 2" and the host could not tell who was who. The
// display names of the company's apprentices are kept for their cards: a guest asking for
// one (or a look-alike) gets NICKNAME_TAKEN.

/** How long a company's names are kept in memory before they are read again (ms). */
const CACHE_MS = 30_000;

export class ReservedNames {
  private readonly cache = new Map<string, { keys: Set<string>; until: number }>();

  constructor(private readonly apprentices: Pick<ApprenticeRepository, 'list'>, private readonly now: () => number = Date.now) {}

  /** True when `nickname` looks like the display name of one of `companyId`'s apprentices. */
  async taken(companyId: string | null, nickname: string): Promise<boolean> {
    if (companyId === null) return false;
    let entry = this.cache.get(companyId);
    if (!entry || entry.until < this.now()) {
      const keys = new Set((await this.apprentices.list(companyId)).map((a) => nameKey(a.displayName)));
      entry = { keys, until: this.now() + CACHE_MS };
      if (this.cache.size > 1000) this.cache.clear();
      this.cache.set(companyId, entry);
    }
    return entry.keys.has(nameKey(nickname));
  }
}
