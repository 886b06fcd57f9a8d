import { GAMES } from '../../../shared/games/index.ts';
import { lang, t, type MessageKey } from '../../i18n/index.ts';
import type { Board, BoardPeriod } from '../../net/accounts-api.ts';
import { h } from '../dom.ts';
import { boardValue } from '../week-board.ts';
import { gameTitle } from '../widgets.ts';

// The company board as a table (trainer area and projector page), and the names of its
// game and period choices.

export const PERIODS: readonly BoardPeriod[] = ['week', 'month', 'all'];
const PERIOD_LABEL: Record<BoardPeriod, MessageKey> = { week: 'board.week', month: 'board.month', all: 'board.allTime' };

export function isBoardPeriod(v: unknown): v is BoardPeriod {
  return typeof v === 'string' && (PERIODS as readonly string[]).includes(v);
}

/** [value, label] of the game choice: "Alle Spiele" first, then every registered game. */
export function gameOptions(): [string, string][] {
  return [['all', t('board.allGames')], ...GAMES.map((g): [string, string] => [g.id, g.texts[lang()].title])];
}

export function periodOptions(): [string, string][] {
  return PERIODS.map((p) => [p, t(PERIOD_LABEL[p])]);
}

/** "Reaktion · Diese Woche". */
export function boardTitle(game: string, period: BoardPeriod): string {
  return `${game === 'all' ? t('board.allGames') : gameTitle(game)} · ${t(PERIOD_LABEL[period])}`;
}

/** The projector page's address for a board. */
export function boardPageUrl(game: string, period: BoardPeriod): string {
  return `/?${new URLSearchParams({ board: '1', game, period })}`;
}

/** Rank, name, trade, year, value, rounds; or a note who will appear once they played enough. */
export function boardTable(board: Board, caption: string): HTMLElement {
  if (board.entries.length === 0) return h('p', { class: 'hint board-empty', text: t('board.empty', { n: board.minRounds }) });
  const head = h('tr', {}, ...(['board.rank', 'board.name', 'board.trade', 'board.year', 'board.value', 'board.rounds'] as const)
    .map((k) => h('th', { scope: 'col', text: t(k) })));
  const body = h('tbody');
  for (const e of board.entries) {
    body.append(h('tr', { 'data-apprentice': e.apprenticeId, 'data-rank': e.rank },
      h('td', { class: 'num', text: String(e.rank) }),
      h('th', { scope: 'row', text: e.displayName }),
      h('td', { text: e.trade }),
      h('td', { class: 'num', text: String(e.trainingYear) }),
      h('td', { class: 'num', text: boardValue(e.value) }),
      h('td', { class: 'num', text: String(e.rounds) })));
  }
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'data-table board-table', 'data-testid': 'board-table' }, h('caption', { class: 'visually-hidden', text: caption }), h('thead', {}, head), body));
}

/** "3 Azubis in der Wertung · ab 3 Runden". */
export function boardNote(board: Board): string {
  return t('board.note', { total: board.total, n: board.minRounds });
}
