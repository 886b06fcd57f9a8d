import { t } from '../../i18n/index.ts';
import { playersByRank, type PlayerSnapshot, type SessionSnapshot } from '../../net/snapshot.ts';
import { h } from '../dom.ts';
import type { PhaseBody } from './host-play.ts';

// The projector's scoreboard: the leaders as bars that start at their standing before this
// round and move to their new rank and length (CSS transitions; none with reduced motion).

/** Rows that fit a 1080p projector at the minimum text size. */
const TOP_ROWS = 8;

/** Rank order before this round (total minus this round's points). */
function previousOrder(players: PlayerSnapshot[]): string[] {
  return players.toSorted((a, b) => (b.score - b.roundScore) - (a.score - a.roundScore) || a.nickname.localeCompare(b.nickname)).map((p) => p.id);
}

function rankOf(p: PlayerSnapshot, index: number): number {
  return p.rank > 0 ? p.rank : index + 1;
}

export function scoreboardBody(first: SessionSnapshot, side: HTMLElement): PhaseBody {
  const list = h('ol', { class: 'score-bars', role: 'list', 'aria-label': t('scoreboard.title') });
  const more = h('p', { class: 'score-more' });
  const el = h('div', { class: 'show-body scoreboard-body' }, h('div', { class: 'score-main' }, list, more), side);
  let drawn = '';
  const draw = (s: SessionSnapshot) => {
    const ranked = playersByRank(s);
    const key = ranked.map((p) => `${p.id}:${p.score}:${p.nickname}:${p.connected}`).join('|');
    if (key === drawn) return;
    const firstDraw = drawn === '';
    drawn = key;
    const before = previousOrder(ranked);
    const top = Math.max(1, ranked[0]?.score ?? 1);
    list.replaceChildren(...ranked.slice(0, TOP_ROWS).map((p, i) => {
      const was = before.indexOf(p.id);
      const row = h('li', { class: `score-row${p.connected ? '' : ' is-away'}` },
        h('span', { class: 'score-rank', text: `${rankOf(p, i)}.` }),
        h('span', { class: 'score-name', text: p.nickname, title: p.nickname }),
        h('span', { class: 'score-track' }, h('span', { class: 'score-fill' })),
        h('span', { class: 'score-total', text: t('common.points', { n: p.score }) }),
        h('span', { class: 'score-plus', text: p.roundScore > 0 ? t('scoreboard.roundPoints', { n: p.roundScore }) : '' }));
      // Start where the player stood before this round; the class below moves it home.
      row.style.setProperty('--from-rows', String(firstDraw ? Math.min(was, TOP_ROWS) - i : 0));
      row.style.setProperty('--from-share', String(firstDraw ? (p.score - p.roundScore) / top : p.score / top));
      row.style.setProperty('--share', String(p.score / top));
      return row;
    }));
    more.textContent = ranked.length > TOP_ROWS ? t('scoreboard.moreBelow', { n: ranked.length - TOP_ROWS }) : '';
    // Next frame: let the rows travel to their new place and length.
    requestAnimationFrame(() => requestAnimationFrame(() => list.classList.add('is-settled')));
  };
  return { el, update: draw, destroy: () => {} };
}
