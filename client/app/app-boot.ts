import { normalizeCardCode, normalizeJoinCode } from '../../shared/core/text.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { saveCard } from '../net/card-store.ts';
import { forgetSession, savedSeat, tabSession, type StoredSession } from '../net/stored-session.ts';

// Where the app starts, from the address and what this device kept: the projector board
// (/?board=1), back into the tab's session (a reload), back into a seat this device holds in
// the linked round (a closed tab), the join form (a round's or a card's QR link), or home.

export type BootTarget =
  | { kind: 'board'; game: string; period: 'week' | 'month' | 'all' }
  /** Connection check: /?check on the projector, /?check=<id> from its QR code on a phone. */
  | { kind: 'check'; id: string | null }
  | { kind: 'rejoin'; stored: StoredSession }
  | { kind: 'join'; draft: string | null; error: ErrorCode | null }
  | { kind: 'home' };

/**
 * Reads location.search and the stored sessions. Side effects: a card from the link is
 * saved on the device and leaves the address bar (and the history); a tab session of
 * another round than the link's is forgotten.
 */
export function bootTarget(): BootTarget {
  const params = new URLSearchParams(location.search);
  if (params.get('board') === '1') {
    const period = params.get('period');
    return { kind: 'board', game: params.get('game') || 'all', period: period === 'month' || period === 'all' ? period : 'week' };
  }
  const check = params.get('check');
  if (check !== null) return { kind: 'check', id: check === '' ? null : check };
  const card = params.get('card');
  if (card !== null) {
    const checked = normalizeCardCode(card);
    if (checked.ok) saveCard(checked.value);
    params.delete('card');
    history.replaceState(history.state, '', `${location.pathname}${params.size > 0 ? `?${params}` : ''}`);
    if (!tabSession()) return { kind: 'join', draft: null, error: checked.ok ? null : 'CARD_INVALID' };
  }
  const raw = params.get('code');
  const linkCode = raw === null ? null : normalizeJoinCode(raw);
  const stored = tabSession();
  const sameRound = stored && (stored.role === 'host' || linkCode === null || (linkCode.ok && linkCode.value === stored.code));
  if (stored && sameRound) return { kind: 'rejoin', stored };
  if (stored) forgetSession(false); // the link names another round than the one stored
  const seat = linkCode?.ok ? savedSeat(linkCode.value) : null;
  if (seat) return { kind: 'rejoin', stored: seat };
  if (raw !== null) return { kind: 'join', draft: linkCode?.ok ? linkCode.value : raw, error: null };
  return { kind: 'home' };
}
