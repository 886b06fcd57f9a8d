import { MAX_REGION_SHARE, MIN_REGION_SIDE, regionArea, type SpotRegion } from '../../../shared/games/werkstatt/spot.ts';

// Drawing the tap-the-spot region with the keyboard (WCAG 2.1.1: everything a pointer drag
// does works without one): the photo takes the focus; an arrow moves the region, Shift + arrow
// changes its size, Enter confirms, Escape undoes what the keys changed. Pure: the editor's
// photo field calls it and draws the result.

/** One key press moves or resizes by this share of the photo (Alt: a fine step). */
export const STEP = 0.02;
export const FINE_STEP = 0.005;

const ARROWS: Record<string, readonly [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

/** True for the keys regionByKey acts on (the caller then prevents the page from scrolling). */
export const isRegionKey = (key: string): boolean => key in ARROWS;

/** A region in the middle of the photo to start from, in `shape`; `aspect` = photo height / width (a circle stays round). */
export function startRegion(shape: SpotRegion['shape'], aspect: number): SpotRegion {
  if (shape === 'rect') return { shape, x: 0.4, y: 0.4, w: 0.2, h: 0.2 };
  const rx = 0.1;
  const ry = Math.min(0.45, rx / (aspect > 0 ? aspect : 1));
  return { shape, x: 0.5, y: 0.5, rx, ry };
}

/** The region in another shape around the same middle and box (kept inside the photo). */
export function reshape(r: SpotRegion, shape: SpotRegion['shape'], aspect: number): SpotRegion {
  if (r.shape === shape) return r;
  if (r.shape === 'rect') {
    const cx = r.x + r.w / 2;
    const cy = r.y + r.h / 2;
    const rx = Math.min(r.w / 2, cx, 1 - cx);
    const ry = Math.min(rx / (aspect > 0 ? aspect : 1), cy, 1 - cy);
    return { shape: 'circle', x: cx, y: cy, rx: ry * (aspect > 0 ? aspect : 1), ry };
  }
  return { shape: 'rect', x: r.x - r.rx, y: r.y - r.ry, w: 2 * r.rx, h: 2 * r.ry };
}

/**
 * The region after one arrow key: moved by `step` (kept inside the photo), or with `resize`
 * (Shift) grown or shrunk — a rectangle by its right and bottom edge, a circle by its radius
 * (Right/Up grow, Left/Down shrink, staying round). Never smaller than MIN_REGION_SIDE nor
 * larger than MAX_REGION_SHARE of the photo. Null for other keys.
 */
export function regionByKey(r: SpotRegion, key: string, resize: boolean, aspect: number, step = STEP): SpotRegion | null {
  const dir = ARROWS[key];
  if (!dir) return null;
  const [dx, dy] = dir;
  const a = aspect > 0 ? aspect : 1;
  let next: SpotRegion;
  if (r.shape === 'rect') {
    if (!resize) next = { ...r, x: clamp(r.x + dx * step, 0, 1 - r.w), y: clamp(r.y + dy * step, 0, 1 - r.h) };
    else next = { ...r, w: clamp(r.w + dx * step, MIN_REGION_SIDE, 1 - r.x), h: clamp(r.h + dy * step, MIN_REGION_SIDE, 1 - r.y) };
  } else if (!resize) {
    next = { ...r, x: clamp(r.x + dx * step, r.rx, 1 - r.rx), y: clamp(r.y + dy * step, r.ry, 1 - r.ry) };
  } else {
    const grow = dx > 0 || dy < 0 ? 1 : -1;
    // The radius across (rx) is what the keys change; ry follows so the circle stays round.
    const limit = Math.min(r.x, 1 - r.x, (Math.min(r.y, 1 - r.y)) * a);
    const rx = clamp(r.rx + grow * step, MIN_REGION_SIDE / 2, limit);
    next = { ...r, rx, ry: rx / a };
  }
  if (regionArea(next) > MAX_REGION_SHARE) return r;
  return roundRegion(next);
}

const pct = (v: number) => Math.round(v * 100);

const roundRegion = (r: SpotRegion): SpotRegion => (r.shape === 'rect'
  ? { shape: 'rect', x: round4(r.x), y: round4(r.y), w: round4(r.w), h: round4(r.h) }
  : { shape: 'circle', x: round4(r.x), y: round4(r.y), rx: round4(r.rx), ry: round4(r.ry) });

/** Percentages for the spoken description: left, top, width, height of the region's box. */
export function regionBox(r: SpotRegion): { left: number; top: number; width: number; height: number } {
  const [left, top, width, height] = r.shape === 'rect' ? [r.x, r.y, r.w, r.h] : [r.x - r.rx, r.y - r.ry, 2 * r.rx, 2 * r.ry];
  return { left: pct(left), top: pct(top), width: pct(width), height: pct(height) };
}
