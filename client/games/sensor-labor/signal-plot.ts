import { schmitt } from '../../../shared/games/sensor-labor/hysteresis.ts';

// Draws the analog signal with the switching levels, and optionally switching outputs as
// step traces underneath (the player's, and the ideal one at the reveal). Canvas 2D: one
// static picture, no game engine needed.

export interface Trace {
  switchPoint: number;
  resetPoint: number;
  /** NO (Schließer) or NC (Öffner); NO when left out. */
  output?: 'no' | 'nc';
  colour: string;
}

export interface PlotOptions {
  /** Draw the signal only up to this share (0..1): the signal "scrolls in". */
  shown?: number;
  /** Current setting: the on/off levels are drawn as lines. */
  setting?: { switchPoint: number; resetPoint: number } | null;
  traces?: Trace[];
}

const SIGNAL_H = 0.62; // share of the height for the signal, the rest for output traces

export function drawSignal(canvas: HTMLCanvasElement, samples: readonly number[], max: number, opts: PlotOptions = {}): void {
  const dpr = globalThis.devicePixelRatio || 1;
  const w = Math.max(200, Math.round(canvas.clientWidth || 340));
  const hgt = Math.max(160, Math.round(canvas.clientHeight || 220));
  if (canvas.width !== w * dpr || canvas.height !== hgt * dpr) {
    canvas.width = w * dpr;
    canvas.height = hgt * dpr;
  }
  const g = canvas.getContext('2d');
  if (!g || samples.length < 2) return;
  g.setTransform(dpr, 0, 0, dpr, 0, 0);
  g.fillStyle = '#101826';
  g.fillRect(0, 0, w, hgt);
  const top = 8;
  const sigH = hgt * SIGNAL_H - top;
  const x = (i: number) => (i / (samples.length - 1)) * (w - 8) + 4;
  const y = (v: number) => top + sigH - (v / max) * sigH;

  const level = (v: number, colour: string, dash: number[]) => {
    g.strokeStyle = colour;
    g.setLineDash(dash);
    g.lineWidth = 1.5;
    g.beginPath();
    g.moveTo(0, y(v));
    g.lineTo(w, y(v));
    g.stroke();
    g.setLineDash([]);
  };
  if (opts.setting) {
    const { switchPoint: sp, resetPoint: rp } = opts.setting;
    g.fillStyle = 'rgba(255, 191, 71, 0.15)';
    g.fillRect(0, y(sp), w, y(rp) - y(sp));
    level(sp, '#ffbf47', []);
    level(rp, '#7cc4ff', []);
  }

  const n = Math.max(2, Math.round(samples.length * (opts.shown ?? 1)));
  g.strokeStyle = '#e8eef6';
  g.lineWidth = 1.5;
  g.beginPath();
  samples.slice(0, n).forEach((v, i) => (i === 0 ? g.moveTo(x(i), y(v)) : g.lineTo(x(i), y(v))));
  g.stroke();

  const traces = opts.traces ?? [];
  const laneH = (hgt - hgt * SIGNAL_H - 6) / Math.max(1, traces.length);
  traces.forEach((tr, k) => {
    const { output } = schmitt(samples, tr);
    const base = hgt * SIGNAL_H + 6 + laneH * (k + 1) - 4;
    const high = base - laneH * 0.7;
    g.strokeStyle = tr.colour;
    g.lineWidth = 2;
    g.beginPath();
    output.forEach((on, i) => {
      const yy = on ? high : base;
      if (i === 0) g.moveTo(x(i), yy);
      else {
        g.lineTo(x(i), output[i - 1] ? high : base);
        g.lineTo(x(i), yy);
      }
    });
    g.stroke();
  });
}
