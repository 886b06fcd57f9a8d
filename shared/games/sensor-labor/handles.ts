import type { Setting } from './hysteresis.ts';

// Level 3's two handles on the phone: the switch point SP and the reset point rP. Each one
// moves on its own: a handle pushed against the other stops there (SP never below rP),
// it never drags the other along (a newcomer saw "dragging moved both" when both started
// at 50 % and one pushed the other). Pure, so the rule is tested without a browser.

export type Handle = 'switchPoint' | 'resetPoint';

/**
 * Where the handles start: SP 75 %, rP 25 %, NO. Two handles far apart, so they look like
 * two from the first glance; the hysteresis (50 %) is wider than any level-3 signal spans
 * (rise ≤ 22 % plus noise, drift and spikes, signal.ts), so leaving them earns nothing
 * (fairness.test.ts).
 */
export const START_SETTING: Required<Setting> = { switchPoint: 75, resetPoint: 25, output: 'no' };

/** The values a handle may take (whole %): SP from rP up to `max`, rP from 0 up to SP. */
export function handleRange(s: Pick<Setting, 'switchPoint' | 'resetPoint'>, which: Handle, max: number): { min: number; max: number } {
  return which === 'switchPoint' ? { min: s.resetPoint, max } : { min: 0, max: s.switchPoint };
}

/**
 * `s` with one handle moved to `value` (% of the range, rounded to whole %), clamped to its
 * range (handleRange): against the other handle it stops; the other handle keeps its value.
 */
export function moveHandle<S extends Setting>(s: S, which: Handle, value: number, max: number): S {
  const r = handleRange(s, which, max);
  const v = Math.max(r.min, Math.min(r.max, Math.round(value)));
  return { ...s, [which]: v };
}

/**
 * The handle a finger on the plot takes at signal value `value`: the line nearer to it. On
 * lines that lie on each other (SP = rP) or a finger exactly between them, null until it
 * moves; then moving up takes SP (rP cannot go above it), moving down takes rP.
 */
export function grabbedHandle(s: Pick<Setting, 'switchPoint' | 'resetPoint'>, value: number, moving: 'up' | 'down' | null): Handle | null {
  const dSp = Math.abs(s.switchPoint - value), dRp = Math.abs(s.resetPoint - value);
  if (dSp < dRp) return 'switchPoint';
  if (dRp < dSp) return 'resetPoint';
  return moving === 'up' ? 'switchPoint' : moving === 'down' ? 'resetPoint' : null;
}
