import { t } from '../i18n/index.ts';
import { standingsOf, type PlayerSnapshot, type SessionSnapshot } from '../net/snapshot.ts';
import { h } from './dom.ts';

// Scoreboard and podium, the same for projector and phone (the phone marks its own row).
// The projector ranks every player; a phone gets the leaders only (and its own place).

function rankOf(p: PlayerSnapshot, index: number): number {
  return p.rank > 0 ? p.rank : index + 1;
}

function row(p: PlayerSnapshot, index: number, ownId: string | null, withRound: boolean): HTMLLIElement {
  const own = p.id === ownId;
  return h('li', { class: `standing${own ? ' is-own' : ''}${p.connected ? '' : ' is-away'}` },
    h('span', { class: 'standing-rank', text: `${rankOf(p, index)}.` }),
    h('span', { class: 'standing-name', text: p.nickname }),
    own ? h('span', { class: 'standing-you', text: t('scoreboard.you') }) : null,
    h('span', { class: 'standing-score', text: t('common.points', { n: p.score }) }),
    withRound ? h('span', { class: 'standing-round', text: t('scoreboard.roundPoints', { n: p.roundScore }) }) : null,
  );
}

/** Ranked list of totals with this round's points (ownId null: the host's full list). */
export function scoreboardList(s: SessionSnapshot, ownId: string | null): HTMLElement {
  const list = h('ol', { class: 'standings', role: 'list', 'aria-label': t('scoreboard.title') });
  standingsOf(s, ownId === null ? 'host' : 'player').forEach((p, i) => list.append(row(p, i, ownId, true)));
  return list;
}

/** Podium: the first three on steps, the others shown below (ownId null: the host's full list). */
export function podiumView(s: SessionSnapshot, ownId: string | null): HTMLElement {
  const ranked = standingsOf(s, ownId === null ? 'host' : 'player');
  const steps = h('ol', { class: 'podium-steps', role: 'list', 'aria-label': t('podium.title') });
  ranked.slice(0, 3).forEach((p, i) => {
    const rank = rankOf(p, i);
    steps.append(h('li', { class: `podium-step podium-${i + 1}${p.id === ownId ? ' is-own' : ''}` },
      h('span', { class: 'podium-place', text: t('podium.place', { n: rank }) }),
      h('span', { class: 'podium-name', text: p.nickname }),
      h('span', { class: 'podium-score', text: t('common.points', { n: p.score }) }),
    ));
  });
  const rest = h('ol', { class: 'standings', role: 'list', start: 4 });
  ranked.slice(3).forEach((p, i) => rest.append(row(p, i + 3, ownId, false)));
  const me = ownId ? s.players[ownId] : undefined;
  // The own place first: on a phone it is the one line that matters most.
  return h('div', { class: 'podium', 'data-testid': 'podium' },
    me && me.rank > 0 ? h('p', { class: 'lead own-place', text: t('podium.yourPlace', { rank: me.rank, n: s.playerCount }) }) : null,
    steps,
    ranked.length > 3 ? rest : null,
  );
}
