import * as Phaser from 'phaser';
import { addText, bootStage, onLayout, type Stage, type StageView } from '../../kit/phaser-stage.ts';
import { motionMs } from '../../kit/motion.ts';
import { recordList } from '../../kit/records.ts';
import { drawToken, labelInside, MAX_TOKENS, tokenWidth, trainOf, type Token } from './wire-art.ts';

// The Phaser picture above the controls: the path a measured value takes (sensor → line →
// bus → switch → broker). The station of this level is drawn bold and underlined (shape,
// not colour alone); each new item sends what this level is about along the path — the
// byte's bits, the UART frame, the CAN nodes' frames, the packets at the switch, the MQTT
// message (wire-art.ts) — one slow movement per item, far below three flashes a second,
// and none with reduced motion (the train then stands at its station).

// One station per level, not one real data path (content review B10): the UART frames of
// level 2 are what IO-Link sends between sensor and master, hence its name.
const STATIONS = ['Sensor', 'IO-Link', 'CAN', 'Switch', 'MQTT'] as const;
/** A serial line's pace on screen: slow enough to follow, one movement per item. */
const SPEED_PX_S = 110;
const MIN_TRAVEL_MS = 1200;
const MAX_TRAVEL_MS = 2600;
const GAP = 2;
const BG = '#10243a';
const LINE = 0x7cc4ff;

class WireScene extends Phaser.Scene {
  private stationX: number[] = [];
  private y = 0;
  private view: StageView = { width: 1, height: 1, dpr: 1 };
  private readonly drawn: Phaser.GameObjects.GameObject[] = [];
  private g!: Phaser.GameObjects.Graphics;
  /** Pooled labels, one per token slot: set per item, moved per frame (never created while moving). */
  private readonly labels: Phaser.GameObjects.Text[] = [];
  private tokens: Token[] = [];
  private widths: number[] = [];
  private framed = false;
  private progress = 1;
  private moving = false;
  private stationBox: Phaser.GameObjects.Rectangle | null = null;
  private tween: Phaser.Tweens.Tween | null = null;

  constructor(private readonly level: number) {
    super('datenfluss-wire');
  }

  create(): void {
    this.g = this.add.graphics().setDepth(1);
    for (let i = 0; i < MAX_TOKENS; i++) {
      this.labels.push(addText(this, 0, 0, '', { fontSize: '11px', fontFamily: 'ui-monospace, monospace', fontStyle: 'bold', color: '#e8eef6' }).setOrigin(0.5, 1).setDepth(2).setVisible(false));
    }
    onLayout(this, (view) => this.layout(view));
  }

  /** Where the train leaves from and stops (level 1's byte leaves the sensor for the IO-Link master). */
  private route(): [number, number] {
    const from = this.stationX[0] ?? 0;
    return [from, this.stationX[Math.max(1, this.level - 1)] ?? from];
  }

  private layout(view: StageView): void {
    this.view = view;
    if (this.stationBox) this.tweens.killTweensOf(this.stationBox);
    for (const o of this.drawn.splice(0)) o.destroy();
    const margin = 40; // room for the outer stations' names
    this.y = Math.round(view.height * 0.5);
    const step = (view.width - 2 * margin) / (STATIONS.length - 1);
    this.stationX = STATIONS.map((_, i) => margin + i * step);
    const wire = this.add.graphics();
    wire.lineStyle(3, LINE).lineBetween(margin, this.y, view.width - margin, this.y);
    this.drawn.push(wire);
    STATIONS.forEach((name, i) => {
      const mine = i + 1 === this.level;
      const x = this.stationX[i] as number;
      const box = this.add.rectangle(x, this.y, mine ? 22 : 14, mine ? 22 : 14, mine ? 0xffffff : LINE);
      if (mine) box.setStrokeStyle(3, 0xffd166);
      if (i === Math.max(1, this.level - 1)) this.stationBox = box;
      const label = addText(this, x, this.y + 14, name, { fontSize: mine ? '15px' : '12px', fontStyle: mine ? 'bold' : 'normal' }).setOrigin(0.5, 0);
      this.drawn.push(box, label);
      if (mine) this.drawn.push(this.add.rectangle(x, label.y + label.height + 1, label.width, 2, 0xffffff));
    });
    this.measure();
    this.place();
  }

  /** Token widths for this size (a value or message box grows to its text). */
  private measure(): void {
    const step = Math.max(11, Math.min(18, this.view.width / 34));
    this.widths = this.tokens.map((t, i) => {
      const w = tokenWidth(t, step);
      const text = this.labels[i];
      return t.kind === 'value' || t.kind === 'message' ? Math.max(w, (text?.width ?? 0) + 10) : w;
    });
  }

  /** Sends one item's train from the sensor into this level's station. */
  send(cue: Record<string, unknown>): void {
    const train = trainOf(this.level, cue);
    // For tests (the app's hook): what travelled for which item.
    recordList<{ item: unknown; tokens: string }>('datenfluss', 'trains').push({ item: cue.item, tokens: train.tokens.map((t) => `${t.kind}:${t.label}`).join(' ') });
    this.tokens = train.tokens;
    this.framed = train.framed;
    this.labels.forEach((l, i) => {
      const t = this.tokens[i];
      l.setText(t?.label ?? '').setVisible(!!t).setColor(t && labelInside(t) ? '#10243a' : '#e8eef6');
    });
    this.measure();
    this.tween?.stop();
    const [from, to] = this.route();
    const ms = motionMs(Math.max(MIN_TRAVEL_MS, Math.min(MAX_TRAVEL_MS, ((this.length() + to - from) / SPEED_PX_S) * 1000)));
    this.moving = ms > 0;
    this.progress = this.moving ? 0 : 1;
    this.place();
    if (!this.moving) return;
    this.tween = this.tweens.addCounter({
      from: 0, to: 1, duration: ms, ease: 'Linear',
      onUpdate: (tw) => {
        this.progress = tw.getValue() ?? 1;
        this.place();
      },
      onComplete: () => this.received(),
    });
  }

  /** The station took the whole train: its box swells once. */
  private received(): void {
    const box = this.stationBox;
    if (!box || this.tokens.length === 0) return;
    this.tweens.add({ targets: box, scale: 1.5, duration: 160, yoyo: true, ease: 'Sine.easeOut' });
  }

  private length(): number {
    let total = -GAP;
    for (let i = 0; i < this.tokens.length; i++) total += (this.widths[i] ?? 0) + GAP;
    return Math.max(0, total);
  }

  /**
   * Draws the train: moving, it comes out of the sensor token by token and goes into the
   * station the same way (a serial line: one bit after the other); standing still (reduced
   * motion), it waits whole between the two. Draw calls and moves only, no allocation.
   */
  private place(): void {
    const g = this.g;
    if (!g) return;
    g.clear();
    const n = this.tokens.length;
    if (n === 0) return;
    const total = this.length();
    const [from, to] = this.route();
    const left = this.moving
      ? from - total + (to - from + total) * this.progress
      : Math.max(4, Math.min(this.view.width - total - 4, (from + to) / 2 - total / 2));
    const lo = this.moving ? from : -Infinity, hi = this.moving ? to : Infinity;
    const base = this.y - 5;
    const h = Math.min(18, this.view.height * 0.2);
    if (this.framed) {
      const x0 = Math.max(lo, left - 4), x1 = Math.min(hi, left + total + 4);
      if (x1 - x0 > 8) g.lineStyle(1.5, 0xe8eef6, 0.6).strokeRoundedRect(x0, base - h - 18, x1 - x0, h + 20, 4);
    }
    let x = left;
    for (let i = 0; i < n; i++) {
      const t = this.tokens[i] as Token;
      const w = this.widths[i] ?? 0;
      const cx = x + w / 2;
      const shown = cx >= lo && cx <= hi;
      if (shown) drawToken(g, t, cx, base, w, h);
      this.labels[i]?.setVisible(shown).setPosition(cx, labelInside(t) ? base - h / 2 + 7 : t.kind === 'message' ? base - h - 1 : base - h - 2);
      x += w + GAP;
    }
  }
}

export interface WireStage {
  showItem(cue: Record<string, unknown>): void;
  destroy(): void;
}

/** Boots the picture into `el` for a level (1–5). */
export async function mountWire(el: HTMLElement, level: number): Promise<WireStage> {
  const scene = new WireScene(level);
  const stage: Stage = await bootStage(el, { background: BG, scenes: [scene] });
  return {
    showItem: (cue) => scene.send(cue),
    destroy: () => stage.destroy(),
  };
}
