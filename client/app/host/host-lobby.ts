import { t } from '../../i18n/index.ts';
import type { SessionSnapshot } from '../../net/snapshot.ts';
import { h } from '../dom.ts';
import type { Screen } from '../shell.ts';
import type { SessionCtx } from '../widgets.ts';
import { HostControls } from './host-controls.ts';
import { JoinPanel } from './join-panel.ts';
import { PlayerList } from './player-list.ts';
import { PlaylistPicker } from './playlist-picker.ts';

// The projector view before the first round: join code and QR on the left (large, readable
// from the back row), players, playlist and the start button on the right.

export function hostLobbyScreen(ctx: SessionCtx, first: SessionSnapshot): Screen {
  const join = new JoinPanel(first.code);
  const players = new PlayerList((playerId) => ctx.send('kick', { playerId }));
  const playlist = new PlaylistPicker(first.playlist, (items) => ctx.send('playlist', { items }));
  const controls = new HostControls(ctx.send);

  const el = h('section', { class: 'screen screen-host host-lobby' },
    h('h1', { class: 'visually-hidden', text: t('host.title') }),
    h('div', { class: 'host-grid' },
      h('div', { class: 'host-col' }, join.el),
      h('div', { class: 'host-col' }, players.el, controls.el, playlist.el),
    ),
  );

  const update = (s: SessionSnapshot) => {
    players.update(s);
    controls.update(s);
  };
  update(first);
  return {
    id: 'host-lobby',
    el,
    update,
    destroy: () => join.destroy(),
  };
}
