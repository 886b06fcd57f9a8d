import type { WerkstattDetail, WerkstattPublicRound } from '../../../shared/games/werkstatt/wire.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import type { ClassSummary } from '../../kit/contract.ts';
import { solutionText } from './result-lines.ts';
import { wt } from './ui-texts.ts';

// The projector's reveal: how many got each task right, the best and the hardest task with
// its solution. Never one apprentice's answer.

export function werkstattClassView(details: readonly WerkstattDetail[], round: WerkstattPublicRound, lang: Lang): ClassSummary | null {
  const n = round.tasks?.length ?? 0;
  if (n === 0 || details.length === 0) return null;
  const right = Array.from({ length: n }, (_x, i) => details.filter((d) => (d.tasks?.[i]?.c ?? 0) >= 0.999).length);
  const pct = (i: number) => Math.round((100 * (right[i] ?? 0)) / details.length);
  const order = right.map((_r, i) => i).toSorted((a, b) => (right[a] ?? 0) - (right[b] ?? 0));
  const hardest = order[0] as number;
  const best = order.at(-1) as number;
  const first = details.find((d) => d.tasks?.[hardest]);
  const solution = first ? solutionText(first.tasks[hardest]!, round, hardest, lang) : '';
  return {
    chartTitle: wt(lang, 'chartTitle'),
    bars: right.map((count, i) => ({ label: wt(lang, 'bar', { n: i + 1 }), count, good: pct(i) >= 50 })),
    answer: wt(lang, 'answer', { n: best + 1, pct: pct(best) }),
    ...(pct(hardest) < 100 ? { commonMistake: `${wt(lang, 'mistake', { n: hardest + 1, pct: pct(hardest) })} ${wt(lang, 'solution', { v: solution })}` } : {}),
  };
}
