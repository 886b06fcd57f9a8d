import * as Phaser from 'phaser';
import { schmitt, type Setting } from '../../../shared/games/sensor-labor/hysteresis.ts';
import { addText, onLayout, type StageView } from '../../kit/phaser-stage.ts';

// Level 3's world: the analog signal scrolls from right to left across a plot with
// labelled axes; the switch point SP (orange, solid) and the reset point rP (blue, dashed)
// lie across it with the band between them shaded; below, the switching output runs along
// (the same Schmitt trigger the judge uses), and every switching that scrolls past the
// "now" line is counted. With reduced motion the whole signal stands still.

const SAMPLES_PER_S = 24;
const SP_COLOUR = 0xff9f1c;
const RP_COLOUR = 0x4cc9f0;
const OUT_COLOUR = 0x8ff0a4;

export interface SignalSceneHooks {
  ready(scene: SignalScene): void;
  motion(ms: number): number;
  word(key: 'axisY' | 'axisX' | 'output'): string;
  /** Switchings counted in the current pass, and the pass number (from 1). */
  counted(n: number): void;
  /** The plot moved or resized: handles follow. */
  laidOut(): void;
}

export class SignalScene extends Phaser.Scene {
  private g!: Phaser.GameObjects.Graphics;
  private texts: Phaser.GameObjects.Text[] = [];
  private view: StageView = { width: 1, height: 1, dpr: 1 };
  private samples: number[] = [];
  private max = 100;
  private setting: Setting = { switchPoint: 50, resetPoint: 50 };
  private output: boolean[] = [];
  private onEdges: number[] = [];
  private headS = 0;
  private lastCount = -1;
  /** Room right of the plot for the handles (CSS px): the plot never runs under them. */
  private gutter = 64;

  constructor(private readonly hooks: SignalSceneHooks) {
    super({ key: 'sensor-labor-signal' });
  }

  create(): void {
    this.g = this.add.graphics();
    onLayout(this, (view) => {
      this.view = view;
      this.labels();
      this.draw();
      this.hooks.laidOut();
    });
    this.hooks.ready(this);
  }

  /** The plot's box in CSS px: values map onto [top, bottom]. */
  plot(): { left: number; right: number; top: number; bottom: number; outTop: number; outBottom: number } {
    const left = 44, right = this.view.width - this.gutter, top = 28;
    // The output lane below keeps at least ~18 px on a short phone, so on and off stay apart.
    const bottom = Math.min(this.view.height * 0.72, this.view.height - 70);
    return { left, right, top, bottom, outTop: bottom + 30, outBottom: this.view.height - 22 };
  }

  /** The y (CSS px) of a signal value. */
  yOf(v: number): number {
    const p = this.plot();
    return p.bottom - (v / this.max) * (p.bottom - p.top);
  }

  /** The signal value at a y (CSS px), clamped to the range. */
  valueAt(y: number): number {
    const p = this.plot();
    return Math.max(0, Math.min(this.max, ((p.bottom - y) / (p.bottom - p.top)) * this.max));
  }

  /** Sets the room right of the plot (CSS px, the handles' width); redraws when it changed. */
  setGutter(px: number): void {
    const next = Math.max(40, Math.round(px));
    if (next === this.gutter) return;
    this.gutter = next;
    if (!this.g) return;
    this.labels();
    this.draw();
    this.hooks.laidOut();
  }

  setSignal(samples: number[], max: number): void {
    this.samples = samples;
    this.max = max;
    this.setSetting(this.setting);
  }

  setSetting(s: Setting): void {
    this.setting = s;
    ({ output: this.output, onEdges: this.onEdges } = schmitt(this.samples, s));
    this.lastCount = -1;
    this.draw();
  }

  private labels(): void {
    for (const t of this.texts) t.destroy();
    const p = this.plot();
    const style = { fontSize: '12px', color: '#9fb3c8' };
    this.texts = [0, 25, 50, 75, 100].map((v) => addText(this, p.left - 6, this.yOf(v), String(v), style).setOrigin(1, 0.5));
    this.texts.push(addText(this, p.left - 36, 6, this.hooks.word('axisY'), { ...style, fontStyle: 'bold' }));
    this.texts.push(addText(this, p.right, p.bottom + 4, this.hooks.word('axisX'), { ...style, fontStyle: 'bold' }).setOrigin(1, 0));
    this.texts.push(addText(this, p.left, p.outTop - 16, this.hooks.word('output'), { ...style, fontStyle: 'bold' }));
  }

  relabel(): void {
    this.labels();
  }

  private draw(): void {
    const g = this.g;
    if (!g) return;
    const p = this.plot();
    const n = this.samples.length;
    g.clear();
    g.lineStyle(1, 0x2b3747);
    for (const v of [0, 25, 50, 75, 100]) g.lineBetween(p.left, this.yOf(v), p.right, this.yOf(v));
    g.lineStyle(2, 0x6b7b8f).lineBetween(p.left, p.top, p.left, p.bottom).lineBetween(p.left, p.bottom, p.right, p.bottom);
    if (n < 2) return;
    const still = this.hooks.motion(1) === 0;
    const span = still ? n : Math.min(n, Math.round((p.right - p.left) / 3));
    const head = still ? n - 1 : Math.floor(this.headS * SAMPLES_PER_S) % n;
    const first = head - span + 1;
    const at = (k: number) => this.samples[((first + k) % n + n) % n] as number;
    const x = (k: number) => p.left + (k / (span - 1)) * (p.right - p.left);
    // Band between rP and SP, then the two lines.
    const { switchPoint: sp, resetPoint: rp } = this.setting;
    g.fillStyle(SP_COLOUR, 0.12).fillRect(p.left, this.yOf(sp), p.right - p.left, this.yOf(rp) - this.yOf(sp));
    g.lineStyle(3, SP_COLOUR).lineBetween(p.left, this.yOf(sp), p.right, this.yOf(sp));
    for (let xx = p.left; xx < p.right; xx += 14) g.lineStyle(3, RP_COLOUR).lineBetween(xx, this.yOf(rp), Math.min(p.right, xx + 8), this.yOf(rp));
    g.lineStyle(2, 0xe8eef6).beginPath();
    g.moveTo(x(0), this.yOf(at(0)));
    for (let k = 1; k < span; k++) g.lineTo(x(k), this.yOf(at(k)));
    g.strokePath();
    // The switching output below, on the same time axis.
    const hi = p.outTop + 4, lo = p.outBottom - 4;
    g.lineStyle(3, OUT_COLOUR).beginPath();
    for (let k = 0; k < span; k++) {
      const on = this.output[((first + k) % n + n) % n];
      const y = on ? hi : lo;
      if (k === 0) g.moveTo(x(k), y);
      else g.lineTo(x(k), y);
    }
    g.strokePath();
    const count = this.onEdges.filter((e) => e <= head).length;
    if (count !== this.lastCount) {
      this.lastCount = count;
      this.hooks.counted(count);
    }
  }

  override update(_time: number, deltaMs: number): void {
    if (this.hooks.motion(1) === 0 || this.samples.length < 2) return;
    this.headS += deltaMs / 1000;
    this.draw();
  }
}
