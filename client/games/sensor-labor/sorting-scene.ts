import * as Phaser from 'phaser';
import type { MaterialId } from '../../../shared/games/sensor-labor/materials.ts';
import { switchState, type PartOutcome, type Placement } from '../../../shared/games/sensor-labor/sorting.ts';
import { COLOURS, drawBelt, drawGate, drawSensorHead, type HeadState } from './belt-art.ts';
import { drawPart, PART_BOTTOM } from './part-art.ts';
import { addText, onLayout, type StageView } from '../../kit/phaser-stage.ts';

// Level 2's world: a belt with two mounting places and, behind them, the ejector (or the
// counter when the task is to count). Placed sensors hang over their place, near the belt
// or further away; when the batch runs, every sensor lamp lights as a part passes under
// it (green: switches, amber: may or may not, none: stays off), and at the ejector each
// part is thrown out or passes, marked ✓ / ✗ / ⚠ / → with a word.

const PART_GAP_S = 0.75;
const SPEED_PX_S = 220;

export interface SortingSceneHooks {
  ready(scene: SortingScene): void;
  motion(ms: number): number;
  /** Words on the canvas, in the current language. */
  word(key: 'slot' | 'ejector' | 'counter' | PartOutcome, n?: number): string;
  /** A sensor type's short name (label over its head). */
  sensorName(p: Placement): string;
  /** Parts that reached the gate so far, by outcome (called when it changes). */
  tallied(t: Record<PartOutcome, number>): void;
  /** The run is over: every part is in the bin or past the end. */
  ran(): void;
}

interface Rider {
  index: number;
  material: MaterialId;
  outcome: PartOutcome;
  art: Phaser.GameObjects.Graphics;
  mark: Phaser.GameObjects.Text;
}

export class SortingScene extends Phaser.Scene {
  private belt!: Phaser.GameObjects.Graphics;
  private heads: Phaser.GameObjects.Graphics[] = [];
  private labels: Phaser.GameObjects.Text[] = [];
  private gate!: Phaser.GameObjects.Graphics;
  private gateLabel!: Phaser.GameObjects.Text;
  private view: StageView = { width: 1, height: 1, dpr: 1 };
  private placements: (Placement | null)[] = [null, null];
  private riders: Rider[] = [];
  private counting = false;
  private runMs: number | null = null;
  private done = false;
  private seen = -1;
  private drawnHeads: (Placement | null)[] = [null, null];
  private drawnStates: HeadState[] = ['idle', 'idle'];
  private drawnLayout: StageView | null = null;
  private drawnCounting: boolean | null = null;

  constructor(private readonly hooks: SortingSceneHooks) {
    super({ key: 'sensor-labor-sorting' });
  }

  create(): void {
    this.belt = this.add.graphics();
    this.gate = this.add.graphics();
    this.gateLabel = addText(this, 0, 0, '', { fontSize: '14px', color: COLOURS.muted }).setOrigin(0.5, 0);
    for (let i = 0; i < 2; i++) {
      this.heads.push(this.add.graphics());
      this.labels.push(addText(this, 0, 0, '', { fontSize: '13px', color: COLOURS.muted }).setOrigin(0.5, 1));
    }
    onLayout(this, (view) => {
      this.view = view;
      this.draw();
    });
    this.hooks.ready(this);
  }

  private get beltY(): number {
    return this.view.height * 0.66;
  }

  private get beltH(): number {
    return Math.max(20, this.view.height * 0.09);
  }

  private get size(): number {
    return Math.min(90, this.view.width * 0.14, this.view.height * 0.2);
  }

  /** The x of mounting place 0/1 and of the ejector, in CSS px. */
  slotX(i: number): number {
    return this.view.width * (i === 0 ? 0.24 : 0.45);
  }

  private get gateX(): number {
    return this.view.width * 0.7;
  }

  /** Which mounting place a canvas point is over, or null. */
  slotAt(x: number, y: number): number | null {
    if (y > this.beltY + 20) return null;
    for (let i = 0; i < 2; i++) if (Math.abs(x - this.slotX(i)) < this.view.width * 0.1) return i;
    return null;
  }

  setTask(counting: boolean): void {
    this.counting = counting;
    this.draw();
  }

  setPlacements(p: (Placement | null)[]): void {
    this.placements = p;
    this.draw();
  }

  private headDistance(p: Placement): number {
    return p.setting === 'near' ? this.view.height * 0.1 + 12 : this.view.height * 0.28 + 12;
  }

  private draw(now = this.runMs): void {
    const { width } = this.view;
    const t = now === null ? 0 : now / 1000;
    drawBelt(this.belt, 6, width - 6, this.beltY, this.beltH, t * SPEED_PX_S);
    const layoutChanged = this.drawnLayout !== this.view;
    if (layoutChanged || this.drawnCounting !== this.counting) {
      drawGate(this.gate, this.gateX, this.beltY - this.view.height * 0.3, this.beltY - this.beltH / 2, this.counting);
      this.drawnCounting = this.counting;
    }
    this.gateLabel.setText(this.hooks.word(this.counting ? 'counter' : 'ejector')).setPosition(this.gateX, this.beltY - this.view.height * 0.3 - 20);
    this.placements.forEach((p, i) => {
      const head = this.heads[i] as Phaser.GameObjects.Graphics;
      const label = this.labels[i] as Phaser.GameObjects.Text;
      const x = this.slotX(i);
      if (!p) {
        this.drawnHeads[i] = null;
        head.clear().lineStyle(2, 0x6b7b8f).strokeRoundedRect(x - 22, this.beltY - this.view.height * 0.34, 44, this.view.height * 0.22, 6);
        label.setText(this.hooks.word('slot', i + 1)).setPosition(x, this.beltY - this.view.height * 0.36);
        return;
      }
      const state = this.headState(p, x, t);
      // Redrawn only when its lamp, its sensor or the layout changed (not every frame of a run).
      if (this.drawnHeads[i] !== p || this.drawnStates[i] !== state || layoutChanged) {
        drawSensorHead(head, x, this.beltY, this.headDistance(p), state, p.sensor);
        this.drawnHeads[i] = p;
        this.drawnStates[i] = state;
      }
      label.setText(this.hooks.sensorName(p)).setPosition(x, this.beltY - this.headDistance(p) - 42);
    });
    this.drawnLayout = this.view;
    for (const r of this.riders) this.placeRider(r, t);
  }

  /** The lamp of a placed sensor: lit by the part under it (loops, no allocation: runs every frame). */
  private headState(p: Placement, x: number, t: number): HeadState {
    for (const r of this.riders) {
      if (Math.abs(this.riderX(r, t) - x) >= this.size / 2 || this.ejected(r, t)) continue;
      const state = switchState(r.material, p);
      return state === 'off' ? 'idle' : state;
    }
    return 'idle';
  }

  private riderX(r: Rider, t: number): number {
    return -this.size + SPEED_PX_S * t - r.index * PART_GAP_S * SPEED_PX_S;
  }

  /** Thrown out by the ejector: a target caught or a part caught wrongly (reject tasks only). */
  private ejected(r: Rider, t: number): boolean {
    return !this.counting && (r.outcome === 'hit' || r.outcome === 'false') && this.riderX(r, t) >= this.gateX;
  }

  private placeRider(r: Rider, t: number): void {
    const x = this.riderX(r, t);
    const y = this.beltY - this.beltH / 2 - 3 - PART_BOTTOM[r.material] * this.size; // standing on the belt
    const passedGate = x >= this.gateX;
    // Thrown out: the part drops into the bin and fades, its mark with it (the tally keeps the count).
    const since = (x - this.gateX) / SPEED_PX_S;
    const fade = this.ejected(r, t) ? Math.max(0, 1 - Math.max(0, since - 0.6) / 0.8) : 1;
    if (this.ejected(r, t)) r.art.setPosition(this.gateX + 10, y + Math.min(1, since / 0.4) * this.view.height * 0.3);
    else r.art.setPosition(x, y);
    r.art.setAlpha(fade);
    r.mark.setVisible(passedGate && fade > 0).setAlpha(fade).setPosition(r.art.x, r.art.y - this.size * 0.7);
  }

  /** Runs the batch past the sensors; outcomes are the judge's (shared rules), shown as they happen. */
  run(parts: readonly MaterialId[], outcomes: readonly PartOutcome[]): void {
    for (const r of this.riders) {
      r.art.destroy();
      r.mark.destroy();
    }
    this.riders = parts.map((material, i) => {
      const outcome = outcomes[i] ?? 'pass';
      const art = this.add.graphics();
      drawPart(art, material, this.size);
      const colour = outcome === 'hit' || outcome === 'pass' ? '#8ff0a4' : '#ff9b9b';
      const mark = addText(this, 0, 0, this.hooks.word(outcome), { fontSize: '13px', fontStyle: 'bold', color: colour, backgroundColor: '#101826' }).setOrigin(0.5, 1);
      return { index: i, material, outcome, art, mark };
    });
    const total = ((this.view.width + this.size) / SPEED_PX_S + parts.length * PART_GAP_S) * 1000;
    this.done = false;
    this.seen = -1;
    this.runMs = this.hooks.motion(1) === 0 ? total : 0;
    this.draw();
  }

  /** How many parts have reached the gate so far, by outcome. */
  tally(): Record<PartOutcome, number> {
    const t = (this.runMs ?? 0) / 1000;
    const out: Record<PartOutcome, number> = { hit: 0, miss: 0, false: 0, pass: 0 };
    for (const r of this.riders) if (this.riderX(r, t) >= this.gateX) out[r.outcome]++;
    return out;
  }

  override update(_time: number, deltaMs: number): void {
    if (this.runMs === null || this.done) return;
    this.runMs += deltaMs;
    this.draw();
    // Counted in plain loops: this runs every frame of a run and allocates only when a part reaches the gate.
    const t = this.runMs / 1000;
    let seen = 0;
    let gone = 0;
    for (const r of this.riders) {
      const x = this.riderX(r, t);
      if (x >= this.gateX) seen++;
      if (this.ejected(r, t) || x > this.view.width + this.size) gone++;
    }
    if (seen !== this.seen) {
      this.seen = seen;
      this.hooks.tallied(this.tally());
    }
    if (gone === this.riders.length) {
      this.done = true;
      this.hooks.ran();
    }
  }
}
