import type * as Phaser from 'phaser';
import { bootStage, type Stage } from '../../kit/phaser-stage.ts';

// The stage every level draws on, and the conveyor: a dark belt with cleats that move with
// the belt (so motion is visible even when no part rides on it), rollers at both ends, and
// a sensor head with its lamp.

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

/** Sensor-Labor's dark stage behind every level. */
export const STAGE_BACKGROUND = '#101826';

/** Boots one level scene in `host` on the game's background (kit stage: device resolution, resize). */
export function bootScene(host: HTMLElement, scene: Phaser.Scene): Promise<Stage> {
  return bootStage(host, { background: STAGE_BACKGROUND, scenes: [scene] });
}

/** Draws a horizontal belt from x0 to x1 at centre y, `h` high; cleats shifted by `offset` px. */
export function drawBelt(g: G, x0: number, x1: number, y: number, h: number, offset: number): void {
  g.clear();
  g.fillStyle(COLOURS.belt).fillRoundedRect(x0, y - h / 2, x1 - x0, h, h / 2);
  g.fillStyle(COLOURS.cleat);
  const start = x0 + h / 2 + (((offset % CLEAT_GAP_PX) + CLEAT_GAP_PX) % CLEAT_GAP_PX);
  for (let x = start; x < x1 - h / 2; x += CLEAT_GAP_PX) g.fillRect(x, y - h / 2 + 3, 4, h - 6);
  g.fillStyle(COLOURS.roller);
  g.fillCircle(x0 + h / 2, y, h * 0.42).fillCircle(x1 - h / 2, y, h * 0.42);
}

/** A sensor head above the belt: a body and a beam cone towards the belt, lit when it switches. */
export function drawSensorHead(g: G, x: number, yBelt: number, distance: number, state: 'idle' | 'on' | 'unsure' | 'off'): void {
  g.clear();
  const top = yBelt - distance;
  const lamp = state === 'on' ? COLOURS.good : state === 'unsure' ? COLOURS.limited : state === 'off' ? COLOURS.bad : COLOURS.roller;
  if (state === 'on' || state === 'unsure') {
    g.fillStyle(lamp, 0.25).fillTriangle(x, top + 10, x - 16, yBelt - 14, x + 16, yBelt - 14);
  }
  g.fillStyle(0x8a96a6).fillRoundedRect(x - 12, top - 34, 24, 44, 5);
  g.fillStyle(lamp).fillCircle(x, top - 22, 6);
  g.lineStyle(2, 0x0b1220).strokeRoundedRect(x - 12, top - 34, 24, 44, 5);
}
