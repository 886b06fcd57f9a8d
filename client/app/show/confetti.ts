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

const timers = new Set<ReturnType<typeof setTimeout>>();
let reset: (() => void) | null = null;

/** Stops the bursts still to come and clears what is falling (the next page starts clean). */
export function stopCelebrating(): void {
  for (const id of timers) clearTimeout(id);
  timers.clear();
  reset?.();
}

/** A few bursts from both sides; resolves at once when motion is reduced or loading fails. */
export async function celebrate(): Promise<void> {
  if (reducedMotion()) return;
  try {
    const { default: confetti } = await import('canvas-confetti');
    reset = () => confetti.reset();
    for (let i = 0; i < BURSTS; i++) {
      const id = setTimeout(() => {
        timers.delete(id);
        for (const x of [0.15, 0.85]) {
          void confetti({ particleCount: 90, spread: 70, startVelocity: 55, origin: { x, y: 0.75 }, colors: COLOURS, disableForReducedMotion: true, zIndex: 30 });
        }
        // The library's canvas is decoration: hidden from screen readers (and axe's landmark check).
        for (const canvas of document.querySelectorAll('body > canvas')) canvas.setAttribute('aria-hidden', 'true');
      }, i * BURST_GAP_MS);
      timers.add(id);
    }
  } catch {
    // No confetti: the podium still shows everything.
  }
}
