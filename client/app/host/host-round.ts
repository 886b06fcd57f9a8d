import { resultLines } from '../../games/index.ts';
import { lang, t } from '../../i18n/index.ts';
import { parseJsonObject, playersByRoundScore, playersInOrder, type SessionSnapshot } from '../../net/snapshot.ts';
import { button, h, setText } from '../dom.ts';
import type { ScreenId } from '../hook.ts';
import { podiumView, scoreboardList } from '../results/standings.ts';
import type { Screen } from '../shell.ts';
import { debriefCard, howToCard, PhaseClock, roundLine, type SessionCtx } from '../widgets.ts';
import { HostControls } from './host-controls.ts';
import { PlayerList } from './player-list.ts';

// The projector during a round. It never shows the stimulus (every player sees it on the
// own device at the same moment); it shows who has answered, then debrief and standings.

/** "3 / 5 haben geantwortet": players who gave every answer of the round, of all players. */
export function answeredText(s: SessionSnapshot): string {
  const players = playersInOrder(s);
  const done = players.filter((p) => s.expectedAnswers > 0 && p.answered >= s.expectedAnswers).length;
  return t('host.answered', { n: done, total: players.length });
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
    body = [live];
  } else {
    title = t('podium.title');
    body = [live, h('p', { class: 'lead', text: t('podium.thanks') }), button(t('host.newSession'), () => ctx.leave(), { class: 'btn btn-primary btn-large' })];
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
  };
  update(first);
  return { id: phase as ScreenId, el, update, destroy: () => clock.destroy() };
}
