import * as Phaser from 'phaser';
import { recordValue } from './records.ts';

// Boot and teardown of a Phaser game inside a container, at the device's resolution. The
// canvas has the container's CSS size and width × devicePixelRatio real pixels (a DPR-3
// phone drawn at CSS size looks blurry); scenes lay out in CSS pixels through onLayout(),
// whose camera zoom maps them onto device pixels. Phaser only draws: input is the kit's DOM
// listeners (input.ts), sound is howler's (sound.ts).

/** Beyond this, more pixels cost fill rate on phones without looking sharper. */
export const MAX_DEVICE_PIXEL_RATIO = 3;
/** How long a game may take to create its first scene before boot fails. */
export const BOOT_TIMEOUT_MS = 15_000;
/** Fired on a scene's events after each resize, with the new StageView. */
export const LAYOUT_EVENT = 'kit-layout';

/** The drawing area in CSS pixels, and the device pixels per CSS pixel used. */
export interface StageView {
  width: number;
  height: number;
  dpr: number;
}

export interface StageOptions {
  /** CSS colour behind everything. */
  background: string;
  /** The game's scenes; the first one starts. */
  scenes: Phaser.Scene[];
}

export interface Stage {
  game: Phaser.Game;
  /** The first scene, created and ready to draw. */
  scene: Phaser.Scene;
  view(): StageView;
  /** Stops the game and removes the canvas; safe to call twice. */
  destroy(): void;
}

const VIEW_KEY = 'kit-view';

function measure(container: HTMLElement): StageView {
  const r = container.getBoundingClientRect();
  const dpr = Math.min(MAX_DEVICE_PIXEL_RATIO, Math.max(1, window.devicePixelRatio || 1));
  return { width: Math.max(1, Math.round(r.width)), height: Math.max(1, Math.round(r.height)), dpr };
}

/** Starts a WebGL Phaser game in `container` and resolves once its first scene is created. */
export function bootStage(container: HTMLElement, opts: StageOptions): Promise<Stage> {
  let view = measure(container);
  const first = opts.scenes[0];
  if (!first) return Promise.reject(new Error('bootStage: no scene'));
  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent: container,
    backgroundColor: opts.background,
    banner: false,
    width: view.width * view.dpr,
    height: view.height * view.dpr,
    scale: { mode: Phaser.Scale.NONE, zoom: 1 / view.dpr },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    audio: { noAudio: true },
    // Every rAF frame runs a step: no limiter, no setTimeout fallback (timing games need each frame).
    fps: { forceSetTimeOut: false, limit: 0, smoothStep: false },
    render: { antialias: true, powerPreference: 'high-performance' },
    scene: opts.scenes,
  });
  game.registry.set(VIEW_KEY, view);

  const resize = () => {
    const next = measure(container);
    if (next.width === view.width && next.height === view.height && next.dpr === view.dpr) return;
    view = next;
    game.registry.set(VIEW_KEY, view);
    game.scale.setZoom(1 / view.dpr);
    game.scale.resize(view.width * view.dpr, view.height * view.dpr);
    for (const scene of game.scene.getScenes(true)) scene.events.emit(LAYOUT_EVENT, view);
    if (!game.loop.running) game.loop.wake(); // a resting loop must draw the new size once
  };
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(resize) : null;
  observer?.observe(container);
  window.addEventListener('resize', resize); // DPR changes (zoom, moving to another screen) resize no element

  let destroyed = false;
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    observer?.disconnect();
    window.removeEventListener('resize', resize);
    game.destroy(true);
    // Phaser destroys on its next step, which a sleeping loop would never take.
    if (!game.loop.running) game.loop.wake();
  };

  return new Promise<Stage>((resolve, reject) => {
    const timer = setTimeout(() => {
      destroy();
      reject(new Error('the game scene did not start'));
    }, BOOT_TIMEOUT_MS);
    const created = () => {
      clearTimeout(timer);
      recordValue('renderType', game.config.renderType);
      resolve({ game, scene: first, view: () => view, destroy });
    };
    // A scene's event emitter exists only once the game booted its scenes (on READY, after
    // the scene manager's own listener): a scene without files to load is created by then.
    game.events.once(Phaser.Core.Events.READY, () => {
      if (first.sys.settings.status >= Phaser.Scenes.RUNNING) created();
      else first.sys.events.once(Phaser.Scenes.Events.CREATE, created);
    });
  });
}

/** The scene's drawing area in CSS pixels. */
export function stageView(scene: Phaser.Scene): StageView {
  return (scene.game.registry.get(VIEW_KEY) as StageView | undefined) ?? { width: scene.scale.width, height: scene.scale.height, dpr: 1 };
}

/**
 * Lays the scene out now and after every resize: the main camera maps CSS pixels onto the
 * device pixels, then `fn` places things for the size. Call it in create().
 */
export function onLayout(scene: Phaser.Scene, fn: (view: StageView) => void): void {
  const apply = (view: StageView) => {
    scene.cameras.main.setZoom(view.dpr).centerOn(view.width / 2, view.height / 2);
    fn(view);
  };
  apply(stageView(scene));
  scene.events.on(LAYOUT_EVENT, apply);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.events.off(LAYOUT_EVENT, apply));
}

/** Text sized in CSS pixels and rasterised at the device resolution (crisp on DPR-3 phones). */
export function addText(scene: Phaser.Scene, x: number, y: number, text: string, style: Phaser.Types.GameObjects.Text.TextStyle = {}): Phaser.GameObjects.Text {
  const t = scene.add.text(x, y, text, { fontFamily: 'system-ui, sans-serif', fontSize: '20px', color: '#ffffff', ...style });
  t.setResolution(stageView(scene).dpr);
  return t;
}
