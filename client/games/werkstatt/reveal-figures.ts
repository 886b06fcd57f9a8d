import { showDecimal } from '../../../shared/games/werkstatt/decimal.ts';
import { regionFromNumbers, type SpotRegion } from '../../../shared/games/werkstatt/spot.ts';
import type { WerkstattDetail, WerkstattPublicRound } from '../../../shared/games/werkstatt/wire.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import { h } from '../../kit/dom.ts';
import { wt } from './ui-texts.ts';
import './reveal-figures.css';

// The projector's pictures at the reveal: the photo of a "tap the spot" task large, with the
// whole class's taps as a heat map and the right spot outlined; for a number task the
// distribution of the numbers given. Only counts and anonymous taps: never who tapped where.

/** All taps of task i (relative [x, y]) from the class's details. */
export function tapsOf(details: readonly WerkstattDetail[], i: number): [number, number][] {
  return details.flatMap((d) => {
    const a = d.tasks?.[i]?.a;
    return Array.isArray(a) && a.length === 2 && a.every((v) => typeof v === 'number') ? [a as [number, number]] : [];
  });
}

/** One bar of the numbers' distribution: [from, to, count, right]. */
export type NumberBin = [from: number, to: number, count: number, right: boolean];

/**
 * Numbers given for a number task, binned so that no bin mixes right and wrong answers: one
 * bin for the tolerance band [value − tolerance, value + tolerance] (the right answers, the
 * same test as the score's), and up to `side` equal bins below and above it for the wrong
 * ones (a side without answers has none). A bin that straddled the band edge counted wrong
 * answers under the ✓ (newcomer: "✓ 3–4" held a 4,5 when 3,5 ± 0,5 was asked).
 */
export function numberBins(values: readonly number[], right: number, tolerance: number, side = 3): NumberBin[] {
  if (values.length === 0) return [];
  const tol = Math.max(0, tolerance);
  const margin = 1e-9 * Math.max(1, Math.abs(right));
  const isRight = (v: number) => Math.abs(v - right) <= tol + margin;
  const split = (vs: readonly number[], from: number, to: number): NumberBin[] => {
    if (vs.length === 0) return [];
    const n = to > from ? side : 1;
    const width = (to - from) / n || 1;
    const out = Array.from({ length: n }, (_, k): NumberBin => [from + k * width, k === n - 1 ? to : from + (k + 1) * width, 0, false]);
    for (const v of vs) (out[Math.max(0, Math.min(n - 1, Math.floor((v - from) / width)))] as NumberBin)[2] += 1;
    return out;
  };
  const below = values.filter((v) => !isRight(v) && v < right);
  const above = values.filter((v) => !isRight(v) && v > right);
  return [
    ...split(below, Math.min(...below), right - tol),
    [right - tol, right + tol, values.filter(isRight).length, true],
    ...split(above, right + tol, Math.max(...above)),
  ];
}

/** Three significant digits: a bin's edge as people read it. */
const nice = (v: number): number => Number(v.toPrecision(3));

/** "✓ 0,04–0,06 mm" for the right answers' bin, "0,5–1 mm" for a wrong one, one value when from = to. */
export function binLabel([from, to, , right]: NumberBin, unit: string, lang: Lang): string {
  const range = nice(from) === nice(to) ? showDecimal(nice(from), lang) : `${showDecimal(nice(from), lang)}–${showDecimal(nice(to), lang)}`;
  return `${right ? '✓ ' : ''}${range} ${unit}`.trim();
}

function drawHeat(canvas: HTMLCanvasElement, img: HTMLImageElement, taps: readonly [number, number][], region: SpotRegion | null): void {
  const w = (canvas.width = img.naturalWidth || 1600);
  const hgt = (canvas.height = img.naturalHeight || 1200);
  const g = canvas.getContext('2d');
  if (!g) return;
  const r = Math.max(w, hgt) * 0.035;
  g.globalCompositeOperation = 'source-over';
  for (const [x, y] of taps) {
    const grad = g.createRadialGradient(x * w, y * hgt, 0, x * w, y * hgt, r);
    grad.addColorStop(0, 'rgba(255, 40, 0, 0.55)');
    grad.addColorStop(1, 'rgba(255, 200, 0, 0)');
    g.fillStyle = grad;
    g.fillRect(x * w - r, y * hgt - r, 2 * r, 2 * r);
  }
  if (!region) return;
  g.lineWidth = Math.max(4, w / 250);
  for (const [colour, dash] of [['#ffffff', []], ['#00a651', [w / 80, w / 120]]] as const) {
    g.strokeStyle = colour;
    g.setLineDash([...dash]);
    g.beginPath();
    if (region.shape === 'rect') g.rect(region.x * w, region.y * hgt, region.w * w, region.h * hgt);
    else g.ellipse(region.x * w, region.y * hgt, region.rx * w, region.ry * hgt, 0, 0, 2 * Math.PI);
    g.stroke();
  }
}

/** The heat map of the spot task with the fewest right taps, and the first number task's distribution. */
export function revealFigures(details: readonly WerkstattDetail[], round: WerkstattPublicRound, lang: Lang): HTMLElement[] {
  const figures: HTMLElement[] = [];
  const right = (i: number) => details.filter((d) => (d.tasks?.[i]?.c ?? 0) >= 0.999).length;
  const spots = round.tasks.flatMap((t, i) => (t.kind === 'spot' && t.photo?.projector ? [i] : [])).toSorted((a, b) => right(a) - right(b));
  const spot = spots[0];
  if (spot !== undefined) {
    const src = round.tasks[spot]?.photo?.projector as string;
    const solution = details.find((d) => d.tasks?.[spot])?.tasks[spot]?.s;
    // Sizes inline: the host page loads this without the phone scene's stylesheet.
    const img = h('img', { class: 'ws-heat-img', src, alt: wt(lang, 'heatAlt'), style: 'display: block; max-width: 100%; max-height: 30vh; width: auto; height: auto;' });
    const canvas = h('canvas', { class: 'ws-heat-canvas', 'aria-hidden': 'true', 'data-taps': tapsOf(details, spot).length, style: 'position: absolute; inset: 0; width: 100%; height: 100%; pointer-events: none;' });
    const draw = () => drawHeat(canvas, img, tapsOf(details, spot), solution ? regionFromNumbers(solution) : null);
    img.addEventListener('load', draw);
    if (img.complete) draw();
    figures.push(h('figure', { class: 'ws-heat' }, h('figcaption', { text: wt(lang, 'heatTitle', { n: spot + 1 }) }), h('div', { class: 'ws-heat-stage', style: 'position: relative; display: inline-block; max-width: 100%; line-height: 0;' }, img, canvas)));
  }
  const num = round.tasks.findIndex((t, i) => t.kind === 'number' && details.some((d) => typeof d.tasks?.[i]?.a === 'number'));
  if (num >= 0) {
    const values = details.flatMap((d) => (typeof d.tasks?.[num]?.a === 'number' ? [d.tasks[num].a as number] : []));
    const solution = details.find((d) => d.tasks?.[num])?.tasks[num]?.s ?? [];
    const bins = numberBins(values, solution[0] ?? 0, solution[1] ?? 0);
    // A bar's length is its share of everyone who gave a number (the longest bar is not 100 %).
    const answered = Math.max(1, values.length);
    const unit = round.tasks[num]?.unit ?? '';
    figures.push(h('figure', { class: 'ws-dist' }, h('figcaption', { text: wt(lang, 'numbersTitle', { n: num + 1 }) }),
      h('ol', { class: 'ws-dist-bars' }, ...bins.map((bin) => h('li', { class: bin[3] ? 'is-good' : '' },
        h('span', { class: 'ws-dist-label', text: binLabel(bin, unit, lang) }),
        h('span', { class: 'ws-dist-bar', style: `width: ${(60 * bin[2]) / answered}%` }),
        h('span', { class: 'ws-dist-count', text: String(bin[2]) }))))));
  }
  return figures;
}
