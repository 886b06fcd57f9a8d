import { h } from './dom.ts';
import { prefersReducedMotion } from './motion.ts';
import './kit.css';

// A bar that shrinks as the time to a deadline runs out: a game's play time, a trial's
// response window. DOM over the canvas (readable by screen readers as a progress bar, the
// same on every renderer). With reduced motion it jumps once a second instead of gliding.

/** Below this share of time left, the bar shows its warning colour. */
export const WARN_SHARE = 0.2;

export interface TimerBar {
  el: HTMLElement;
  /** Runs to `endsAtMs` (performance.now() base) over `totalMs`; replaces any earlier run. */
  run(endsAtMs: number, totalMs: number): void;
  /** Stops and empties the bar. */
  stop(): void;
  /** Sets the accessible name (after a language change). */
  label(text: string): void;
  destroy(): void;
}

/** A timer bar; `label` names it for screen readers ("Zeit" / "Time"). */
export function timerBar(label: string): TimerBar {
  const fill = h('div', { class: 'kit-timer-fill' });
  const el = h('div', { class: 'kit-timer', role: 'progressbar', 'aria-label': label, 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0 }, fill);
  let raf = 0;
  let interval: ReturnType<typeof setInterval> | null = null;
  let end = 0;
  let total = 1;
  let lastPct = -1;

  const draw = () => {
    const share = Math.max(0, Math.min(1, (end - performance.now()) / total));
    fill.style.transform = `scaleX(${share})`;
    el.classList.toggle('is-warning', share > 0 && share < WARN_SHARE);
    const pct = Math.round(share * 100);
    if (pct !== lastPct) {
      lastPct = pct;
      el.setAttribute('aria-valuenow', String(pct));
    }
    return share;
  };
  const halt = () => {
    cancelAnimationFrame(raf);
    if (interval) clearInterval(interval);
    interval = null;
  };
  const frame = () => {
    if (draw() > 0) raf = requestAnimationFrame(frame);
  };

  return {
    el,
    run(endsAtMs, totalMs) {
      halt();
      end = endsAtMs;
      total = Math.max(1, totalMs);
      if (prefersReducedMotion()) {
        draw();
        interval = setInterval(() => draw() > 0 || halt(), 1000);
      } else {
        raf = requestAnimationFrame(frame);
      }
    },
    stop() {
      halt();
      end = 0;
      draw();
    },
    label(text) {
      el.setAttribute('aria-label', text);
    },
    destroy() {
      halt();
      el.remove();
    },
  };
}
