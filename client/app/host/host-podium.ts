import { t } from '../../i18n/index.ts';
import { playersByRank, type SessionSnapshot } from '../../net/snapshot.ts';
import { h } from '../dom.ts';
import { celebrate, stopCelebration } from '../show/confetti.ts';
import { nothingPlayed, sessionEndedNotice } from '../show/session-ended.ts';
import { play } from '../show/sound.ts';
import type { PhaseBody } from './host-play.ts';

// The projector's podium: three steps that rise one after the other (third, second, first),
// names on top, a fanfare and confetti; places 4 to 10 in a line below.

const STEP_ORDER = [2, 1, 3];
const REST_SHOWN = 7;

export function podiumBody(first: SessionSnapshot, side: HTMLElement): PhaseBody {
  const stage = h('ol', { class: 'podium-stage', role: 'list', 'aria-label': t('podium.title'), 'data-testid': 'podium' });
  const rest = h('ol', { class: 'podium-rest', role: 'list' });
  const el = h('div', { class: 'show-body podium-body' }, h('div', { class: 'podium-main' }, stage, rest), side);
  let drawn = '';
  let celebrated = false;
  const draw = (s: SessionSnapshot) => {
    if (nothingPlayed(s)) {
      if (drawn !== 'ended') stage.replaceChildren(h('li', { class: 'podium-ended' }, sessionEndedNotice()));
      drawn = 'ended';
      return;
    }
    const ranked = playersByRank(s);
    const key = ranked.map((p) => `${p.id}:${p.score}:${p.nickname}`).join('|');
    if (key === drawn) return;
    drawn = key;
    stage.replaceChildren(...STEP_ORDER.map((place) => {
      const p = ranked[place - 1];
      if (!p) return null;
      const rank = p.rank > 0 ? p.rank : place;
      return h('li', { class: `podium-col podium-col-${place}` },
        h('span', { class: 'podium-who', text: p.nickname, title: p.nickname }),
        h('span', { class: 'podium-points', text: t('common.points', { n: p.score }) }),
        h('span', { class: 'podium-block' }, h('span', { class: 'podium-rank', text: t('podium.place', { n: rank }) })));
    }).filter((li): li is HTMLLIElement => li !== null));
    rest.replaceChildren(...ranked.slice(3, 3 + REST_SHOWN).map((p, i) =>
      h('li', { class: 'podium-rest-row' },
        h('span', { class: 'score-rank', text: `${p.rank > 0 ? p.rank : i + 4}.` }),
        h('span', { class: 'score-name', text: p.nickname }),
        h('span', { class: 'score-total', text: t('common.points', { n: p.score }) }))));
    if (!celebrated && ranked.length > 0) {
      celebrated = true;
      play('fanfare');
      // The confetti falls as the first place arrives on its step.
      setTimeout(() => void celebrate(), 900);
    }
  };
  return { el, update: draw, destroy: stopCelebration };
}
