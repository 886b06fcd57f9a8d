import { t } from '../../i18n/index.ts';
import type { SessionSnapshot } from '../../net/snapshot.ts';
import { nothingPlayed, sessionEndedNotice } from '../show/session-ended.ts';

/**
 * The phone's podium screen when the session ended before any finished round (M3): the title
 * says "Sitzung beendet" and the notice replaces the empty podium. True when it did so.
 */
export function endedWithoutRound(screen: HTMLElement, holder: HTMLElement, s: SessionSnapshot): boolean {
  if (!nothingPlayed(s)) return false;
  const title = screen.querySelector('h1');
  if (title) title.textContent = t('podium.nothingPlayed');
  if (holder.dataset.ended !== '1') holder.replaceChildren(sessionEndedNotice());
  holder.dataset.ended = '1';
  return true;
}
