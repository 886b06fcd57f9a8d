import { coverageText } from '../../../shared/coverage/texts.ts';
import { CURRICULUM } from '../../../shared/games/curriculum.ts';
import { TRADE_IDS, TRADES } from '../../../shared/games/trades.ts';
import type { CoverageCell, CoverageMatrix, CoverageRow } from '../../../shared/protocol/coverage.ts';
import { lang, t } from '../../i18n/index.ts';
import { accountsApi, downloadUrl } from '../../net/accounts-api.ts';
import { button, h, labelledSelect } from '../dom.ts';
import type { AreaCtx } from './area-context.ts';
import { coverageDetail } from './coverage-detail.ts';
import { berlinDay, cv, shortItem } from './coverage-texts.ts';
import { downloadLink, loadInto, sectionEl } from './section-kit.ts';

// "Übungsstand": per group (trade, training year or all) a matrix apprentices × curriculum
// items that shows at a glance who practised what and where help pays off (issue 21 §2), a
// CSV of it, and one apprentice's detail below (the section's param opens it directly).
// Readable from the back of a room: big cells, status as symbol + word + colour.

const SYMBOL = { practised: '✓', started: '◐', open: '○', 'no-levels': '·' } as const;

export function coverageSection(ctx: AreaCtx, apprenticeId: string | null): HTMLElement {
  const tradeSel = labelledSelect(cv('group'), [['all', cv('tradeAll')], ...TRADE_IDS.map((id): [string, string] => [id, TRADES[id][lang()]]), ['none', cv('tradeNone')]], 'all', { 'data-testid': 'coverage-trade' });
  const yearSel = labelledSelect(cv('year'), [['all', cv('yearAll')], ...[1, 2, 3, 4].map((y): [string, string] => [String(y), t('apprentice.yearN', { n: y })])], 'all', { 'data-testid': 'coverage-year' });
  const matrixHolder = h('div', { 'aria-live': 'polite' });
  const detail = h('div', { 'aria-live': 'polite' });
  const csv = downloadLink('', cv('csv'), cv('csvOf'));
  const showDetail = (id: string) => loadInto(detail, ctx, () => accountsApi.coverage(id), (c) => {
    const view = coverageDetail(ctx, c, () => detail.replaceChildren());
    requestAnimationFrame(() => view.scrollIntoView({ behavior: 'smooth', block: 'start' }));
    return view;
  });
  const reload = () => {
    const group = { trade: tradeSel.select.value, year: yearSel.select.value };
    csv.href = downloadUrl.coverageCsv(group, lang());
    loadInto(matrixHolder, ctx, () => accountsApi.coverageMatrix(group), (m) => matrixView(ctx, m, showDetail));
  };
  tradeSel.select.addEventListener('change', reload);
  yearSel.select.addEventListener('change', reload);
  reload();
  if (apprenticeId) showDetail(apprenticeId);
  return sectionEl(t('area.coverage'),
    h('p', { class: 'hint', text: cv('intro') }),
    h('div', { class: 'cov-filters' }, tradeSel.wrap, yearSel.wrap, csv),
    matrixHolder, detail);
}

function cellView(cell: CoverageCell | null | undefined, name: string, item: string): HTMLElement {
  if (!cell) return h('td', { class: 'cov-cell cov-none', 'aria-label': `${name}, ${item}: ${cv('legendNotInTrade')}`, text: '—' });
  const word = coverageText(lang(), cell.status);
  const meta = cell.rounds > 0 ? [cv('rounds', { n: cell.rounds }), cell.bestPct === null ? null : cv('best', { pct: cell.bestPct })].filter(Boolean).join(' · ') : '';
  const when = cell.lastPlayedAt ? berlinDay(cell.lastPlayedAt) : '';
  return h('td', { class: `cov-cell cov-${cell.status}`, title: [word, meta, when].filter(Boolean).join(' · ') },
    h('span', { class: 'cov-word' }, h('span', { class: 'cov-symbol', 'aria-hidden': 'true', text: SYMBOL[cell.status] }), ` ${word}`),
    meta ? h('span', { class: 'cov-meta', text: meta }) : null);
}

function rowView(m: CoverageMatrix, r: CoverageRow, open: (id: string) => void, ctx: AreaCtx): HTMLElement {
  const cells = m.items.map((id) => r.cells[id]);
  const own = cells.filter((c): c is CoverageCell => !!c && c.status !== 'no-levels');
  const trade = r.tradeId ? TRADES[r.tradeId][lang()] : null;
  // Old free text (or which "Sonstiger Beruf") helps to choose; a listed trade shows its own name.
  const shown = r.tradeId && r.tradeId !== 'sonstiger' ? trade : r.tradeText || trade;
  const who = h('th', { scope: 'row', class: 'cov-name' },
    button(r.displayName, () => open(r.apprenticeId), { class: 'link-button', 'aria-label': cv('details', { name: r.displayName }) }),
    h('span', { class: 'cov-meta', text: [shown, t('apprentice.yearN', { n: r.trainingYear })].filter(Boolean).join(' · ') }));
  if (!trade) who.append(button(cv('chooseTrade'), () => ctx.go('apprentices', r.apprenticeId), { class: 'btn btn-secondary btn-small cov-choose', 'aria-label': cv('chooseTradeOf', { name: r.displayName }) }));
  const summary = own.length === 0 ? (trade ? coverageText(lang(), 'tradeNoItems') : '–') : cv('summaryOf', { n: own.filter((c) => c.status === 'practised').length, total: own.length });
  // The count comes right after the name: on a narrow screen the items scroll, the count stays in view.
  return h('tr', { 'data-apprentice': r.apprenticeId }, who,
    h('td', { class: 'cov-summary', text: summary }),
    ...m.items.map((id, i) => cellView(cells[i], r.displayName, shortItem(id))));
}

function matrixView(ctx: AreaCtx, m: CoverageMatrix, open: (id: string) => void): Node {
  if (m.rows.length === 0) return h('p', { class: 'hint', text: cv('none') });
  const head = h('tr', {}, h('th', { scope: 'col', text: cv('apprentice') }), h('th', { scope: 'col', text: cv('summary') }),
    ...m.items.map((id) => h('th', { scope: 'col', class: 'cov-item', title: `${CURRICULUM[id].de} (${CURRICULUM[id].source})` },
      h('span', { text: shortItem(id) }), h('span', { class: 'cov-id', text: id }))));
  const pct = m.practisedMinPct;
  return h('div', { class: 'cov-wrap', 'data-testid': 'coverage-matrix' },
    m.items.length === 0 ? h('p', { class: 'hint', text: cv('noItems') }) : null,
    ...scrollingTable(h('table', { class: 'data-table cov-matrix' }, h('caption', { class: 'visually-hidden', text: cv('caption') }),
      h('thead', {}, head), h('tbody', {}, ...m.rows.map((r) => rowView(m, r, open, ctx))))),
    h('ul', { class: 'cov-legend', 'aria-label': cv('legendTitle') },
      h('li', { class: 'cov-practised' }, `${SYMBOL.practised} ${cv('legendPractised', { pct })}`),
      h('li', { class: 'cov-started' }, `${SYMBOL.started} ${cv('legendStarted', { pct })}`),
      h('li', { class: 'cov-open' }, `${SYMBOL.open} ${cv('legendOpen')}`),
      h('li', { class: 'cov-none' }, `— ${cv('legendNotInTrade')}`)),
    m.items.length === 0 ? null : h('details', { class: 'cov-items' }, h('summary', { text: cv('itemsTitle') }),
      h('dl', {}, ...m.items.flatMap((id) => [h('dt', { text: `${shortItem(id)} (${id})` }), h('dd', { text: `${CURRICULUM[id].de} — ${CURRICULUM[id].source}` })]))));
}

/**
 * The matrix in a sideways scroller whose name column stays put (CSS: sticky) and which says
 * when items lie to the right: a line with a "weiter" button above and a fade at the right
 * edge, both gone at the end (newcomer, issue 21: at 1280 px the last column lay out of view
 * with nothing telling so).
 */
function scrollingTable(table: HTMLElement): HTMLElement[] {
  const scroller = h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': cv('caption') }, table);
  const frame = h('div', { class: 'cov-scroll' }, scroller);
  const more = h('p', { class: 'cov-more', 'data-testid': 'coverage-more', hidden: '' },
    h('span', { text: cv('moreRight') }),
    button(cv('moreButton'), () => scroller.scrollBy({ left: scroller.clientWidth * 0.8, behavior: 'smooth' }), { class: 'btn btn-secondary btn-small' }));
  const update = () => {
    const rest = scroller.scrollWidth - scroller.clientWidth - scroller.scrollLeft;
    more.hidden = rest <= 1;
    frame.classList.toggle('cov-scroll-more', rest > 1);
  };
  scroller.addEventListener('scroll', update, { passive: true });
  new ResizeObserver(update).observe(scroller);
  return [more, frame];
}
