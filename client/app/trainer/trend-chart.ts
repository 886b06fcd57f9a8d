// The learning curve of one game and level (issue 21, walkthrough m3: the old line had no
// scale): every round's points in order, on a labelled 0..max scale with the round numbers
// below, and a dashed line at the first round's points so later rounds read against it.
// It is a picture for sighted users; its aria-label says the same in words.

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 300;
const HEIGHT = 150;
/** Room for the axis labels: left (points), bottom (round numbers), top and right. */
const LEFT = 44;
const BOTTOM = 34;
const TOP = 10;
const RIGHT = 10;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Axis titles of the chart, in the page's language. */
export interface ChartLabels {
  /** Title of the vertical axis ("Punkte"). */
  y: string;
  /** Title of the horizontal axis ("Runde"). */
  x: string;
  /** The whole trend in words, for screen readers. */
  aria: string;
}

/** `scores` oldest first, drawn on a 0..`max` points scale with ticks at 0, half and max. */
export function trendChart(scores: readonly number[], max: number, labels: ChartLabels): SVGSVGElement {
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'img', 'aria-label': labels.aria, class: 'trend-chart' });
  const top = Math.max(max, ...scores, 1);
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const x = (i: number) => LEFT + (scores.length < 2 ? plotW / 2 : (i * plotW) / (scores.length - 1));
  const y = (v: number) => TOP + plotH - (Math.max(0, v) / top) * plotH;
  for (const tick of [0, Math.round(top / 2), top]) {
    root.append(svg('line', { x1: LEFT, y1: y(tick), x2: WIDTH - RIGHT, y2: y(tick), class: tick === 0 ? 'trend-axis' : 'trend-grid' }));
    root.append(svg('text', { x: LEFT - 5, y: y(tick) + 4, 'text-anchor': 'end', class: 'trend-tick' }, String(tick)));
  }
  root.append(svg('line', { x1: LEFT, y1: TOP, x2: LEFT, y2: TOP + plotH, class: 'trend-axis' }));
  // Round numbers: each of a short curve; the first, middle and last of a longer one.
  const n = scores.length;
  const marks = n < 6 ? scores.map((_, i) => i) : [0, Math.floor((n - 1) / 2), n - 1];
  for (const i of marks) root.append(svg('text', { x: x(i), y: TOP + plotH + 14, 'text-anchor': 'middle', class: 'trend-tick' }, String(i + 1)));
  root.append(svg('text', { x: LEFT + plotW / 2, y: HEIGHT - 4, 'text-anchor': 'middle', class: 'trend-title' }, labels.x));
  root.append(svg('text', { x: 12, y: TOP + plotH / 2, 'text-anchor': 'middle', class: 'trend-title', transform: `rotate(-90 12 ${TOP + plotH / 2})` }, labels.y));
  if (n > 1) {
    root.append(svg('line', { x1: LEFT, y1: y(scores[0] ?? 0), x2: WIDTH - RIGHT, y2: y(scores[0] ?? 0), class: 'trend-first' }));
    root.append(svg('polyline', { points: scores.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' '), class: 'trend-line', fill: 'none' }));
  }
  scores.forEach((v, i) => root.append(svg('circle', { cx: x(i).toFixed(1), cy: y(v).toFixed(1), r: 3.5, class: 'trend-dot' })));
  return root;
}
