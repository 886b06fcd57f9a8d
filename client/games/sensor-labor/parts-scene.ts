import * as Phaser from 'phaser';
import type { MaterialId, SensorId, Verdict } from '../../../shared/games/sensor-labor/materials.ts';
import { COLOURS, drawBelt } from './belt-art.ts';
import { drawPart, PART_BOTTOM } from './part-art.ts';
import { addText, onLayout, type StageView } from '../../kit/phaser-stage.ts';

// Level 1's world: one part at a time rides in on the conveyor and stops at the station;
// the sensors the player gives it appear as tags above it. When the answer is judged,
// every tag lights up with its verdict (✓ sure, ~ limited, ✗ not at all), the reliable
// sensors left out join as open tags ("○"); then the part rides on and the next comes.
// Marks and words carry the meaning, colours only repeat it.

const RIDE_MS = 900;
const TAG_H = 26;

export interface PartsSceneHooks {
  ready(scene: PartsScene): void;
  /** The name shown on a tag for a sensor (short, in the current language). */
  tagName(sensor: SensorId): string;
  /** Milliseconds for a movement (0 when the player prefers reduced motion). */
  motion(ms: number): number;
}

export class PartsScene extends Phaser.Scene {
  private belt!: Phaser.GameObjects.Graphics;
  private part!: Phaser.GameObjects.Graphics;
  private tags!: Phaser.GameObjects.Container;
  private view: StageView = { width: 1, height: 1, dpr: 1 };
  private material: MaterialId | null = null;
  private beltOffset = 0;
  private partX = 0;

  constructor(private readonly hooks: PartsSceneHooks) {
    super({ key: 'sensor-labor-parts' });
  }

  create(): void {
    this.belt = this.add.graphics();
    this.part = this.add.graphics();
    this.tags = this.add.container(0, 0);
    onLayout(this, (view) => {
      this.view = view;
      this.partX = this.stationX();
      this.redraw();
    });
    this.hooks.ready(this);
  }

  private stationX(): number {
    return this.view.width / 2;
  }

  private beltY(): number {
    return this.view.height * 0.68;
  }

  private partSize(): number {
    return Math.min(120, this.view.height * 0.42, this.view.width * 0.3);
  }

  private redraw(): void {
    const beltH = Math.max(22, this.view.height * 0.12);
    drawBelt(this.belt, 8, this.view.width - 8, this.beltY(), beltH, this.beltOffset);
    // The part stands on the belt (over the cleats), whatever its shape.
    const bottom = this.material ? PART_BOTTOM[this.material] : 0.32;
    this.part.setPosition(this.partX, this.beltY() - beltH / 2 - 3 - bottom * this.partSize());
    this.part.setVisible(this.material !== null);
    this.tags.setPosition(this.partX, 0);
  }

  /** Where the part sits, in CSS px of the canvas (drop target for dragged sensors). */
  partRect(): { x: number; y: number; w: number; h: number } {
    const s = this.partSize() * 1.4;
    return { x: this.stationX() - s / 2, y: this.beltY() - s - 10, w: s, h: s + 20 };
  }

  /** A new part rides in from the left and stops at the station; a part still there rides on out first. */
  showPart(material: MaterialId): void {
    const bringIn = () => {
      this.material = material;
      drawPart(this.part, material, this.partSize());
      this.setTags([], null);
      this.ride(-this.partSize(), this.stationX());
    };
    if (this.material === null) return bringIn();
    this.ride(this.partX, this.view.width + this.partSize(), bringIn);
  }

  /** The tags above the part: the sensors given to it, with verdicts once judged. */
  setTags(picked: readonly SensorId[], verdicts: Readonly<Record<string, Verdict>> | null): void {
    this.tags.removeAll(true);
    const shown = verdicts ? [...picked, ...Object.keys(verdicts).filter((s) => verdicts[s] === 'reliable' && !picked.includes(s as SensorId)) as SensorId[]] : [...picked];
    const cols = this.view.width < 500 ? 2 : 3;
    const w = Math.min(150, (this.view.width - 24) / cols - 6);
    const top = Math.max(6, this.beltY() - this.partSize() * 1.15 - Math.ceil(shown.length / cols) * (TAG_H + 4));
    shown.forEach((s, i) => {
      const x = ((i % cols) - (Math.min(cols, shown.length) - 1) / 2) * (w + 6);
      const y = top + Math.floor(i / cols) * (TAG_H + 4);
      const v = verdicts ? (verdicts[s] ?? 'no') : null;
      const chosen = picked.includes(s);
      const fill = v === null ? COLOURS.belt : !chosen ? COLOURS.background : v === 'reliable' ? COLOURS.good : v === 'limited' ? COLOURS.limited : COLOURS.bad;
      const mark = v === null ? '' : !chosen ? '○ ' : v === 'reliable' ? '✓ ' : v === 'limited' ? '~ ' : '✗ ';
      const box = this.add.graphics();
      box.fillStyle(fill, 1).fillRoundedRect(x - w / 2, y, w, TAG_H, 6);
      box.lineStyle(2, !chosen && v ? COLOURS.good : 0x9fb3c8).strokeRoundedRect(x - w / 2, y, w, TAG_H, 6);
      const dark = v !== null && chosen && v !== 'no';
      const label = addText(this, x, y + TAG_H / 2, mark + this.hooks.tagName(s), { fontSize: '14px', fontStyle: 'bold', color: dark ? '#0b1220' : COLOURS.text });
      label.setOrigin(0.5);
      this.tags.add([box, label]);
    });
  }

  /** Moves the part (and its tags) from x0 to x1 while the belt runs. */
  private ride(x0: number, x1: number, then?: () => void): void {
    this.tweens.killAll();
    const ms = this.hooks.motion(RIDE_MS);
    const start = { x: x0, belt: this.beltOffset };
    if (ms === 0) {
      this.partX = x1;
      this.beltOffset += x1 - x0;
      this.redraw();
      then?.();
      return;
    }
    this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: ms,
      ease: 'Sine.easeInOut',
      onUpdate: (tw) => {
        const k = tw.getValue() ?? 0;
        this.partX = start.x + (x1 - x0) * k;
        this.beltOffset = start.belt + (x1 - x0) * k;
        this.redraw();
      },
      onComplete: () => then?.(),
    });
  }
}
