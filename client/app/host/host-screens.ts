import { t } from '../../i18n/index.ts';
import type { SessionSnapshot } from '../../net/snapshot.ts';
import { button, h, setText } from '../dom.ts';
import type { ScreenId } from '../hook.ts';
import type { Screen } from '../shell.ts';
import { paintGame } from '../show/game-look.ts';
import { weekBoardCard } from '../week-board.ts';
import { PhaseClock, gameTitle, roundLine, type SessionCtx } from '../widgets.ts';
import { HostControls } from './host-controls.ts';
import { countdownBody, playBody, type PhaseBody } from './host-play.ts';
import { nothingPlayed } from '../show/session-ended.ts';
import { podiumBody } from './host-podium.ts';
import { revealBody } from './host-reveal.ts';
import { scoreboardBody } from './host-scoreboard.ts';
import { restartNoteLine } from './restart-note.ts';

export { hostLobbyScreen } from './host-lobby.ts';
export { answeredText } from './host-play.ts';

// The projector during a session, one view per phase, all in the same frame: a head with
// the phase title, the game's badge in its colour and the clock; the phase's body; and the
// trainer's control bar at the bottom (always on screen).

function bodyFor(ctx: SessionCtx, first: SessionSnapshot, week: HTMLElement): PhaseBody {
  switch (first.phase) {
    case 'countdown': return countdownBody(ctx, first);
    case 'play': return playBody(ctx, first);
    case 'reveal': return revealBody(first);
    case 'scoreboard': return scoreboardBody(first, week);
    default: return podiumBody(first, week);
  }
}

const TITLES: Record<string, 'host.countdown' | 'host.playing' | 'reveal.title' | 'scoreboard.title' | 'podium.title'> = {
  countdown: 'host.countdown', play: 'host.playing', reveal: 'reveal.title', scoreboard: 'scoreboard.title', podium: 'podium.title',
};

/** The host's screen for countdown, play, reveal, scoreboard or podium (one phase each). */
export function hostRoundScreen(ctx: SessionCtx, first: SessionSnapshot): Screen {
  const phase = first.phase;
  const clock = new PhaseClock(ctx.serverNow);
  // The company's week board beside scoreboard and podium (sessions without cards get none).
  const week = h('div', { class: 'host-week' });
  let shownBoard: unknown = null;
  const extra = phase === 'podium'
    ? [button(t('host.again'), () => ctx.send('again'), { class: 'btn btn-primary btn-go', 'aria-describedby': 'again-hint' }),
      h('p', { id: 'again-hint', class: 'controls-note', text: t('host.againHint') }),
      button(t('host.finish'), () => ctx.leave(), { class: 'btn btn-secondary' })]
    : [];
  const controls = new HostControls(ctx.send, ...extra);
  const body = bodyFor(ctx, first, week);
  const line = h('p', { class: 'show-round-line' });
  const note = restartNoteLine();
  const badge = h('span', { class: 'game-badge' });
  const el = h('section', { class: `screen screen-host show-stage host-${phase}` },
    h('header', { class: 'show-head' },
      h('div', { class: 'show-head-text' }, h('h1', { text: nothingPlayed(first) ? t('podium.nothingPlayed') : t(TITLES[phase] ?? 'podium.title') }), line),
      phase === 'podium' ? null : badge,
      phase === 'play' ? null : clock.el),
    note.el,
    body.el,
    controls.el,
  );
  if (first.gameId) paintGame(el, first.gameId);

  const update = (s: SessionSnapshot) => {
    note.update(s);
    clock.update(s);
    controls.update(s);
    body.update(s);
    setText(line, phase === 'podium' ? t('podium.thanks') : roundLine(s));
    setText(badge, gameTitle(s.gameId));
    const board = ctx.board();
    if ((phase === 'scoreboard' || phase === 'podium') && board && board !== shownBoard) {
      shownBoard = board;
      week.replaceChildren(weekBoardCard(board));
    }
  };
  update(first);
  return {
    id: phase as ScreenId,
    el,
    update,
    destroy: () => {
      clock.destroy();
      body.destroy();
    },
  };
}
