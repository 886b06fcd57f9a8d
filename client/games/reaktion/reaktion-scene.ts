import * as Phaser from 'phaser';
import { onLayout, type StageView } from '../../kit/phaser-stage.ts';

// What Reaktion shows. WebGL draws a calm fixation cross while waiting and the visual
// stimulus — a large yellow disc with a black triangle inside: shape and colour together,
// so the signal never depends on telling colours apart. Words stay in the DOM (readable by
// screen readers, translated with the app). The tone is the kit's SoundSet (scene.ts).

export const BACKGROUND = '#101826';
const FIXATION_COLOUR = 0x9fb3c8;
const STIMULUS_COLOUR = 0xffd400;
const TRIANGLE_COLOUR = 0x000000;

export interface SceneHooks {
  /**
   * Called at the start of every game step with the timestamp of the requestAnimationFrame
   * callback that runs it. Whatever becomes visible here is drawn in this same frame.
   */
  frame(timestampMs: number): void;
  /** From when on frames are needed (performance.now() ms); null: none for now. */
  framesNeededFrom(): number | null;
}

/** After a change on screen, keep drawing this long before the loop may sleep again. */
const SETTLE_MS = 150;

export class ReaktionScene extends Phaser.Scene {
  private fixation!: Phaser.GameObjects.Graphics;
  private stimulus!: Phaser.GameObjects.Graphics;
  private awakeUntilMs = 0;
  private waking = false;
  private wakeTimer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;

  constructor(private readonly hooks: SceneHooks) {
    super({ key: 'reaktion' });
  }

  create(): void {
    this.cameras.main.setBackgroundColor(BACKGROUND);
    this.fixation = this.add.graphics();
    this.stimulus = this.add.graphics();
    this.stimulus.setVisible(false);
    onLayout(this, (view) => {
      this.layout(view);
      this.keepAwake(500);
    });
    // Phaser's game loop is a requestAnimationFrame loop: PRE_STEP gets that callback's
    // timestamp and runs before this frame's render. A second rAF loop of our own could run
    // after Phaser rendered and show the stimulus one frame later than it claims.
    this.game.events.on(Phaser.Core.Events.PRE_STEP, this.onPreStep, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.game.events.off(Phaser.Core.Events.PRE_STEP, this.onPreStep, this);
      if (this.wakeTimer) clearTimeout(this.wakeTimer);
    });
    this.keepAwake(SETTLE_MS);
  }

  private onPreStep(time: number): void {
    // wake() runs one step at once, outside any animation frame: no timing from that one.
    if (this.waking) return;
    this.hooks.frame(time);
    const needed = this.hooks.framesNeededFrom();
    if ((needed !== null && time >= needed) || time <= this.awakeUntilMs) return;
    // Nothing changes for a while: stop the loop (a static picture needs no redraw; 30
    // phones drawing 60 identical frames a second heat up and answer touches late) and set
    // a timer for the next moment frames matter.
    this.game.loop.sleep();
    if (needed !== null) this.wakeAt(needed);
  }

  /** Makes sure frames run from `atMs` (performance.now() ms) on. */
  wakeAt(atMs: number): void {
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
    const inMs = atMs - performance.now();
    if (inMs <= 0) return this.keepAwake(0);
    this.wakeTimer = setTimeout(() => {
      this.wakeTimer = null;
      this.keepAwake(0);
    }, inMs);
  }

  /** Keeps the loop drawing for at least `ms` from now, waking it when it sleeps. */
  keepAwake(ms: number): void {
    if (this.disposed) return;
    this.awakeUntilMs = Math.max(this.awakeUntilMs, performance.now() + ms);
    if (this.game.loop.running) return;
    this.waking = true;
    try {
      this.game.loop.wake();
    } finally {
      this.waking = false;
    }
  }

  /** Stops waking the loop (the game is being destroyed). */
  dispose(): void {
    this.disposed = true;
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
  }

  showStimulus(): void {
    this.fixation.setVisible(false);
    this.stimulus.setVisible(true);
    this.keepAwake(SETTLE_MS);
  }

  hideStimulus(): void {
    this.stimulus.setVisible(false);
    this.keepAwake(SETTLE_MS);
  }

  /** The fixation cross: on while a trial waits for its signal. */
  setFixation(on: boolean): void {
    this.fixation.setVisible(on);
    this.keepAwake(SETTLE_MS);
  }

  /** Redraws both shapes centred for the current size in CSS pixels (phones turn, windows resize). */
  private layout({ width, height }: StageView): void {
    const cx = width / 2;
    const cy = height / 2;
    const short = Math.min(width, height);

    this.fixation.clear();
    const arm = Math.max(12, short * 0.05);
    this.fixation.lineStyle(Math.max(3, short * 0.012), FIXATION_COLOUR, 1);
    this.fixation.lineBetween(cx - arm, cy, cx + arm, cy);
    this.fixation.lineBetween(cx, cy - arm, cx, cy + arm);

    // The disc takes most of the short side: impossible to miss, even at arm's length.
    const r = short * 0.36;
    this.stimulus.clear();
    this.stimulus.fillStyle(STIMULUS_COLOUR, 1);
    this.stimulus.fillCircle(cx, cy, r);
    // An upward equilateral triangle inscribed at 60 % of the radius.
    const tr = r * 0.6;
    const dx = tr * Math.cos(Math.PI / 6);
    this.stimulus.fillStyle(TRIANGLE_COLOUR, 1);
    this.stimulus.fillTriangle(cx, cy - tr, cx - dx, cy + tr / 2, cx + dx, cy + tr / 2);
  }
}
