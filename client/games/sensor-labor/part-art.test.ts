import { describe, expect, it } from 'vitest';
import type * as Phaser from 'phaser';
import { MATERIALS, type MaterialId } from '../../../shared/games/sensor-labor/materials.ts';
import { drawPart, PART_ART, PART_BOTTOM } from './part-art.ts';

// Every part of the game's list has its own drawing that fits its box: a part added to the
// rules without a drawing, a drawing that spills onto the belt or the tags, or two parts
// drawn alike fail here (the scene would show an empty or a misleading spot).

interface Call {
  name: string;
  args: unknown[];
}

/** A Graphics stand-in that records every call and returns itself (Phaser's chaining). */
function recorder(): { g: Phaser.GameObjects.Graphics; calls: Call[] } {
  const calls: Call[] = [];
  const g: Phaser.GameObjects.Graphics = new Proxy({} as Phaser.GameObjects.Graphics, {
    get: (_t, name) => (...args: unknown[]) => {
      calls.push({ name: String(name), args });
      return g;
    },
  });
  return { g, calls };
}

const SIZE = 100;
const DRAWING = /^(fill|stroke)(Rect|RoundedRect|Circle|Ellipse|Triangle|Path)$|^lineBetween$/;

/** Coordinates a call puts on screen (x/y pairs of points; sizes for circles and boxes). */
function extent(c: Call): number[] {
  const n = c.args.filter((a): a is number => typeof a === 'number');
  switch (c.name) {
    case 'fillRect': case 'strokeRect': case 'fillRoundedRect': case 'strokeRoundedRect':
      return [n[0]!, n[1]!, n[0]! + n[2]!, n[1]! + n[3]!];
    case 'fillCircle': case 'strokeCircle': case 'arc':
      return [n[0]! - n[2]!, n[1]! - n[2]!, n[0]! + n[2]!, n[1]! + n[2]!];
    case 'fillEllipse': case 'strokeEllipse':
      return [n[0]! - n[2]! / 2, n[1]! - n[3]! / 2, n[0]! + n[2]! / 2, n[1]! + n[3]! / 2];
    case 'fillTriangle': case 'lineBetween': case 'moveTo': case 'lineTo':
      return n;
    default:
      return [];
  }
}

function draw(material: MaterialId): Call[] {
  const { g, calls } = recorder();
  drawPart(g, material, SIZE);
  return calls;
}

const signature = (m: MaterialId) => JSON.stringify(draw(m).map((c) => [c.name, c.args]));

describe('Sensor-Labor part drawings', () => {
  it('the drawing table names exactly the game\'s parts', () => {
    expect(Object.keys(PART_ART).sort()).toEqual([...MATERIALS].sort());
  });

  it.each(MATERIALS)('%s is drawn (cleared first, at least four shapes) inside its box', (material) => {
    const calls = draw(material);
    expect(calls[0]?.name).toBe('clear');
    expect(calls.filter((c) => DRAWING.test(c.name)).length).toBeGreaterThanOrEqual(4);
    for (const c of calls) for (const v of extent(c)) expect(Math.abs(v), `${material} ${c.name}`).toBeLessThanOrEqual(SIZE * 0.5);
  });

  it.each(MATERIALS)('%s stands on the belt: its stated bottom is where the drawing ends', (material) => {
    const ys = draw(material).flatMap((c) => extent(c).filter((_, i) => i % 2 === 1));
    const drawn = Math.max(...ys) / SIZE;
    // Outlines drawn at the edge add up to half a line width below the shape (≤ 0.01 of the size).
    expect(Math.abs(drawn - PART_BOTTOM[material]), material).toBeLessThanOrEqual(0.02);
  });

  it('no two parts are drawn alike', () => {
    expect(new Set(MATERIALS.map(signature)).size).toBe(MATERIALS.length);
  });

  it('scales with the size asked for (a phone and a projector draw the same part)', () => {
    const { g, calls } = recorder();
    drawPart(g, 'steel-screw', 50);
    const small = calls.flatMap(extent);
    const big = draw('steel-screw').flatMap(extent);
    expect(Math.max(...big.map(Math.abs))).toBeCloseTo(2 * Math.max(...small.map(Math.abs)), 5);
  });
});
