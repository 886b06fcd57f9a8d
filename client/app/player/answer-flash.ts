import { ackVerdict, gameUsesSound } from '../../games/index.ts';
import { t } from '../../i18n/index.ts';
import { prefersReducedMotion } from '../../kit/motion.ts';
import { h, setText } from '../dom.ts';
import { buzz } from '../show/feedback.ts';
import { play } from '../show/sound.ts';

// The moment after each answer: the whole screen's edge flashes green with a ✓ in a circle
// or red with a ✗ in a square (colour and shape), with the streak of right answers, a short
// sound and a vibration. It never takes a tap (pointer-events: none), so play goes on under
// it. The tally of each round stays for the reveal and the podium.

/** Right and wrong answers of one round on this phone and the runs of right ones. */
export interface RoundTally {
  gameId: string;
  right: number;
  wrong: number;
  /** The current run of right answers. */
  streak: number;
  /** The longest run in the round. */
  best: number;
}

const tallies = new Map<number, RoundTally>();
/** Each finished round's points on this phone (for the podium's "your best round"). */
const roundPoints = new Map<number, RoundPoints>();

/** One finished round on this phone: game, level, own points and the game's detail (JSON). */
export interface RoundPoints { gameId: string; level: number; points: number; detail: string }
/** How long the flash stays, in ms (also with reduced motion, then without fading). */
const FLASH_MS = 900;

/** The tally of round `round` on this phone (null when no answer was judged here). */
export function tallyOf(round: number): RoundTally | null {
  const tally = tallies.get(round);
  return tally && tally.right + tally.wrong > 0 ? tally : null;
}

/** Every tally of this session so far. */
export function allTallies(): RoundTally[] {
  return [...tallies.values()];
}

/** Notes a finished round's own points (the reveal calls it). */
export function notePoints(round: number, gameId: string, level: number, points: number, detail: string): void {
  roundPoints.set(round, { gameId, level, points, detail });
}

/** Every finished round's points on this phone, in round order. */
export function allRoundPoints(): RoundPoints[] {
  return [...roundPoints.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
}

/**
 * The flash of one round; `onAck` gets each ack of this round. `fresh`: the round starts
 * from its countdown (not a reload mid-play), so its old tally goes; round 0 from its
 * countdown is a new session or "Noch eine Runde", so everything goes.
 */
export function answerFlash(gameId: string, level: number, round: number, fresh: boolean): { el: HTMLElement; onAck(ack: Record<string, unknown>): void; destroy(): void } {
  if (fresh && round === 0) {
    tallies.clear();
    roundPoints.clear();
  }
  const tally = (!fresh && tallies.get(round)) || { gameId, right: 0, wrong: 0, streak: 0, best: 0 };
  tallies.set(round, tally);
  const mark = h('span', { class: 'flash-mark', 'aria-hidden': 'true' });
  const word = h('span', { class: 'flash-word' });
  const streak = h('span', { class: 'flash-streak' });
  const el = h('div', { class: 'answer-flash', role: 'status', 'data-testid': 'answer-flash' },
    h('div', { class: 'flash-badge' }, mark, h('span', { class: 'flash-text' }, word, streak)));
  el.hidden = true;
  // A sound stimulus level must hear only its stimulus: no jingle there.
  const quiet = gameUsesSound(gameId, level);
  let timer: ReturnType<typeof setTimeout> | null = null;

  return {
    el,
    onAck(ack) {
      const right = ackVerdict(gameId, ack);
      if (right === null) return;
      if (right) {
        tally.right += 1;
        tally.streak += 1;
        tally.best = Math.max(tally.best, tally.streak);
      } else {
        tally.wrong += 1;
        tally.streak = 0;
      }
      el.dataset.verdict = right ? 'right' : 'wrong';
      setText(mark, right ? '✓' : '✗');
      setText(word, t(right ? 'moment.right' : 'moment.wrong'));
      setText(streak, right && tally.streak >= 2 ? ` · ${t('moment.streak', { n: tally.streak })}` : '');
      el.hidden = false;
      el.classList.remove('is-on');
      void el.offsetWidth; // restart the animation
      el.classList.add('is-on');
      el.classList.toggle('no-motion', prefersReducedMotion());
      if (!quiet) play(right ? 'hit' : 'miss');
      buzz(right ? 'right' : 'wrong');
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        el.hidden = true;
        el.classList.remove('is-on');
      }, FLASH_MS);
    },
    destroy() {
      if (timer) clearTimeout(timer);
    },
  };
}
