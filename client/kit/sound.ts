import { Howl, Howler } from 'howler';

// Sound for games through howler (Web Audio). Phones start audio only after a touch, and
// suspend it when the tab hides; iOS reports 'interrupted' after a call, Siri or the lock
// screen, and howler's own unlock only handles the first start. So the kit resumes the
// context on every touch, key press and return to the page, and never lets howler suspend
// it after 30 s of silence (resuming takes time: a stimulus tone would start late).

type CtxState = AudioContextState | 'interrupted';

const UNLOCK_EVENTS = ['pointerdown', 'touchend', 'keydown'] as const;

let installed = 0;

/** Asks a suspended or interrupted audio context to run again (only works within, or after, a user gesture). */
export function resumeAudio(): void {
  const ctx = Howler.ctx as AudioContext | undefined;
  const state = ctx?.state as CtxState | undefined;
  if (ctx && (state === 'suspended' || state === 'interrupted')) void ctx.resume().catch(() => {});
}

const onVisible = () => {
  if (document.visibilityState === 'visible') resumeAudio();
};

/**
 * Keeps audio alive while a game runs: resumes on each gesture and on returning to the tab.
 * Calls nest; the returned function undoes this call.
 */
export function keepAudioAlive(): () => void {
  if (installed++ === 0) {
    Howler.autoSuspend = false;
    for (const type of UNLOCK_EVENTS) window.addEventListener(type, resumeAudio, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('pageshow', resumeAudio);
  }
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--installed > 0) return;
    for (const type of UNLOCK_EVENTS) window.removeEventListener(type, resumeAudio, { capture: true });
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('pageshow', resumeAudio);
  };
}

/** The current state of the audio context ('running', 'suspended', 'interrupted' …), or null before the first sound. */
export function audioState(): string | null {
  return (Howler.ctx as AudioContext | undefined)?.state ?? null;
}

/** Reported output latencies above this are not believed (a broken driver value), in ms. */
const MAX_OUTPUT_LATENCY_MS = 500;

/**
 * A game's sounds by name. `play` starts a sound within the calling frame (Web Audio; the
 * device's output latency, often 10–40 ms, comes on top and is returned). Reduced volume,
 * never autoplay: sounds only follow the game's own events.
 */
export class SoundSet<K extends string> {
  private readonly howls = new Map<K, Howl>();
  private readonly release: () => void;

  /** `urls`: name → file URL (WAV plays everywhere; keep files small). */
  constructor(urls: Readonly<Record<K, string>>, volume = 1) {
    for (const [name, url] of Object.entries(urls) as [K, string][]) {
      this.howls.set(name, new Howl({ src: [url], preload: true, html5: false, volume }));
    }
    this.release = keepAudioAlive();
  }

  /**
   * Plays `name` now (from the start if it was playing). Returns the ms until it is heard
   * (the output latency the browser reports, AudioContext.outputLatency or baseLatency), or
   * null when it cannot be heard: the audio context is not running (asked to; a tap will).
   */
  play(name: K): number | null {
    resumeAudio();
    const ctx = Howler.ctx as AudioContext | undefined;
    const howl = this.howls.get(name);
    if (!howl || (ctx && ctx.state !== 'running')) return null;
    howl.stop();
    howl.play();
    const seconds = ctx ? ctx.outputLatency || ctx.baseLatency || 0 : 0;
    return Number.isFinite(seconds) ? Math.min(Math.max(seconds * 1000, 0), MAX_OUTPUT_LATENCY_MS) : 0;
  }

  /** Mutes or unmutes all sounds of this set. */
  mute(muted: boolean): void {
    for (const howl of this.howls.values()) howl.mute(muted);
  }

  /** Frees the audio buffers and stops keeping audio alive. */
  unload(): void {
    for (const howl of this.howls.values()) howl.unload();
    this.howls.clear();
    this.release();
  }
}
