import { findGame } from '../../../shared/games/index.ts';
import { lang, t } from '../../i18n/index.ts';
import { phaseRemainingMs, playersInRound, type SessionSnapshot } from '../../net/snapshot.ts';
import { h, setText } from '../dom.ts';
import { play } from '../show/sound.ts';
import { stripKeyHints } from '../../kit/keyboard.ts';
import { currentSetTitle, levelLabel, type SessionCtx } from '../widgets.ts';
import { PlayerList } from './player-list.ts';
import { readyCountLine } from './ready-count.ts';

// The projector's countdown (a big number that pops each second, the game's how-to) and
// play (a large answered counter beside a timer ring, and who is done). It never shows the
// stimulus: every player sees it on the own device at the same moment.

/** Players who gave every answer of the round, and all players. */
export function doneCount(s: SessionSnapshot): { n: number; total: number } {
  // The server's aggregates (the same figures every client sees).
  return { n: s.answeredCount, total: s.playerCount };
}

/** Answers given so far by everyone, and all the answers a complete round has. */
function answerCount(s: SessionSnapshot): { n: number; total: number } {
  const players = playersInRound(s);
  return { n: players.reduce((sum, p) => sum + Math.min(p.answered, s.expectedAnswers), 0), total: players.length * s.expectedAnswers };
}

/** "3 / 5 haben geantwortet" (kept for screen readers and tests). */
export function answeredText(s: SessionSnapshot): string {
  const { n, total } = doneCount(s);
  return t('host.answered', { n, total });
}

export interface PhaseBody {
  el: HTMLElement;
  update(s: SessionSnapshot): void;
  destroy(): void;
}

/** The countdown: the number and the game's how-to in large type; ticks each second. */
export function countdownBody(ctx: SessionCtx, first: SessionSnapshot): PhaseBody {
  const texts = findGame(first.gameId)?.texts[lang()];
  const number = h('p', { class: 'count-number', 'aria-hidden': 'true' });
  const ready = readyCountLine();
  const el = h('div', { class: 'show-body countdown-body' },
    h('div', { class: 'count-ring' }, number),
    ready.el,
    h('section', { class: 'howto-big', 'aria-labelledby': 'howto-title' },
      h('h2', { id: 'howto-title', text: texts?.title ?? first.gameId }),
      h('p', { class: 'howto-level', text: levelLabel(first.gameId, first.level, currentSetTitle(first)) }),
      h('p', { class: 'howto-text', text: stripKeyHints(texts?.howTo ?? '') })),
  );
  let latest = first;
  let shown = -1;
  const tick = () => {
    const ms = phaseRemainingMs(latest, ctx.serverNow());
    const left = ms === null || latest.paused ? null : Math.max(1, Math.ceil(ms / 1000));
    if (left === shown) return;
    shown = left ?? -1;
    setText(number, left === null ? '' : String(left));
    if (left === null) return;
    // Restart the pop animation for the new number.
    number.classList.remove('pop');
    void number.offsetWidth;
    number.classList.add('pop');
    play('tick');
  };
  const timer = setInterval(tick, 100);
  return {
    el,
    update: (s) => {
      latest = s;
      ready.update(s);
      tick();
    },
    destroy: () => clearInterval(timer),
  };
}

/** Play: the answered counter, the time left as a ring, and the players' chips (✓ when done). */
export function playBody(ctx: SessionCtx, first: SessionSnapshot): PhaseBody {
  const count = h('p', { class: 'done-number' });
  const label = h('p', { class: 'done-label', 'data-testid': 'answered-count', 'aria-live': 'polite' });
  const bar = h('div', { class: 'done-bar' }, h('div', { class: 'done-fill' }));
  const answers = h('p', { class: 'done-answers' });
  const seconds = h('p', { class: 'timer-seconds' });
  const ring = h('div', { class: 'timer-ring', role: 'timer', 'aria-label': t('host.timeLeft') }, seconds);
  const players = new PlayerList(null, true);
  const el = h('div', { class: 'show-body play-body' },
    h('div', { class: 'play-figures' },
      ring,
      h('div', { class: 'done-box' }, count, label, bar, answers)),
    players.el);
  let latest = first;
  const playMs = Math.max(1, first.phaseEndsAt - first.playStartedAt);
  const render = () => {
    const ms = phaseRemainingMs(latest, ctx.serverNow());
    setText(seconds, latest.paused ? t('common.paused') : ms === null ? '' : String(Math.ceil(ms / 1000)));
    const share = ms === null ? 0 : Math.min(1, ms / playMs);
    ring.style.setProperty('--left', String(share));
  };
  const timer = setInterval(render, 250);
  return {
    el,
    update: (s) => {
      latest = s;
      const { n, total } = doneCount(s);
      setText(count, `${n} / ${total}`);
      setText(label, t('host.doneCount', { n, total }));
      // The bar moves with every answer (in Reaktion everyone finishes at the last signal).
      const given = answerCount(s);
      bar.style.setProperty('--done', String(given.total > 0 ? given.n / given.total : 0));
      setText(answers, t('host.answersGiven', { n: given.n, total: given.total }));
      players.update(s);
      render();
    },
    destroy: () => clearInterval(timer),
  };
}
