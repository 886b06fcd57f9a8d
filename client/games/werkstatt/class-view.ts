import type { WerkstattDetail, WerkstattPublicRound } from '../../../shared/games/werkstatt/wire.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import type { ClassSummary } from '../../kit/contract.ts';
import { revealFigures } from './reveal-figures.ts';
import { solutionText } from './result-lines.ts';
import { wt } from './ui-texts.ts';

// The projector's reveal: how many got each task right, the best and the hardest tasks, and
// every task's prompt with its solution (the solutions come from the players' details, which
// exist only after play). Never one apprentice's answer.

/** "Aufgabe 2" or "Aufgaben 1, 3" (0-based indexes in). */
function taskList(indexes: readonly number[], lang: Lang): string {
  return indexes.length === 1
    ? wt(lang, 'bar', { n: (indexes[0] ?? 0) + 1 })
    : wt(lang, 'tasksMany', { list: indexes.map((i) => i + 1).join(', ') });
}

export function werkstattClassView(details: readonly WerkstattDetail[], round: WerkstattPublicRound, lang: Lang): ClassSummary | null {
  const n = round.tasks?.length ?? 0;
  // Those who played this round (a seat that joined after the start has no tasks).
  const played = details.filter((d) => Array.isArray(d.tasks));
  if (n === 0 || played.length === 0) return null;
  const indexes = Array.from({ length: n }, (_x, i) => i);
  const right = indexes.map((i) => played.filter((d) => (d.tasks[i]?.c ?? 0) >= 0.999).length);
  const pct = (i: number) => Math.round((100 * (right[i] ?? 0)) / played.length);
  const top = Math.max(...indexes.map(pct));
  const low = Math.min(...indexes.map(pct));
  // A tie (every task as good as every other) has no best and no hardest task.
  const even = top === low;
  const best = indexes.filter((i) => pct(i) === top);
  const hardest = indexes.filter((i) => pct(i) === low);
  const solutions = indexes.map((i) => {
    const task = round.tasks[i];
    const result = played.find((d) => d.tasks[i])?.tasks[i];
    return {
      label: wt(lang, 'taskPrompt', { n: i + 1, prompt: task?.prompt ?? '' }),
      solution: result ? wt(lang, 'solution', { v: solutionText(result, round, i, lang) }) : '',
    };
  });
  return {
    chartTitle: wt(lang, 'chartTitle'),
    // A bar is the share of the players who played: 1 of 2 right is half a bar, not a full one.
    of: played.length,
    bars: right.map((count, i) => ({ label: wt(lang, 'bar', { n: i + 1 }), count, good: pct(i) >= 50 })),
    answer: even ? wt(lang, 'even', { pct: top }) : wt(lang, 'answer', { tasks: taskList(best, lang), pct: top }),
    ...(!even && low < 100 ? { commonMistake: wt(lang, 'mistake', { tasks: taskList(hardest, lang), pct: low }) } : {}),
    solutions,
    figures: () => revealFigures(played, round, lang),
  };
}
