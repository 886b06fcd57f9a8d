// A small inline SVG line of scores over time (oldest left). It is a picture for sighted
// users; its aria-label says the same in words (rounds, first and last score, best).

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 160;
const HEIGHT = 40;
const PAD = 3;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** `scores` oldest first, drawn on a 0..`max` scale; `label` describes the trend for screen readers. */
export function trendChart(scores: readonly number[], max: number, label: string): SVGSVGElement {
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'img', 'aria-label': label, class: 'trend-chart' });
  const top = Math.max(max, ...scores, 1);
  const x = (i: number) => (scores.length < 2 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (scores.length - 1));
  const y = (v: number) => HEIGHT - PAD - (Math.max(0, v) / top) * (HEIGHT - 2 * PAD);
  root.append(svg('line', { x1: PAD, y1: HEIGHT - PAD, x2: WIDTH - PAD, y2: HEIGHT - PAD, class: 'trend-axis' }));
  if (scores.length > 1) {
    root.append(svg('polyline', { points: scores.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' '), class: 'trend-line', fill: 'none' }));
  }
  scores.forEach((v, i) => root.append(svg('circle', { cx: x(i).toFixed(1), cy: y(v).toFixed(1), r: 2.5, class: 'trend-dot' })));
  return root;
}
