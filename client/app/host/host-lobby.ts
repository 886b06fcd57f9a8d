import type { PlaylistEntry } from '../../../shared/protocol/messages.ts';
import { lang, t } from '../../i18n/index.ts';
import { playersInOrder, type SessionSnapshot } from '../../net/snapshot.ts';
import { button, h, setText } from '../dom.ts';
import type { Screen } from '../shell.ts';
import { play, preload, stopMusic } from '../show/sound.ts';
import { playlistGameText } from '../round-label.ts';
import { type SessionCtx } from '../widgets.ts';
import { HostControls } from './host-controls.ts';
import { JoinPanel } from './join-panel.ts';
import { PlayerList } from './player-list.ts';
import { playlistForNewLobby, rememberPlaylist } from './last-playlist.ts';
import { PlaylistPicker } from './playlist-picker.ts';
import { RemovedList } from './removed-list.ts';
import { BoxPanel } from './box-panel.ts';
import { readyCountLine } from './ready-count.ts';
import { restartNoteLine } from './restart-note.ts';

// The projector before the first round: join code and QR on the left (readable from the
// back row), the players as chips on the right, the playlist as one line with a button that
// opens the picker, and the control bar at the bottom — all on one screen with 60 players.

const startMusic = () => play('lobby');

export function hostLobbyScreen(ctx: SessionCtx, first: SessionSnapshot): Screen {
  const join = new JoinPanel(first.code);
  const players = new PlayerList((playerId) => ctx.send('kick', { playerId }));
  const removed = new RemovedList((playerId) => ctx.send('readmit', { playerId }));
  const boxes = new BoxPanel((cmd) => ctx.send('box', cmd));
  const sendPlaylist = (items: PlaylistEntry[]) => {
    rememberPlaylist(items);
    ctx.send('playlist', { items });
  };
  // m19: a new session starts with the playlist this device used last.
  const startWith = playlistForNewLobby(first.code, first.roundIndex, first.playlist);
  if (startWith) ctx.send('playlist', { items: startWith });
  const picker = new PlaylistPicker(startWith ?? first.playlist, sendPlaylist);
  const controls = new HostControls(ctx.send);
  const count = h('p', { class: 'lobby-count', 'aria-live': 'polite' });
  const waiting = h('p', { class: 'lobby-waiting', text: t('host.waitingPlayers') });
  const summary = h('p', { class: 'playlist-summary' });
  const ready = readyCountLine();
  const note = restartNoteLine();

  const dialog = h('dialog', { class: 'playlist-dialog', 'aria-labelledby': 'playlist-title' },
    picker.el,
    h('div', { class: 'button-row' }, button(t('host.playlistClose'), () => dialog.close(), { class: 'btn btn-primary' })));
  const edit = button(t('host.playlistEdit'), () => dialog.showModal(), { class: 'btn btn-secondary', 'aria-haspopup': 'dialog' });

  const el = h('section', { class: 'screen screen-host show-stage host-lobby' },
    h('h1', { class: 'visually-hidden', text: t('host.title') }),
    note.el,
    h('div', { class: 'show-body lobby-grid' },
      join.el,
      h('section', { class: 'lobby-players', 'aria-labelledby': 'lobby-players-title' },
        h('div', { class: 'lobby-players-head' },
          h('h2', { id: 'lobby-players-title', class: 'visually-hidden', text: t('host.players') }), count, ready.el),
        waiting,
        players.el,
        removed.el,
        boxes.el,
        h('div', { class: 'playlist-line' }, summary, edit)),
    ),
    controls.el,
    dialog,
  );

  preload('tick', 'go');
  // Browsers play sound only after a click on the page: the music starts with the first one.
  startMusic();
  el.addEventListener('pointerdown', startMusic, { once: true });

  const update = (s: SessionSnapshot) => {
    note.update(s);
    players.update(s);
    removed.update(s);
    boxes.update(ctx.session.boxes);
    controls.update(s);
    ready.update(s);
    const n = playersInOrder(s).length;
    setText(count, t('host.playerCount', { n }));
    waiting.hidden = n > 0;
    const rounds = s.playlist.reduce((sum, i) => sum + i.rounds, 0);
    const games = [...new Set(s.playlist.map((i) => playlistGameText(lang(), i)))].join(', ');
    setText(summary, `${t('host.playlist')}: ${games} · ${t('host.playlistTotal', { n: rounds })}`);
  };
  update(first);
  return {
    id: 'host-lobby',
    el,
    update,
    destroy: () => {
      join.destroy();
      stopMusic();
    },
  };
}
