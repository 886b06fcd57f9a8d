import { t } from '../../i18n/index.ts';
import type { SessionSnapshot } from '../../net/snapshot.ts';
import { h, setText } from '../dom.ts';

// "n von m bereit" on the projector (lobby and countdown): phones that have the playlist's
// game code loaded (the `ready` message; the server counts, docs/PROTOCOL.md §5).

/** Connected phones of a snapshot (the host's view lists every seat; a buzzer box loads no game code, the server counts phones only). */
function connectedPlayers(s: SessionSnapshot): number {
  const list = Object.values(s.players);
  return list.length > 0 ? list.filter((p) => p.connected && !p.box).length : s.playerCount;
}

/** The ready line for the host; `update` with each snapshot. */
export function readyCountLine(): { el: HTMLElement; update(s: SessionSnapshot): void } {
  const el = h('p', { class: 'ready-count', 'data-testid': 'ready-count', 'aria-live': 'polite' });
  return {
    el,
    update: (s) => {
      const total = connectedPlayers(s);
      setText(el, total > 0 ? t('host.ready', { n: Math.min(s.readyCount, total), total }) : '');
      el.classList.toggle('all-ready', total > 0 && s.readyCount >= total);
    },
  };
}
