import type * as Phaser from 'phaser';
import type { SensorId } from '../../../shared/games/sensor-labor/materials.ts';
import { bootStage, type Stage } from '../../kit/phaser-stage.ts';

// The stage every level draws on, and the conveyor as a conveyor: a rubber belt looped
// round two drums, its cleats running forward on top and back underneath, the drums and
// the idlers between them turning with it (so motion shows even with no part on it), on a
// frame with legs. The sensors hang over it as the real ones look: a threaded barrel with
// lock nuts (inductive, capacitive, ultrasonic, magnetic) or a box with lenses (optical);
// behind them the ejector (a pneumatic cylinder) or the counter (a fork light barrier).

type G = Phaser.GameObjects.Graphics;

export const COLOURS = {
  background: 0x101826,
  belt: 0x2b3747,
  cleat: 0x46566b,
  roller: 0x6b7b8f,
  good: 0x2fbf71,
  limited: 0xf0b429,
  bad: 0xe5484d,
  text: '#e8eef6',
  muted: '#9fb3c8',
} as const;

export const CLEAT_GAP_PX = 28;
const IDLER_GAP_PX = 96;

/** Sensor-Labor's dark stage behind every level. */
export const STAGE_BACKGROUND = '#101826';

/** Boots one level scene in `host` on the game's background (kit stage: device resolution, resize). */
export function bootScene(host: HTMLElement, scene: Phaser.Scene): Promise<Stage> {
  return bootStage(host, { background: STAGE_BACKGROUND, scenes: [scene] });
}

/** Positive remainder. */
const mod = (a: number, n: number) => ((a % n) + n) % n;

/** A roller at (x, y), radius r, turned by `angle` (three spokes show the turning). */
function roller(g: G, x: number, y: number, r: number, angle: number): void {
  g.fillStyle(0x8796a8).fillCircle(x, y, r);
  g.lineStyle(Math.max(1.5, r * 0.18), 0x3a4656);
  for (let k = 0; k < 3; k++) {
    const a = angle + (k * Math.PI * 2) / 3;
    g.lineBetween(x, y, x + Math.cos(a) * r * 0.85, y + Math.sin(a) * r * 0.85);
  }
  g.fillStyle(0xc4ceda).fillCircle(x, y, r * 0.22);
  g.lineStyle(1.5, 0x1c2633).strokeCircle(x, y, r);
}

/**
 * Draws a horizontal conveyor from x0 to x1 with its top at centre y, `h` high; `offset` is
 * how far the belt has run (px): cleats, drums and idlers follow it.
 */
export function drawBelt(g: G, x0: number, x1: number, y: number, h: number, offset: number): void {
  g.clear();
  const r = h / 2;
  // Frame and legs under the belt.
  g.fillStyle(0x3a4656).fillRect(x0 + r, y + r - 2, x1 - x0 - h, 6);
  for (const lx of [x0 + h, x1 - h]) g.fillRect(lx - 3, y + r, 6, h * 0.9);
  // The belt loop round both drums.
  g.fillStyle(0x1b222c).fillRoundedRect(x0, y - r, x1 - x0, h, r);
  g.fillStyle(COLOURS.belt).fillRect(x0 + r, y - r, x1 - x0 - h, Math.max(4, h * 0.22));
  // Cleats: forward on the top run, backward on the return run underneath.
  g.fillStyle(COLOURS.cleat);
  const top = y - r, bottom = y + r;
  for (let x = x0 + r + mod(offset, CLEAT_GAP_PX); x < x1 - r - 4; x += CLEAT_GAP_PX) g.fillRect(x, top - 3, 4, 5);
  for (let x = x1 - r - 4 - mod(offset, CLEAT_GAP_PX); x > x0 + r; x -= CLEAT_GAP_PX) g.fillRect(x, bottom - 2, 4, 4);
  // Drums and idlers turn at the belt's speed.
  const drumR = r * 0.8;
  roller(g, x0 + r, y, drumR, offset / drumR);
  roller(g, x1 - r, y, drumR, offset / drumR);
  const idlerR = r * 0.42;
  for (let x = x0 + r + IDLER_GAP_PX; x < x1 - r - IDLER_GAP_PX / 2; x += IDLER_GAP_PX) roller(g, x, y, idlerR, offset / idlerR);
}

export type HeadState = 'idle' | 'on' | 'unsure' | 'off';

const FACE: Readonly<Record<SensorId, number>> = {
  inductive: 0xf28c28, capacitive: 0x3d7be0, diffuse: 0x202a36, 'through-beam': 0x202a36, ultrasonic: 0x5d6b7a, magnetic: 0x9aa5b1,
};

/** A threaded barrel (M18 style): two lock nuts, the coloured sensing face at the bottom. */
function barrel(g: G, x: number, top: number, sensor: SensorId): void {
  g.fillStyle(0xa7b2bf).fillRect(x - 10, top - 34, 20, 40);
  g.fillStyle(0xd9e1ea).fillRect(x - 10, top - 34, 5, 40);
  g.lineStyle(1, 0x5d6875);
  for (let y = top - 30; y < top + 4; y += 4) g.lineBetween(x - 10, y, x + 10, y + 2);
  for (const ny of [top - 28, top - 6]) {
    g.fillStyle(0x7f8a97).fillRect(x - 15, ny, 30, 7);
    g.fillStyle(0xbcc6d1).fillRect(x - 5, ny, 10, 7);
  }
  g.fillStyle(FACE[sensor]).fillRoundedRect(x - 10, top + 4, 20, 8, 3);
  if (sensor === 'ultrasonic') {
    g.fillStyle(0x2b3540);
    for (const dx of [-5, 0, 5]) g.fillCircle(x + dx, top + 8, 1.5);
  }
}

/** A rectangular optical sensor: housing and its lens window (two lenses for a light scanner). */
function opticalBox(g: G, x: number, top: number, sensor: SensorId): void {
  g.fillStyle(0xe0b43a).fillRoundedRect(x - 14, top - 34, 28, 44, 4);
  g.fillStyle(0x202a36).fillRoundedRect(x - 10, top - 4, 20, 14, 3);
  g.fillStyle(0x7cc4ff);
  if (sensor === 'diffuse') g.fillCircle(x - 5, top + 3, 3).fillCircle(x + 5, top + 3, 3);
  else g.fillCircle(x, top + 3, 4);
}

/**
 * A sensor above the belt, its face `distance` px above the belt: body by type, the status
 * LED on top, and the detection zone towards the belt, lit when it switches.
 */
export function drawSensorHead(g: G, x: number, yBelt: number, distance: number, state: HeadState, sensor: SensorId = 'inductive'): void {
  g.clear();
  const top = yBelt - distance;
  const lamp = state === 'on' ? COLOURS.good : state === 'unsure' ? COLOURS.limited : state === 'off' ? COLOURS.bad : 0x4a5666;
  if (state === 'on' || state === 'unsure') g.fillStyle(lamp, 0.25).fillTriangle(x, top + 12, x - 16, yBelt - 14, x + 16, yBelt - 14);
  if (sensor === 'diffuse' || sensor === 'through-beam') opticalBox(g, x, top, sensor);
  else barrel(g, x, top, sensor);
  g.fillStyle(lamp).fillCircle(x, top - 34, 5);
  g.lineStyle(1.5, 0x0b1220).strokeCircle(x, top - 34, 5);
}

/**
 * The gate behind the sensors: an ejector drawn as a pneumatic cylinder above the belt whose
 * rod and push plate reach down to the parts (red rod end: it throws parts off), or a
 * counter drawn as a fork light barrier over the belt. `top` is its upper end.
 */
export function drawGate(g: G, x: number, top: number, yBeltTop: number, counting: boolean): void {
  g.clear();
  if (counting) {
    g.fillStyle(0x8a96a6).fillRect(x - 14, top, 28, 10).fillRect(x - 14, top, 6, yBeltTop - top - 4).fillRect(x + 8, top, 6, yBeltTop - top - 4);
    g.lineStyle(2, 0xff6b6b, 0.7).lineBetween(x - 8, yBeltTop - 14, x + 8, yBeltTop - 14);
    g.fillStyle(0x1c2633).fillRect(x - 10, top + 2, 20, 6);
    return;
  }
  const body = (yBeltTop - top) * 0.55;
  g.fillStyle(0xb8c4d0).fillRoundedRect(x - 9, top, 18, body, 3);
  g.fillStyle(0xe2e8ef).fillRect(x - 9, top + 3, 4, body - 6);
  g.fillStyle(0x6b7b8f).fillRect(x - 11, top, 22, 5).fillRect(x - 11, top + body - 5, 22, 5);
  g.fillStyle(0xd9e1ea).fillRect(x - 2, top + body, 4, yBeltTop - top - body - 12);
  g.fillStyle(COLOURS.bad).fillRoundedRect(x - 8, yBeltTop - 14, 16, 8, 2);
}
