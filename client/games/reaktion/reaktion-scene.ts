import { Howl, Howler } from 'howler';
import * as Phaser from 'phaser';

// What Reaktion shows and plays. WebGL draws a calm fixation cross while waiting and the
// visual stimulus — a large yellow disc with a black triangle inside: shape and colour
// together, so the signal never depends on telling colours apart. Words stay in the DOM
// (readable by screen readers, translated with the app). howler plays the tone.

const BACKGROUND = '#101826';
const FIXATION_COLOUR = 0x9fb3c8;
const STIMULUS_COLOUR = 0xffd400;
const TRIANGLE_COLOUR = 0x000000;

export interface SceneHooks {
  /**
   * Called at the start of every game step with the timestamp of the requestAnimationFrame
   * callback that runs it. Whatever becomes visible here is drawn in this same frame.
   */
  frame(timestampMs: number): void;
  /** The scene is created and can draw. */
  ready(scene: ReaktionScene): void;
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
  private readonly onResize = () => this.keepAwake(500);

  constructor(private readonly hooks: SceneHooks) {
    super({ key: 'reaktion' });
  }

  create(): void {
    this.cameras.main.setBackgroundColor(BACKGROUND);
    this.fixation = this.add.graphics();
    this.stimulus = this.add.graphics();
    this.stimulus.setVisible(false);
    this.layout();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.layout, this);
    // Phaser's game loop is a requestAnimationFrame loop: PRE_STEP gets that callback's
    // timestamp and runs before this frame's render. A second rAF loop of our own could run
    // after Phaser rendered and show the stimulus one frame later than it claims.
    this.game.events.on(Phaser.Core.Events.PRE_STEP, this.onPreStep, this);
    window.addEventListener('resize', this.onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.game.events.off(Phaser.Core.Events.PRE_STEP, this.onPreStep, this);
      this.scale.off(Phaser.Scale.Events.RESIZE, this.layout, this);
      window.removeEventListener('resize', this.onResize);
      if (this.wakeTimer) clearTimeout(this.wakeTimer);
    });
    this.keepAwake(SETTLE_MS);
    this.hooks.ready(this);
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

  /** Redraws both shapes centred for the current size (phones turn, windows resize). */
  private layout(): void {
    const { width, height } = this.scale;
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

/** Ends a game. Phaser destroys on its next step, which a resting loop would never take. */
export function destroyGame(game: Phaser.Game, scene: ReaktionScene | null): void {
  scene?.dispose();
  game.destroy(true);
  if (!game.loop.running) game.loop.wake();
}

/** Starts a WebGL Phaser game with the scene in `parent`, filling it. */
export function createGame(parent: HTMLElement, scene: ReaktionScene): Phaser.Game {
  return new Phaser.Game({
    type: Phaser.WEBGL,
    parent,
    backgroundColor: BACKGROUND,
    banner: false,
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    // Input is ours (input.ts), sound is howler's: Phaser only draws.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    audio: { noAudio: true },
    // Every rAF frame runs a step: no limiter, no setTimeout fallback.
    fps: { forceSetTimeOut: false, limit: 0, smoothStep: false },
    render: { antialias: true, powerPreference: 'high-performance' },
    scene: [scene],
  });
}

// The auditory stimulus: a short 1 kHz tone (assets/reaktion/tone-1000hz.wav, made by
// scripts/make-tone.mjs). Web Audio starts it within the frame that calls play(); the
// device's output latency (often 10-40 ms) comes on top and is not subtracted: the onset
// is the frame, as for the visual stimulus, so both are measured the same way.

const TONE_URL = `${import.meta.env.BASE_URL}reaktion/tone-1000hz.wav`;

export class Tone {
  private readonly howl: Howl;

  constructor() {
    this.howl = new Howl({ src: [TONE_URL], preload: true, html5: false, volume: 1 });
  }

  /** Plays the tone now. A context still locked by the browser is asked to start. */
  play(): void {
    const ctx = Howler.ctx as AudioContext | undefined;
    if (ctx && ctx.state === 'suspended') void ctx.resume().catch(() => {});
    this.howl.stop();
    this.howl.play();
  }

  unload(): void {
    this.howl.unload();
  }
}
