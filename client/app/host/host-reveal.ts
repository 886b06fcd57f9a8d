import { findGame } from '../../../shared/games/index.ts';
import { classSummary } from '../../games/index.ts';
import { barShares, type ClassBar, type ClassSummary } from '../../kit/contract.ts';
import { lang, t } from '../../i18n/index.ts';
import { parseJsonObject, playersInRound, type SessionSnapshot } from '../../net/snapshot.ts';
import { h, replace } from '../dom.ts';
import { currentSetTitle, debriefCard } from '../widgets.ts';
import type { PhaseBody } from './host-play.ts';
import { INPUT_KINDS, type LatencySummary } from '../../../shared/protocol/hardware.ts';

// The projector's reveal shows the class, never one apprentice's mistakes: a distribution
// (the game's own chart, or the round's points), the correct answer, the most common
// mistake, and the debrief in large type for the trainer to discuss.

/** Points histogram in five equal steps of the game's maximum: the chart for any game. */
function pointsSummary(s: SessionSnapshot): ClassSummary {
  const max = findGame(s.gameId)?.maxScore ?? 1000;
  const step = Math.ceil(max / 5);
  const scores = playersInRound(s).map((p) => p.roundScore);
  const bars: ClassBar[] = [0, 1, 2, 3, 4].map((i) => {
    const lo = i * step;
    const hi = i === 4 ? max : (i + 1) * step - 1;
    return { label: `${lo}–${hi}`, count: scores.filter((v) => v >= lo && (i === 4 || v <= hi)).length, good: i === 4 };
  });
  return { chartTitle: t('reveal.pointsChart'), bars, of: scores.length };
}


/** A horizontal bar chart; every bar says its count in text (the bar length only repeats it). */
export function classChart(summary: ClassSummary, played: number): HTMLElement {
  const shares = barShares(summary, played);
  const list = h('ul', { class: 'class-bars', role: 'list' });
  summary.bars.forEach((bar, i) => {
    const li = h('li', { class: `class-bar${bar.good ? ' is-good' : ''}`, 'aria-label': t('reveal.chartLabel', { label: bar.label, n: bar.count }) },
      h('span', { class: 'class-bar-label', text: bar.good ? `${bar.label} ✓` : bar.label, 'aria-hidden': 'true' }),
      h('span', { class: 'class-bar-track', 'aria-hidden': 'true' }, h('span', { class: 'class-bar-fill' })),
      h('span', { class: 'class-bar-count', text: String(bar.count), 'aria-hidden': 'true' }));
    li.style.setProperty('--share', String(shares[i] ?? 0));
    li.style.setProperty('--i', String(i));
    list.append(li);
  });
  return h('figure', { class: 'class-chart' }, h('figcaption', { text: summary.chartTitle }), list);
}

/** Each question with its correct answer (games whose class view names them; it may scroll). */
function solutionList(solutions: NonNullable<ClassSummary['solutions']>): HTMLElement {
  return h('ol', { class: 'class-solutions', 'data-testid': 'class-solutions', tabindex: 0, 'aria-label': t('reveal.solutions') },
    ...solutions.map((row) => h('li', {}, h('span', { class: 'class-solution-q', text: row.label }), h('span', { class: 'class-solution-a', text: row.solution }))));
}

const ms = (v: number | null) => (v === null ? '–' : String(Math.round(v)));

/**
 * Reaktion's lesson on fairness (issue 23 §3): per input kind the transport latency of this
 * round's presses (press → arrival at the server), p50 / p99 — why a box that times itself
 * is fairer than a phone whose message crosses the Wi-Fi. One line: the reveal is full at 720p.
 * Kinds without presses are left out.
 */
function latencyLine(summary: LatencySummary): HTMLElement | null {
  const kinds = INPUT_KINDS.filter((k) => summary[k].n > 0);
  if (kinds.length === 0) return null;
  const parts = kinds.map((k) => `${t(`reveal.latency.${k}`)} ${ms(summary[k].p50Ms)} / ${ms(summary[k].p99Ms)} ms`);
  return h('p', { class: 'latency-line', 'data-testid': 'latency-line' }, h('strong', { text: `${t('reveal.latencyTitle')}: ` }), parts.join(' · '));
}

export function revealBody(first: SessionSnapshot, latency: () => LatencySummary | null = () => null): PhaseBody {
  const left = h('section', { class: 'class-view', 'aria-labelledby': 'class-title' });
  left.tabIndex = 0; // it may scroll on a small projector, like the debrief
  const debrief = debriefCard(first.gameId, first.level, currentSetTitle(first));
  debrief.tabIndex = 0; // it may scroll on a small projector
  // A game's own figures (Werkstatt: the photo with the class's taps) go above the debrief in
  // the wide column: in the left one they pushed the solutions to 0 px (newcomer, 1080p).
  const figures = h('div', { class: 'class-figures-holder' });
  const el = h('div', { class: 'show-body reveal-body' }, left, h('div', { class: 'reveal-side' }, figures, debrief));
  let key = '';
  return {
    el,
    update: (s) => {
      const players = playersInRound(s);
      const lat = s.gameId === 'reaktion' ? latency() : null;
      const next = `${s.roundIndex}:${s.roundEndedEarly}:${players.map((p) => `${p.id}=${p.detail}`).join('|')}:${lang()}:${JSON.stringify(lat)}`;
      if (next === key) return; // redraw only when the figures changed (keeps the bars' animation)
      key = next;
      const details = players.map((p) => parseJsonObject(p.detail));
      const summary = classSummary(s.gameId, details, parseJsonObject(s.round), lang()) ?? pointsSummary(s);
      replace(left,
        // M2: a round the host ended early says so beside the title (same line: the reveal is full at 1080p).
        h('h2', { id: 'class-title' }, t('reveal.class'),
          s.roundEndedEarly ? h('span', { class: 'class-ended-early', 'data-testid': 'ended-early', title: t('host.endedEarly'), text: t('host.endedEarlyShort') }) : null),
        classChart(summary, details.filter((d) => Object.keys(d).length > 0).length),
        summary.answer ? h('p', { class: 'class-answer', text: summary.answer }) : null,
        // No line without a mistake the game can name: never a false "nobody made a mistake".
        summary.commonMistake ? h('p', { class: 'class-mistake' }, h('strong', { text: `${t('reveal.commonMistake')}: ` }), summary.commonMistake) : null,
        summary.solutions?.length ? solutionList(summary.solutions) : null,
        lat ? latencyLine(lat) : null,
      );
      replace(figures, summary.figures ? h('div', { class: 'class-figures' }, ...summary.figures()) : '');
    },
    destroy: () => {},
  };
}
