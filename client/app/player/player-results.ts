import type { PersonalBestMessage } from '../../../shared/protocol/messages.ts';
import { resultLines } from '../../games/index.ts';
import { lang, t } from '../../i18n/index.ts';
import { parseJsonObject, playersByRank, type SessionSnapshot } from '../../net/snapshot.ts';
import { button, h, replace, setText } from '../dom.ts';
import { podiumView, scoreboardList } from '../results/standings.ts';
import type { Screen } from '../shell.ts';
import { debriefCard, PhaseClock, roundLine, type SessionCtx } from '../widgets.ts';

// What a player sees after play: the own result with rank and the debrief card (reveal),
// the standings (scoreboard) and the final podium.

export interface PlayerResultCtx extends SessionCtx {
  playerId: string | null;
  personalBest(): PersonalBestMessage | null;
}

function placeOf(s: SessionSnapshot, playerId: string | null): { rank: number; n: number } | null {
  const ranked = playersByRank(s);
  const i = ranked.findIndex((p) => p.id === playerId);
  const me = ranked[i];
  return me ? { rank: me.rank > 0 ? me.rank : i + 1, n: ranked.length } : null;
}

export function playerRevealScreen(ctx: PlayerResultCtx, first: SessionSnapshot): Screen {
  const solo = first.mode === 'solo';
  const clock = new PhaseClock(ctx.serverNow);
  const result = h('section', { class: 'card own-result', 'data-testid': 'own-result', 'aria-labelledby': 'own-result-title' });
  const best = h('p', { class: 'best', role: 'status' });
  const next = solo
    ? h('div', { class: 'button-row' },
      button(t('solo.again'), () => ctx.send('next'), { class: 'btn btn-primary btn-large' }),
      button(t('solo.finish'), () => ctx.send('end'), { class: 'btn btn-secondary btn-large' }))
    : h('p', { class: 'hint', text: t('reveal.waiting') });
  const el = h('section', { class: 'screen screen-reveal' },
    h('h1', { text: t('reveal.title') }),
    h('p', { class: 'round-line', text: roundLine(first) }),
    result, best, debriefCard(first.gameId), next, solo ? null : clock.el);

  const update = (s: SessionSnapshot) => {
    clock.update(s);
    const me = ctx.playerId ? s.players[ctx.playerId] : undefined;
    const place = placeOf(s, ctx.playerId);
    replace(result,
      h('h2', { id: 'own-result-title', text: t('reveal.yourScore') }),
      h('p', { class: 'own-score', text: t('common.points', { n: me?.roundScore ?? 0 }) }),
      ...resultLines(s.gameId, parseJsonObject(me?.detail ?? '{}'), lang()).map((line) => h('p', { text: line })),
      place && !solo ? h('p', { class: 'own-rank', text: t('reveal.rank', place) }) : null,
    );
    const pb = ctx.personalBest();
    const newBest = pb && pb.best !== null && pb.score >= pb.best && pb.score > 0;
    setText(best, !pb || pb.best === null ? '' : newBest ? t('solo.newBest') : t('solo.bestSoFar', { n: pb.best }));
  };
  update(first);
  return { id: 'reveal', el, update, destroy: () => clock.destroy() };
}

export function playerScoreboardScreen(ctx: PlayerResultCtx, first: SessionSnapshot): Screen {
  const clock = new PhaseClock(ctx.serverNow);
  const place = h('p', { class: 'lead' });
  const listHolder = h('div');
  const el = h('section', { class: 'screen screen-scoreboard' },
    h('h1', { text: t('scoreboard.title') }), place, listHolder, clock.el);
  const update = (s: SessionSnapshot) => {
    clock.update(s);
    const p = placeOf(s, ctx.playerId);
    setText(place, p ? t('reveal.rank', p) : '');
    listHolder.replaceChildren(scoreboardList(s, ctx.playerId));
  };
  update(first);
  return { id: 'scoreboard', el, update, destroy: () => clock.destroy() };
}

export function playerPodiumScreen(ctx: PlayerResultCtx, first: SessionSnapshot): Screen {
  const holder = h('div');
  const el = h('section', { class: 'screen screen-podium' },
    h('h1', { text: t('podium.title') }), holder,
    h('p', { class: 'lead', text: t('podium.thanks') }),
    button(t('common.home'), () => ctx.leave(), { class: 'btn btn-primary btn-large' }));
  const update = (s: SessionSnapshot) => holder.replaceChildren(podiumView(s, ctx.playerId));
  update(first);
  return { id: 'podium', el, update };
}
