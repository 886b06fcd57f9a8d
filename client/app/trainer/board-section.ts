import { t } from '../../i18n/index.ts';
import { accountsApi, type BoardPeriod } from '../../net/accounts-api.ts';
import { boardNote, boardPageUrl, boardTable, boardTitle, gameOptions, isBoardPeriod, periodOptions } from '../board/board-table.ts';
import { button, h, labelledSelect } from '../dom.ts';
import type { AreaCtx } from './area-context.ts';
import { loadInto, sectionEl } from './section-kit.ts';

// "Bestenliste": the company board by game and period, and a button that opens it as a
// self-refreshing page for the projector.

/** The last choice, kept while the page is open (coming back to the section keeps it). */
const choice: { game: string; period: BoardPeriod } = { game: 'all', period: 'week' };

export function boardSection(ctx: AreaCtx): HTMLElement {
  const game = labelledSelect(t('board.game'), gameOptions(), choice.game);
  const period = labelledSelect(t('board.period'), periodOptions(), choice.period);
  const holder = h('div', { 'aria-live': 'polite' });
  const load = () => loadInto(holder, ctx, () => accountsApi.board(choice.game, choice.period), (board) => h('div', {},
    boardTable(board, boardTitle(choice.game, choice.period)),
    h('p', { class: 'hint', text: boardNote(board) })));
  game.select.addEventListener('change', () => {
    choice.game = game.select.value;
    load();
  });
  period.select.addEventListener('change', () => {
    if (isBoardPeriod(period.select.value)) choice.period = period.select.value;
    load();
  });
  load();
  return sectionEl(t('area.board'),
    h('div', { class: 'row' }, game.wrap, period.wrap),
    h('div', { class: 'button-row' },
      button(t('board.project'), () => window.open(boardPageUrl(choice.game, choice.period), '_blank'), { class: 'btn btn-primary' })),
    h('p', { class: 'hint', text: t('board.rules') }),
    holder);
}
