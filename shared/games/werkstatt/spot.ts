// Tap the spot ("Wo ist der Endschalter?"): the region a trainer draws on a photo, in
// coordinates relative to the photo (0..1 from the left and top edge), so it fits every
// screen size. A circle keeps its roundness on the photo: rx is relative to the width,
// ry to the height (rx·width = ry·height in pixels when drawn as a circle).

export type SpotRegion =
  | { shape: 'rect'; x: number; y: number; w: number; h: number }
  | { shape: 'circle'; x: number; y: number; rx: number; ry: number };

/** A fingertip is about 44 CSS px (WCAG 2.5.5); the smallest phone shows the photo 360 px wide. */
export const FINGERTIP_PX = 44;
export const SMALL_PHONE_PX = 360;
/** The region may cover at most this share of the photo (a random tap must not pay), at least MIN_REGION_SIDE per side. */
export const MAX_REGION_SHARE = 0.25;
export const MIN_REGION_SIDE = 0.01;

/** The share of the photo the region covers (0..1). */
export function regionArea(r: SpotRegion): number {
  return r.shape === 'rect' ? r.w * r.h : Math.PI * r.rx * r.ry;
}

/** True when the tap (x, y relative, 0..1) lies inside the region (its edge included). */
export function inRegion(r: SpotRegion, x: number, y: number): boolean {
  if (r.shape === 'rect') return x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h;
  const dx = (x - r.x) / r.rx;
  const dy = (y - r.y) / r.ry;
  return dx * dx + dy * dy <= 1 + 1e-9;
}

/**
 * True when the region's smaller side is under a fingertip on a 360 px wide phone showing
 * the photo full width; `aspect` = photo height / width. The editor warns (the phone can zoom).
 */
export function regionTooSmall(r: SpotRegion, aspect: number): boolean {
  const across = r.shape === 'rect' ? r.w : 2 * r.rx;
  const down = r.shape === 'rect' ? r.h : 2 * r.ry;
  return Math.min(across * SMALL_PHONE_PX, down * SMALL_PHONE_PX * aspect) < FINGERTIP_PX;
}

const round4 = (v: number) => Math.round(v * 10_000) / 10_000;
const unit = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;

/** The region checked (inside the photo, each side ≥ MIN_REGION_SIDE), or 'region'; 'region-large' above MAX_REGION_SHARE. */
export function checkRegion(raw: unknown): SpotRegion | 'region' | 'region-large' {
  if (typeof raw !== 'object' || raw === null) return 'region';
  const r = raw as Record<string, unknown>;
  let region: SpotRegion;
  if (r.shape === 'rect' && unit(r.x) && unit(r.y) && unit(r.w) && unit(r.h)) {
    region = { shape: 'rect', x: round4(r.x), y: round4(r.y), w: round4(r.w), h: round4(r.h) };
    if (region.x + region.w > 1 + 1e-9 || region.y + region.h > 1 + 1e-9 || region.w < MIN_REGION_SIDE || region.h < MIN_REGION_SIDE) return 'region';
  } else if (r.shape === 'circle' && unit(r.x) && unit(r.y) && unit(r.rx) && unit(r.ry)) {
    region = { shape: 'circle', x: round4(r.x), y: round4(r.y), rx: round4(r.rx), ry: round4(r.ry) };
    const { x, y, rx, ry } = region;
    if (x - rx < -1e-9 || x + rx > 1 + 1e-9 || y - ry < -1e-9 || y + ry > 1 + 1e-9 || rx < MIN_REGION_SIDE / 2 || ry < MIN_REGION_SIDE / 2) return 'region';
  } else return 'region';
  return regionArea(region) > MAX_REGION_SHARE + 1e-9 ? 'region-large' : region;
}

/**
 * A sheet's circle has only a radius, relative to the photo's width: its ry until the server
 * knows the photo (fitCircle) is the smallest the check takes, so the check before saving
 * judges x, rx and the centre and never refuses what fits the real photo.
 */
export const UNFITTED_RY = MIN_REGION_SIDE / 2;

/**
 * The circle round on a photo of `aspect` = height / width: ry = rx / aspect (rx·width =
 * ry·height in pixels), checked as any region ('region' outside or too small, 'region-large').
 */
export function fitCircle(c: { x: number; y: number; rx: number }, aspect: number): SpotRegion | 'region' | 'region-large' {
  return checkRegion({ shape: 'circle', x: c.x, y: c.y, rx: c.rx, ry: c.rx / aspect });
}

/** A tap as sent: [x, y], each a finite number 0..1; else null. */
export function checkTap(v: unknown): [number, number] | null {
  if (!Array.isArray(v) || v.length !== 2 || !unit(v[0]) || !unit(v[1])) return null;
  return [round4(v[0]), round4(v[1])];
}

/** The region as the result's solution numbers: rect [0, x, y, w, h], circle [1, x, y, rx, ry]. */
export function regionNumbers(r: SpotRegion): number[] {
  return r.shape === 'rect' ? [0, r.x, r.y, r.w, r.h] : [1, r.x, r.y, r.rx, r.ry];
}

/** The region back from its solution numbers (the reveal draws it), or null. */
export function regionFromNumbers(s: readonly number[]): SpotRegion | null {
  const [kind, x = 0, y = 0, a = 0, b = 0] = s;
  if (kind === 0) return { shape: 'rect', x, y, w: a, h: b };
  if (kind === 1) return { shape: 'circle', x, y, rx: a, ry: b };
  return null;
}
