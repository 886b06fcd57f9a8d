import { prefetchGame } from '../../games/index.ts';
import { t } from '../../i18n/index.ts';
import type { SessionSnapshot } from '../../net/snapshot.ts';
import { button, h, setText } from '../dom.ts';
import type { Screen } from '../shell.ts';
import { howToCard, type SessionCtx } from '../widgets.ts';

// The player's waiting room. While the apprentice waits, the games of the playlist are
// downloaded in the background, so the first round starts without a loading pause.

export function playerLobbyScreen(ctx: SessionCtx, first: SessionSnapshot, playerId: string | null): Screen {
  const welcome = h('p', { class: 'lead' });
  const hostAway = h('p', { class: 'hint warn', role: 'status' });
  const upNext = h('div', { class: 'up-next' });
  let shownGame = '';

  const el = h('section', { class: 'screen screen-lobby' },
    h('h1', { text: t('lobby.title') }),
    welcome,
    hostAway,
    h('h2', { text: t('lobby.upNext') }),
    upNext,
    button(t('lobby.leave'), () => ctx.leave(), { class: 'btn btn-link' }),
  );

  const update = (s: SessionSnapshot) => {
    const me = playerId ? s.players[playerId] : undefined;
    setText(welcome, t('lobby.welcome', { name: me?.nickname ?? '' }));
    setText(hostAway, s.hostConnected ? '' : t('lobby.hostAway'));
    for (const item of s.playlist) prefetchGame(item.gameId);
    const next = s.playlist[0];
    const key = next ? `${next.gameId}:${next.level}` : '';
    if (key !== shownGame) {
      shownGame = key;
      upNext.replaceChildren(next ? howToCard(next.gameId, next.level) : '');
    }
  };
  update(first);
  return { id: 'lobby', el, update };
}
