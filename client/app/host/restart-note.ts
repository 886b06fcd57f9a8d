import { t } from '../../i18n/index.ts';
import type { SessionSnapshot } from '../../net/snapshot.ts';
import { h, setText } from '../dom.ts';

// The projector's line after the server restarted and brought this session back (review N1):
// seats and finished rounds are kept; a round that was running then was not counted.

/** The restart notice: empty and hidden unless `state.restartNote` says the session came back. */
export function restartNoteLine(): { el: HTMLElement; update(s: SessionSnapshot): void } {
  const el = h('p', { class: 'restart-note', role: 'status', 'data-testid': 'restart-note' });
  return {
    el,
    update(s) {
      el.hidden = !s.restartNote;
      setText(el, s.restartNote === 'roundLost' ? t('host.restartRoundLost') : s.restartNote ? t('host.restarted') : '');
    },
  };
}
