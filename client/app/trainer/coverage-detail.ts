import { coverageText } from '../../../shared/coverage/texts.ts';
import { CURRICULUM } from '../../../shared/games/curriculum.ts';
import { TRADES } from '../../../shared/games/trades.ts';
import type { ApprenticeCoverage } from '../../../shared/protocol/coverage.ts';
import { lang } from '../../i18n/index.ts';
import { button, h } from '../dom.ts';
import { gameTitle, levelLabel } from '../widgets.ts';
import type { AreaCtx } from './area-context.ts';
import { berlinDay, cv } from './coverage-texts.ts';

// One apprentice's coverage: every item of the trade in the ordinance's words, the levels that
// serve it, and per level how often, how well and when it was played. Practice, not mastery.

export function coverageDetail(ctx: AreaCtx, c: ApprenticeCoverage, close: () => void): HTMLElement {
  const name = c.apprentice.displayName;
  const el = h('section', { class: 'card cov-detail', 'data-testid': 'coverage-detail', 'aria-label': cv('detailTitle', { name }) },
    h('h3', { text: cv('detailTitle', { name }) }));
  const trade = c.tradeId ? TRADES[c.tradeId] : null;
  if (!trade) {
    el.append(h('p', { class: 'warn-box', text: cv('noTrade', { name }) }),
      button(cv('chooseTrade'), () => ctx.go('apprentices', c.apprentice.id), { class: 'btn btn-primary btn-small' }));
  } else {
    el.append(h('p', { class: 'lead', text: trade.regulation ? cv('detailTrade', { trade: trade[lang()], regulation: trade.regulation }) : trade[lang()] }));
    if (c.items.length === 0) el.append(h('p', { class: 'hint', text: cv('tradeNoItems', { trade: trade[lang()] }) }));
    else el.append(h('p', { class: 'hint', text: coverageText(lang(), 'rule', { pct: c.practisedMinPct }) }));
  }
  const list = h('ul', { class: 'item-list', role: 'list' });
  for (const item of c.items) {
    const word = coverageText(lang(), item.status);
    const levels = h('ul', { class: 'cov-levels', 'aria-label': cv('levelsServing') });
    for (const l of item.levels) {
      const what = l.rounds === 0 ? cv('notPlayed') : cv('played', { rounds: cv('rounds', { n: l.rounds }), best: l.bestPct ?? 0, median: l.medianPct ?? 0, when: berlinDay(l.lastPlayedAt) });
      levels.append(h('li', { class: l.practised ? 'cov-practised' : l.rounds > 0 ? 'cov-started' : '' },
        h('strong', { text: cv('levelLine', { game: gameTitle(l.gameId), level: levelLabel(l.gameId, l.level) }) }), `: ${what}`));
    }
    list.append(h('li', { class: 'item', 'data-item': item.itemId },
      h('p', { class: 'item-title' }, h('span', { class: `cov-badge cov-${item.status}`, text: word }), ` ${CURRICULUM[item.itemId].de}`),
      h('p', { class: 'hint', text: CURRICULUM[item.itemId].source }),
      levels));
  }
  if (c.items.length > 0) el.append(list);
  el.append(button(cv('close'), close, { class: 'btn btn-secondary btn-small' }));
  return el;
}
