import { describe, expect, it } from 'vitest';
import { checkRegion, regionArea, type SpotRegion } from '../../../shared/games/werkstatt/spot.ts';
import { isRegionKey, regionBox, regionByKey, reshape, startRegion } from './region-keys.ts';

const press = (r: SpotRegion, keys: string[], resize = false, aspect = 0.75) => keys.reduce((acc, k) => regionByKey(acc, k, resize, aspect) ?? acc, r);

describe('drawing the spot region with the keyboard', () => {

  it('starts with a valid region in the middle; arrows move it by a step, never out of the photo', () => {
    const r = startRegion('rect', 0.75);
    expect(checkRegion(r)).toEqual(r);
    expect(press(r, ['ArrowRight', 'ArrowDown'])).toEqual({ shape: 'rect', x: 0.42, y: 0.42, w: 0.2, h: 0.2 });
    expect(press(r, Array(60).fill('ArrowLeft'))).toMatchObject({ x: 0, y: 0.4 });
    expect(press(r, Array(60).fill('ArrowDown'))).toMatchObject({ x: 0.4, y: 0.8 });
    expect(regionByKey(r, 'Enter', false, 0.75)).toBeNull();
    expect(isRegionKey('ArrowUp') && !isRegionKey('Tab')).toBe(true);
  });

  it('Shift + arrows resize a rectangle by its right and bottom edge, within the fingertip floor and the quarter cap', () => {
    const r = startRegion('rect', 0.75);
    expect(press(r, ['ArrowRight', 'ArrowUp'], true)).toEqual({ shape: 'rect', x: 0.4, y: 0.4, w: 0.22, h: 0.18 });
    const tiny = press(r, Array(40).fill('ArrowLeft'), true);
    expect(tiny.shape === 'rect' && tiny.w).toBe(0.01);
    const big = press(r, [...Array(40).fill('ArrowRight'), ...Array(40).fill('ArrowDown')], true);
    expect(regionArea(big)).toBeLessThanOrEqual(0.25);
    expect(checkRegion(big)).toEqual(big);
  });

  it('a circle moves inside the photo and grows or shrinks staying round on the photo', () => {
    const aspect = 0.75;
    const c = startRegion('circle', aspect);
    expect(c.shape === 'circle' && c.rx / c.ry).toBeCloseTo(aspect);
    const grown = press(c, ['ArrowRight', 'ArrowRight'], true, aspect);
    expect(grown.shape === 'circle' && [grown.rx, grown.rx / grown.ry]).toEqual([0.14, expect.closeTo(aspect, 3)]);
    const moved = press(c, Array(60).fill('ArrowUp'), false, aspect);
    expect(moved.shape === 'circle' && moved.y).toBeCloseTo(moved.shape === 'circle' ? moved.ry : -1);
    expect(checkRegion(moved)).toEqual(moved);
    const huge = press(c, Array(60).fill('ArrowUp'), true, aspect);
    expect(checkRegion(huge)).toEqual(huge);
  });

  it('turns a rectangle into a circle and back around the same middle; describes the box in percent', () => {
    const r: SpotRegion = { shape: 'rect', x: 0.3, y: 0.3, w: 0.2, h: 0.2 };
    const c = reshape(r, 'circle', 1);
    expect(c).toMatchObject({ shape: 'circle', x: 0.4, y: 0.4 });
    expect(checkRegion(c)).toEqual(c);
    expect(reshape(c, 'rect', 1)).toMatchObject({ shape: 'rect', x: expect.closeTo(0.3), w: expect.closeTo(0.2) });
    expect(regionBox(r)).toEqual({ left: 30, top: 30, width: 20, height: 20 });
  });
});
