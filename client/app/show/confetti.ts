// Confetti over the podium, with canvas-confetti (a small, well-kept library, loaded only
// when a podium is shown). Nothing falls when the device asks for reduced motion.

/** Confetti colours: gold, the logo's red, teal and blue. */
const COLOURS = ['#ffb020', '#e8453c', '#27c3b0', '#4f8cff', '#ffffff'];
const BURSTS = 3;
const BURST_GAP_MS = 700;

/** True when the user asked the system for less motion. */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Bursts not yet fired, and the library once loaded (to sweep the canvas). */
const pending = new Set<ReturnType<typeof setTimeout>>();
let loaded: { reset(): void } | null = null;
/** Bumped by stopCelebration: a celebrate() still loading then fires nothing. */
let generation = 0;

/** A few bursts from both sides; resolves at once when motion is reduced or loading fails. */
export async function celebrate(): Promise<void> {
  if (reducedMotion()) return;
  const mine = generation;
  try {
    const { default: confetti } = await import('canvas-confetti');
    loaded = confetti;
    if (mine !== generation) return;
    for (let i = 0; i < BURSTS; i++) {
      const timer = setTimeout(() => {
        pending.delete(timer);
        for (const x of [0.15, 0.85]) {
          void confetti({ particleCount: 90, spread: 70, startVelocity: 55, origin: { x, y: 0.75 }, colors: COLOURS, disableForReducedMotion: true, zIndex: 30 });
        }
        // The library's canvas is decoration: hidden from screen readers (and axe's landmark check).
        for (const canvas of document.querySelectorAll('body > canvas')) canvas.setAttribute('aria-hidden', 'true');
      }, i * BURST_GAP_MS);
      pending.add(timer);
    }
  } catch {
    // No confetti: the podium still shows everything.
  }
}

/** m15: leaving the podium stops the confetti at once (it used to fall over the next page). */
export function stopCelebration(): void {
  generation += 1;
  for (const timer of pending) clearTimeout(timer);
  pending.clear();
  loaded?.reset();
}
