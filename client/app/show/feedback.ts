import { prefersReducedMotion } from '../../kit/motion.ts';
import { soundSettings } from './sound.ts';

// A short vibration where the phone supports it (Android browsers; iOS Safari has none).
// Off when the device asks for reduced motion or the app's sound is muted: a phone on
// silent in class must not buzz either.

/** Vibration patterns in ms (on, off, on …). */
const PATTERNS_MS = { right: [35], wrong: [70, 50, 70], cheer: [60, 40, 60, 40, 120] } as const;

export type Buzz = keyof typeof PATTERNS_MS;

/** Vibrates once with the pattern of `kind`; does nothing where it is off or unsupported. */
export function buzz(kind: Buzz): void {
  if (prefersReducedMotion() || soundSettings().muted) return;
  try {
    if (typeof navigator.vibrate === 'function') navigator.vibrate([...PATTERNS_MS[kind]]);
  } catch {
    // A browser may refuse vibration without a user gesture: feedback still shows on screen.
  }
}
