import { RUNNING_PHASES } from '../../../shared/protocol/constants.ts';
import { resultLines } from '../../games/index.ts';
import { lang, t } from '../../i18n/index.ts';
import { parseJsonObject, playersByRoundScore, type SessionSnapshot } from '../../net/snapshot.ts';
import { button, h, setText } from '../dom.ts';
import type { ScreenId } from '../hook.ts';
import { podiumView, scoreboardList } from '../standings.ts';
import type { Screen } from '../shell.ts';
import { weekBoardCard } from '../week-board.ts';
import { debriefCard, howToCard, PhaseClock, roundLine, type SessionCtx } from '../widgets.ts';
import { JoinPanel } from './join-panel.ts';
import { PlayerList } from './player-list.ts';
import { PlaylistPicker } from './playlist-picker.ts';

// The trainer's screens: the lobby for the projector, one screen per phase of a round,
// and the control buttons they share.

// The trainer's buttons. Which ones show depends on the phase; the server checks every
// command again (WRONG_PHASE), so a late click does no harm.


export class HostControls {
  readonly el: HTMLElement;
  private readonly start: HTMLButtonElement;
  private readonly pause: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly end: HTMLButtonElement;
  private readonly lock: HTMLButtonElement;
  private readonly lockNote = h('p', { class: 'hint lock-note' });
  private snapshot: SessionSnapshot | null = null;

  constructor(send: (type: string, payload?: unknown) => void) {
    this.start = button(t('host.start'), () => send('start'), { class: 'btn btn-primary btn-large' });
    this.pause = button(t('host.pause'), () => send(this.snapshot?.paused ? 'resume' : 'pause'), { class: 'btn btn-secondary' });
    this.next = button(t('host.next'), () => send('next'), { class: 'btn btn-primary' });
    this.end = button(t('host.end'), () => send('end'), { class: 'btn btn-danger' });
    this.lock = button(t('host.lock'), () => send('lock', { locked: !this.snapshot?.locked }), { class: 'btn btn-secondary' });
    this.el = h('section', { class: 'controls', 'aria-label': t('host.controls') },
      h('div', { class: 'button-row' }, this.start, this.pause, this.next, this.end, this.lock),
      this.lockNote);
  }

  update(s: SessionSnapshot): void {
    this.snapshot = s;
    const running = RUNNING_PHASES.includes(s.phase);
    this.start.hidden = s.phase !== 'lobby';
    this.pause.hidden = !running;
    setText(this.pause, s.paused ? t('host.resume') : t('host.pause'));
    this.next.hidden = !running;
    // Also in the lobby: a round opened by mistake can be closed (it goes to the empty podium).
    this.end.hidden = s.phase === 'podium';
    this.lock.hidden = s.phase === 'podium';
    setText(this.lock, s.locked ? t('host.unlock') : t('host.lock'));
    setText(this.lockNote, s.locked ? t('host.locked') : '');
  }
}

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

// The projector during a round. It never shows the stimulus (every player sees it on the
// own device at the same moment); it shows who has answered, then debrief and standings.

/** "3 / 5 haben geantwortet": players who gave every answer of the round, of all players. */
export function answeredText(s: SessionSnapshot): string {
  return t('host.answered', { n: s.answeredCount, total: s.playerCount });
}

function roundResults(s: SessionSnapshot): HTMLElement {
  const list = h('ol', { class: 'standings', role: 'list', 'aria-label': t('host.roundResults') });
  for (const p of playersByRoundScore(s)) {
    const lines = resultLines(s.gameId, parseJsonObject(p.detail), lang());
    list.append(h('li', { class: 'standing' },
      h('span', { class: 'standing-name', text: p.nickname }),
      h('span', { class: 'standing-score', text: t('common.points', { n: p.roundScore }) }),
      lines.length > 0 ? h('span', { class: 'standing-detail', text: lines.join(' · ') }) : null));
  }
  return h('section', { class: 'card', 'aria-labelledby': 'round-results-title' },
    h('h2', { id: 'round-results-title', text: t('host.roundResults') }), list);
}

/** The host's screen for countdown, play, reveal, scoreboard or podium (one phase each). */
export function hostRoundScreen(ctx: SessionCtx, first: SessionSnapshot): Screen {
  const phase = first.phase;
  const clock = new PhaseClock(ctx.serverNow);
  const controls = new HostControls(ctx.send);
  const players = new PlayerList((playerId) => ctx.send('kick', { playerId }));
  const answered = h('p', { class: 'answered-count', 'data-testid': 'answered-count', 'aria-live': 'polite' });
  const live = h('div', { class: 'host-live' });
  // The company's week board, after the standings (sessions without cards get no message).
  const week = h('div', { class: 'host-week' });
  let shownBoard: unknown = null;
  let title = t('host.countdown');
  let body: (HTMLElement | null)[] = [];

  if (phase === 'countdown') body = [howToCard(first.gameId, first.level)];
  else if (phase === 'play') {
    title = t('host.playing');
    body = [answered];
  } else if (phase === 'reveal') {
    title = t('reveal.title');
    body = [debriefCard(first.gameId), live];
  } else if (phase === 'scoreboard') {
    title = t('scoreboard.title');
    body = [live, week];
  } else {
    title = t('podium.title');
    body = [live, week, h('p', { class: 'lead', text: t('podium.thanks') }), button(t('host.newSession'), () => ctx.leave(), { class: 'btn btn-primary btn-large' })];
  }

  const showPlayers = phase === 'countdown' || phase === 'play';
  const el = h('section', { class: `screen screen-host host-${phase}` },
    h('h1', { text: title }),
    h('p', { class: 'round-line', text: roundLine(first) }),
    clock.el,
    ...body,
    controls.el,
    showPlayers ? players.el : null,
  );

  const update = (s: SessionSnapshot) => {
    clock.update(s);
    controls.update(s);
    if (showPlayers) players.update(s);
    setText(answered, answeredText(s));
    if (phase === 'reveal') live.replaceChildren(roundResults(s));
    else if (phase === 'scoreboard') live.replaceChildren(scoreboardList(s, null));
    else if (phase === 'podium') live.replaceChildren(podiumView(s, null));
    const board = ctx.board();
    if ((phase === 'scoreboard' || phase === 'podium') && board && board !== shownBoard) {
      shownBoard = board;
      week.replaceChildren(weekBoardCard(board));
    }
  };
  update(first);
  return { id: phase as ScreenId, el, update, destroy: () => clock.destroy() };
}
