import { endedWithoutRound } from './session-ended-hook.ts';
import { findGame } from '../../../shared/games/index.ts';
import { resultLines } from '../../games/index.ts';
import { lang, t } from '../../i18n/index.ts';
import { parseJsonObject, type SessionSnapshot } from '../../net/snapshot.ts';
import { button, h, setText } from '../dom.ts';
import { celebrate, stopCelebration } from '../show/confetti.ts';
import { buzz } from '../show/feedback.ts';
import { paintGame } from '../show/game-look.ts';
import { play } from '../show/sound.ts';
import type { Screen } from '../shell.ts';
import { podiumView } from '../standings.ts';
import { allRoundPoints, allTallies } from './answer-flash.ts';
import { placeOf, showMyRank, type PlayerResultCtx } from './player-screens.ts';
import { levelText, roundSetTitle } from '../round-label.ts';

// The end of a session on a phone. Hosted: the podium, with the own place large on top, a
// celebration for the first three (confetti with motion allowed, fanfare, a buzz) and for
// everyone what they did best (best round, best streak). Solo practice has no podium of
// one: a practice summary with the personal best, "Nochmal", the next level and another game.

/** Places that stand on the podium. */
const PODIUM_PLACES = 3;

/** The best streak of right answers in this session as a line, or null below two. */
function bestStreakLine(): string | null {
  const streak = Math.max(0, ...allTallies().map((x) => x.best));
  return streak >= 2 ? t('podium.bestStreak', { n: streak }) : null;
}

/** "What you did best" lines from this phone's memory of the session. */
function bestLines(): string[] {
  const lines: string[] = [];
  const rounds = allRoundPoints();
  const best = rounds.reduce<(typeof rounds)[number] | null>((b, r) => (!b || r.points > b.points ? r : b), null);
  if (best && best.points > 0) {
    const game = findGame(best.gameId)?.texts[lang()].title ?? best.gameId;
    lines.push(t(rounds.length > 1 ? 'podium.bestRound' : 'podium.yourRound', { game, n: best.points }));
    // The game's own headline figure of that round (a median, a share right).
    const figure = resultLines(best.gameId, parseJsonObject(best.detail), lang())[0];
    if (figure) lines.push(figure);
  }
  const streak = bestStreakLine();
  if (streak) lines.push(streak);
  return lines;
}

export function playerPodiumScreen(ctx: PlayerResultCtx, first: SessionSnapshot): Screen {
  const holder = h('div');
  const week = h('div', { 'aria-live': 'polite' });
  const medal = h('p', { class: 'finale-medal', 'aria-hidden': 'true' });
  const place = h('p', { class: 'finale-place', 'data-testid': 'own-place' });
  const cheer = h('p', { class: 'finale-cheer' });
  const best = h('ul', { class: 'finale-best', role: 'list' });
  const hero = h('div', { class: 'finale-hero' }, medal, place, cheer, best);
  const el = h('section', { class: 'screen screen-podium phone-stage' },
    h('h1', { text: t('podium.title') }), hero, holder, week,
    h('p', { class: 'lead', text: t('podium.thanks') }),
    button(t('common.home'), () => ctx.leave(), { class: 'btn btn-primary btn-large' }));
  paintGame(el, first.gameId);
  let cheered = false;
  const update = (s: SessionSnapshot) => {
    if (endedWithoutRound(el, holder, s)) {
      hero.hidden = true;
      return;
    }
    holder.replaceChildren(podiumView(s, ctx.playerId));
    showMyRank(week, ctx);
    const p = placeOf(s, ctx.playerId);
    hero.hidden = !p;
    if (!p) return;
    hero.dataset.place = String(Math.min(p.rank, PODIUM_PLACES + 1));
    setText(medal, String(p.rank));
    setText(place, t('podium.yourPlace', p));
    setText(cheer, p.rank === 1 ? t('podium.winner') : p.rank <= PODIUM_PLACES ? t('podium.onPodium') : '');
    best.replaceChildren(...bestLines().map((line) => h('li', { text: line })));
    if (cheered) return;
    cheered = true;
    // On the podium: fanfare, confetti and a buzz on the own phone too.
    const top = p.rank <= PODIUM_PLACES;
    play(top ? 'fanfare' : 'hit');
    if (top) {
      void celebrate();
      buzz('cheer');
    }
  };
  update(first);
  return { id: 'podium', el, update, destroy: stopCelebration };
}

/** Solo "Fertig": what the practice gave, and the ways on. */
export function practiceSummaryScreen(ctx: PlayerResultCtx, first: SessionSnapshot): Screen {
  const game = findGame(first.gameId);
  const levels = game?.levels ?? [];
  const nextLevel = levels[levels.indexOf(first.level) + 1] ?? null;
  const rounds = allRoundPoints().filter((r) => r.gameId === first.gameId && r.level === first.level);
  const last = rounds.at(-1)?.points ?? null;
  const pb = ctx.personalBest();
  const bestValue = Math.max(pb?.best ?? 0, pb?.score ?? 0, ...rounds.map((r) => r.points));
  const newBest = last !== null && last > 0 && last >= bestValue;
  const title = game?.texts[lang()].title ?? first.gameId;
  const practice = ctx.practice;
  const el = h('section', { class: 'screen screen-practice phone-stage', 'data-testid': 'practice-summary' },
    h('h1', { text: t('practice.title') }),
    h('p', { class: 'game-chip', text: title }),
    h('p', { class: 'round-line', text: levelText(lang(), first.gameId, first.level, roundSetTitle(first.playlist, first.roundIndex, first.gameId)) }),
    h('div', { class: 'card finale-hero practice-card' },
      newBest ? h('p', { class: 'finale-cheer', text: t('solo.newBest') }) : null,
      h('p', { class: 'practice-best', text: t('practice.best', { n: bestValue }) }),
      last !== null ? h('p', { class: 'lead', text: t('practice.lastScore', { n: last }) }) : null,
      rounds.length > 0 ? h('p', { class: 'hint', text: t('practice.rounds', { n: rounds.length }) }) : null,
      ((line) => (line ? h('p', { class: 'hint', text: line }) : null))(bestStreakLine())),
    h('div', { class: 'button-row practice-actions' },
      practice ? button(t('practice.again'), () => practice(first.gameId, first.level), { class: 'btn btn-primary btn-large' }) : null,
      practice && nextLevel !== null ? button(t('practice.nextLevel'), () => practice(first.gameId, nextLevel), { class: 'btn btn-secondary btn-large' }) : null,
      practice ? button(t('practice.other'), () => practice(first.gameId, null), { class: 'btn btn-secondary btn-large' }) : null,
      button(t('common.home'), () => ctx.leave(), { class: 'btn btn-link' })));
  paintGame(el, first.gameId);
  play('hit');
  return { id: 'practice-summary', el };
}
