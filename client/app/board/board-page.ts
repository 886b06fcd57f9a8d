import { t } from '../../i18n/index.ts';
import { accountsApi, type Board, type BoardPeriod } from '../../net/accounts-api.ts';
import { ApiError } from '../../net/api.ts';
import { h, setText } from '../dom.ts';
import type { Screen } from '../shell.ts';
import { boardNote, boardTable, boardTitle } from './board-table.ts';
import './board-page.css';

// The company board on the projector (/?board=1&game=all&period=week): large type, refreshed
// every 30 s. A new table replaces the old one in a single step and only when the data
// changed, so nothing flickers; while the server is unreachable the last data stays with a
// small hint. It needs the trainer's sign-in (the projector laptop is the trainer's).

const REFRESH_MS = 30_000;

export interface BoardPageActions {
  /** The sign-in expired or is missing. */
  signIn(): void;
}

function clockTime(at: Date): string {
  return at.toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit' });
}

export function boardPageScreen(game: string, period: BoardPeriod, actions: BoardPageActions): Screen {
  const subtitle = h('p', { class: 'board-subtitle' });
  const stamp = h('p', { class: 'board-stamp', 'data-testid': 'board-stamp' });
  const offline = h('p', { class: 'board-offline', role: 'status', 'data-testid': 'board-offline' });
  const note = h('p', { class: 'hint' });
  const holder = h('div', { class: 'board-holder', 'data-testid': 'board-holder' });
  offline.hidden = true;
  let shown = '';
  let lastBoard: Board | null = null;
  let lastAt: Date | null = null;
  let stopped = false;

  const render = () => {
    setText(subtitle, boardTitle(game, period));
    if (lastAt) setText(stamp, t('board.stamp', { time: clockTime(lastAt) }));
    if (!lastBoard) return;
    setText(note, boardNote(lastBoard));
    const key = JSON.stringify(lastBoard.entries);
    if (key === shown) return;
    shown = key;
    holder.replaceChildren(boardTable(lastBoard, boardTitle(game, period)));
  };

  const refresh = async () => {
    try {
      const board = await accountsApi.board(game, period, 30);
      if (stopped) return;
      lastBoard = board;
      lastAt = new Date();
      offline.hidden = true;
      render();
    } catch (err) {
      if (stopped) return;
      if (err instanceof ApiError && err.code === 'AUTH_REQUIRED') return actions.signIn();
      // Keep the last data; say since when it is old.
      setText(offline, lastAt ? t('board.offlineSince', { time: clockTime(lastAt) }) : t('board.offline'));
      offline.hidden = false;
      if (!lastBoard) holder.replaceChildren();
    }
  };

  holder.append(h('p', { class: 'hint', text: t('trainer.loading') }));
  const timer = setInterval(() => void refresh(), REFRESH_MS);
  void refresh();

  const el = h('section', { class: 'screen screen-board' },
    h('div', { class: 'board-head' },
      h('div', {}, h('h1', { text: t('board.pageTitle') }), subtitle),
      h('div', { class: 'board-status' }, stamp, offline)),
    holder,
    note);
  return {
    id: 'board',
    el,
    relabel: () => {
      shown = ''; // headers are text too
      render();
    },
    destroy: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
