import { t } from '../../i18n/index.ts';
import type { SessionSnapshot } from '../../net/snapshot.ts';
import { h } from '../dom.ts';

// Issue 19, M3: a session ended before any round was played to its end has nobody to
// honour. Projector and phones then say that it ended, instead of an empty Siegerehrung
// (or one of players with 0 points) with a fanfare.

/** True on the podium when no round was finished (the leaders fill after each finished round). */
export function nothingPlayed(s: SessionSnapshot): boolean {
  return s.phase === 'podium' && s.leaders.length === 0;
}

/** The notice shown instead of the podium (the screen's title says "Sitzung beendet"). */
export function sessionEndedNotice(): HTMLElement {
  return h('div', { class: 'session-ended', 'data-testid': 'session-ended' },
    h('p', { class: 'session-ended-text', text: t('podium.nothingPlayedText') }));
}
