import { t } from '../i18n/index.ts';
import type { BoardMessage, MyRankMessage } from '../../shared/protocol/messages.ts';
import { h } from './dom.ts';
import { gameTitle } from './widgets.ts';

// The company's week board after a round: the top 10 on the projector, the own rank on an
// apprentice's phone. Both come as messages after each stored round (docs/ACCOUNTS-API.md).

/** Board values are average points 0–1000; whole points read best from a distance. */
export function boardValue(value: number): string {
  return String(Math.round(value));
}

/** The projector's card: "Bestenliste dieser Woche · Reaktion" with the top 10. */
export function weekBoardCard(board: BoardMessage): HTMLElement {
  const list = h('ol', { class: 'standings week-board-list', role: 'list' });
  for (const e of board.entries.slice(0, 10)) {
    list.append(h('li', { class: 'standing' },
      h('span', { class: 'standing-rank', text: `${e.rank}.` }),
      h('span', { class: 'standing-name', text: e.displayName }),
      h('span', { class: 'standing-score', text: t('board.valueShort', { n: boardValue(e.value) }) }),
      h('span', { class: 'standing-round', text: t('board.roundsShort', { n: e.rounds }) })));
  }
  return h('section', { class: 'card week-board', 'data-testid': 'week-board', 'aria-labelledby': 'week-board-title' },
    h('h2', { id: 'week-board-title', text: t('weekBoard.title', { game: gameTitle(board.gameId) }) }),
    board.entries.length > 0 ? list : h('p', { class: 'hint', text: t('weekBoard.empty', { n: board.minRounds }) }),
    h('p', { class: 'hint', text: t('weekBoard.rule', { n: board.minRounds }) }));
}

/** The phone's line: "Dein Rang diese Woche (Reaktion): 3 von 12", or how many rounds are still missing. */
export function myRankLine(rank: MyRankMessage): HTMLElement {
  const game = gameTitle(rank.gameId);
  const text = rank.rank === null
    ? t('weekBoard.missing', { n: Math.max(1, rank.minRounds - rank.rounds), game })
    : t('weekBoard.myRank', { rank: rank.rank, total: rank.total, game });
  return h('p', { class: 'my-rank', 'data-testid': 'my-rank', text });
}
