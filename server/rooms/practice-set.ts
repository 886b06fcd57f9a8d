import { normalizeCardCode } from '../../shared/core/text.ts';
import type { PlaylistEntry } from '../../shared/protocol/messages.ts';
import { hashToken } from '../auth/session-cookie.ts';
import type { CardThrottle } from '../auth/card-throttle.ts';
import type { ApprenticeRepository } from '../repositories/apprentice-repository.ts';
import { refuse } from './join-options.ts';

// Solo practice with a company's own task set (issue 20 §1): the apprentice's card names the
// company, and only that company's set is pinned (its version current at the start). A card
// of company A never plays B's set: B's set is refused exactly like a missing one. The round
// is stored as practice (the device's practice id, best per set), not on a board or record:
// the solo session belongs to no company.

/** The company of the card a solo player typed or scanned; wrong cards are paced per address and refused (CARD_INVALID). */
export async function practiceCompany(apprentices: ApprenticeRepository, throttle: CardThrottle, raw: unknown, ip: string | undefined): Promise<string> {
  const source = `ip:${ip ?? 'unknown'}`;
  if (!throttle.admit(source)) throw refuse('RATE_LIMITED');
  const code = normalizeCardCode(raw);
  const holder = code.ok ? await apprentices.findByCard(hashToken(code.value)) : null;
  if (!holder) {
    await throttle.failed(source);
    throw refuse('CARD_INVALID');
  }
  return holder.companyId;
}

/**
 * Pins the set for a solo room: `pin` loads it for the company (content-pins.ts) and answers
 * the playlist with the set's title, or a refusal; a missing or another company's set
 * refuses the join with PRACTICE_SET_NOT_FOUND.
 */
export async function pinPracticeSet(item: PlaylistEntry, pin: (items: PlaylistEntry[]) => Promise<PlaylistEntry[] | string>): Promise<PlaylistEntry[]> {
  const pinned = await pin([item]);
  if (typeof pinned === 'string') throw refuse('PRACTICE_SET_NOT_FOUND');
  return pinned;
}
