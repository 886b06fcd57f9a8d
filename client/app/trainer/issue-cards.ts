import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { accountsApi, type Apprentice } from '../../net/accounts-api.ts';
import type { PrintedCard } from './area-context.ts';
import { errorCodeOf } from './form-kit.ts';

/**
 * Issues a new card for each apprentice, one after the other (each makes the old card of
 * that apprentice stop working). Returns the cards issued, and the first error if one failed.
 */
export async function issueCards(apprentices: readonly Apprentice[]): Promise<{ cards: PrintedCard[]; error: ErrorCode | null }> {
  const cards: PrintedCard[] = [];
  for (const a of apprentices) {
    try {
      const reply = await accountsApi.issueCard(a.id);
      cards.push({ apprentice: reply.apprentice, card: reply.card });
    } catch (err) {
      return { cards, error: errorCodeOf(err) };
    }
  }
  return { cards, error: null };
}
