import { t } from '../../i18n/index.ts';
import { prefersReducedMotion } from '../../kit/motion.ts';
import type { PlayerSnapshot } from '../../net/snapshot.ts';
import { button, h } from '../dom.ts';
import { buzz } from '../show/feedback.ts';
import type { RoundTally } from './answer-flash.ts';

// The full-screen moment when a round ends, before the reveal's details: a big shape in the
// verdict's colour (★ gold, ✓ green circle, ✗ red square), the points gained counting up,
// right answers and the best streak, and the place with its move ("Platz 3 von 5 ↑2 · 40
// Punkte hinter Ali"). A tap or a few seconds take it away; everything it says stays on the
// reveal below, so nobody depends on reading it in time (it is aria-hidden for that reason).

/** Shares of the best score from which a round is "great" or "good". */
const GREAT_SHARE = 0.8;
const GOOD_SHARE = 0.5;
const SHOW_MS = 4500;
const COUNT_UP_MS = 900;

export type Tier = 'great' | 'good' | 'low';

export function tierOf(points: number, maxScore: number): Tier {
  const share = maxScore > 0 ? points / maxScore : 0;
  return share >= GREAT_SHARE ? 'great' : share >= GOOD_SHARE ? 'good' : 'low';
}

const MARKS: Record<Tier, string> = { great: '★', good: '✓', low: '✗' };
const WORDS = { great: 'moment.great', good: 'moment.good', low: 'moment.low' } as const;

/** The place and its move since the last round: the visible text and the words a screen reader says. */
export function rankMove(me: PlayerSnapshot, of: number): { place: string; move: string; moveSr: string; gap: string } {
  const place = t('moment.rank', { rank: me.rank, n: of });
  const prev = me.previousRank ?? 0;
  let move = '';
  let moveSr = '';
  if (prev > 0 && me.rank > 0) {
    const d = prev - me.rank;
    move = d > 0 ? t('moment.up', { n: d }) : d < 0 ? t('moment.down', { n: -d }) : t('moment.same');
    moveSr = d > 0 ? t('moment.upSr', { n: d }) : d < 0 ? t('moment.downSr', { n: -d }) : t('moment.sameSr');
  }
  const ahead = me.ahead;
  // Nobody ahead with no points yet is a tie at zero, not a lead.
  const gap = ahead === undefined ? '' : ahead === null ? (me.score > 0 ? t('moment.first') : '') : ahead.gap === 0 ? t('moment.tie', { name: ahead.nickname }) : t('moment.behind', { gap: ahead.gap, name: ahead.nickname });
  return { place, move, moveSr, gap };
}

/** The move and the gap as inline pieces (arrow for the eye, words for screen readers); empty when unknown. */
export function movePieces(me: PlayerSnapshot, of: number): (HTMLElement | string)[] {
  if (me.rank <= 0) return [];
  const move = rankMove(me, of);
  return [
    move.move ? h('span', { class: 'own-move-arrow', 'aria-hidden': 'true', text: move.move }) : '',
    move.moveSr ? h('span', { class: 'visually-hidden', text: move.moveSr }) : '',
    move.gap ? h('span', { text: `${move.move ? ' · ' : ''}${move.gap}` }) : '',
  ].filter((x) => x !== '');
}

export interface MomentInput {
  points: number;
  maxScore: number;
  tally: RoundTally | null;
  /** Items in the round (state.expectedAnswers). */
  items: number;
  /** The own entry and class size; null in solo practice (no places there). */
  ranked: { me: PlayerSnapshot; of: number } | null;
}

/** Builds the moment and shows it at once; it removes itself. */
export function roundMoment(input: MomentInput): HTMLElement {
  const tier = tierOf(input.points, input.maxScore);
  const points = h('p', { class: 'moment-points', text: t('moment.gained', { n: input.points }) });
  const tally = input.tally;
  const lines: HTMLElement[] = [];
  if (tally && input.items > 1) {
    const right = t('moment.rightOf', { right: tally.right, n: Math.max(input.items, tally.right + tally.wrong) });
    lines.push(h('p', { class: 'moment-line', text: tally.best >= 2 ? `${right} · ${t('moment.bestStreak', { n: tally.best })}` : right }));
  }
  if (input.ranked && input.ranked.me.rank > 0) {
    const r = rankMove(input.ranked.me, input.ranked.of);
    lines.push(h('p', { class: 'moment-rank' },
      h('span', { text: r.place }),
      r.move ? h('span', { class: `moment-move move-${r.move.startsWith('↑') ? 'up' : r.move.startsWith('↓') ? 'down' : 'same'}`, text: r.move }) : null));
    if (r.gap) lines.push(h('p', { class: 'moment-line', text: r.gap }));
  }
  const el = h('div', { class: `round-moment tier-${tier}`, 'aria-hidden': 'true', 'data-testid': 'round-moment' },
    h('div', { class: 'moment-inner' },
      h('p', { class: 'moment-title', text: t('moment.title') }),
      h('div', { class: 'moment-mark', text: MARKS[tier] }),
      h('p', { class: 'moment-word', text: t(WORDS[tier]) }),
      points, ...lines,
      // A real button in the phones' primary look (it was faint text). The moment is
      // aria-hidden (it goes by itself, the reveal repeats it), so the button stays out of
      // the tab order; Enter, Space and Escape close the moment from the keyboard.
      button(t('moment.continue'), () => close(), { class: 'btn btn-primary btn-large moment-continue', tabindex: '-1' })));
  const reduced = prefersReducedMotion();
  el.classList.toggle('no-motion', reduced);
  let gone = false;
  const close = () => {
    if (gone) return;
    gone = true;
    el.remove();
    removeEventListener('keydown', onKey);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' || e.key === 'Enter' || e.key === ' ') close();
  };
  el.addEventListener('pointerdown', close);
  addEventListener('keydown', onKey);
  setTimeout(close, SHOW_MS);
  buzz(tier === 'low' ? 'wrong' : 'right');
  if (!reduced && input.points > 0) countUp(points, input.points);
  return el;
}

/** Counts the points up from 0 (only with motion allowed). */
function countUp(el: HTMLElement, target: number): void {
  const start = performance.now();
  const step = (now: number) => {
    const k = Math.min(1, (now - start) / COUNT_UP_MS);
    el.textContent = t('moment.gained', { n: Math.round(target * (1 - (1 - k) ** 3)) });
    if (k < 1 && el.isConnected) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}
