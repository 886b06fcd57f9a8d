import { showDecimal } from '../../../shared/games/werkstatt/decimal.ts';
import type { WerkstattDetail, WerkstattPublicRound, WerkstattTaskResult } from '../../../shared/games/werkstatt/wire.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import { h } from '../../kit/dom.ts';
import { wt } from './ui-texts.ts';

// The own result at the reveal: per task right / partly / wrong, the solution and the
// trainer's explanation (the detail carries them; the public round never did).

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Short result lines of one round's detail. */
export function werkstattResultLines(detail: WerkstattDetail, lang: Lang): string[] {
  return [wt(lang, 'resCorrect', { pct: num(detail.correctPct) }), wt(lang, 'resAnswered', { n: num(detail.answered), total: num(detail.of) })];
}

const mark = (t: WerkstattTaskResult, lang: Lang) => wt(lang, t.a === null ? 'skipped' : t.c >= 0.999 ? 'right' : t.c > 0 ? 'partly' : 'wrong');

/** The solution of a task as words, from the public round's shown options and steps. */
export function solutionText(t: WerkstattTaskResult, round: WerkstattPublicRound, i: number, lang: Lang): string {
  const task = round.tasks[i];
  if (!task) return '';
  if (task.kind === 'choice') return t.s.map((p) => task.options?.[p] ?? '').join(', ');
  if (task.kind === 'number') {
    const [value = 0, tol = 0] = t.s;
    return `${showDecimal(value, lang)}${tol > 0 ? ` ± ${showDecimal(tol, lang)}` : ''} ${task.unit ?? ''}`.trim();
  }
  if (task.kind === 'spot') return wt(lang, 'spotSolution');
  return t.s.map((p) => task.steps?.[p] ?? '').join(' → ');
}

/** Every task with its mark, solution and explanation. */
export function werkstattResultView(detail: WerkstattDetail, round: WerkstattPublicRound, lang: Lang): HTMLElement | null {
  if (!Array.isArray(detail.tasks) || !Array.isArray(round.tasks)) return null;
  return h('ol', { class: 'ws-results' }, ...detail.tasks.map((t, i) => h('li', { class: 'ws-result' },
    h('p', { class: 'ws-result-head', text: wt(lang, 'resTask', { n: i + 1, mark: mark(t, lang) }) }),
    h('p', { text: wt(lang, 'solution', { v: solutionText(t, round, i, lang) }) }),
    t.x ? h('p', { class: 'ws-explain', text: t.x }) : null)));
}
