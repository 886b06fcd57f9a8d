// Reduced motion: players who asked their system for less motion (vestibular disorders,
// migraine) get no sliding, shaking or zooming; games show end states at once instead.

const QUERY = '(prefers-reduced-motion: reduce)';

function media(): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia(QUERY) : null;
}

/** True when the player prefers reduced motion (read at call time: the setting can change mid-game). */
export function prefersReducedMotion(): boolean {
  return media()?.matches ?? false;
}

/** Calls fn with the new preference whenever it changes; returns the unsubscribe. */
export function onReducedMotionChange(fn: (reduced: boolean) => void): () => void {
  const mq = media();
  if (!mq) return () => {};
  const listener = (e: MediaQueryListEvent) => fn(e.matches);
  mq.addEventListener('change', listener);
  return () => mq.removeEventListener('change', listener);
}

/** A duration for an animation: `ms`, or 0 when motion is reduced. */
export function motionMs(ms: number): number {
  return prefersReducedMotion() ? 0 : ms;
}
