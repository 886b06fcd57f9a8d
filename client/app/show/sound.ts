import type { Howl } from 'howler';

// The game-show sounds of a hosted round (assets/common/, made by scripts/make-sounds.mjs):
// lobby music on the projector, countdown ticks, hit/miss at the reveal, the podium
// fanfare. One volume and one mute switch per device, remembered in localStorage; howler
// resumes the audio context after the first tap (phones start muted by the browser).
// howler itself loads with the first sound, so the home page does not pay for it.
// Channels: these settings apply to the show sounds one by one, never to howler as a whole
// (Howler.mute / Howler.volume): a game's stimulus (Reaktion's tone, client/kit/sound.ts)
// plays through the same howler and must never be silenced by the music/effects mute.

export type ShowSound = 'lobby' | 'tick' | 'go' | 'hit' | 'miss' | 'fanfare';

const FILES: Record<ShowSound, string> = {
  lobby: 'lobby-loop.wav',
  tick: 'tick.wav',
  go: 'go.wav',
  hit: 'hit.wav',
  miss: 'miss.wav',
  fanfare: 'fanfare.wav',
};
/** Music stays under the voices in the room. */
const MUSIC_LEVEL = 0.35;
const DEFAULT_VOLUME = 0.8;
const STORE_KEY = 'arcade.sound';

interface Settings {
  volume: number;
  muted: boolean;
}

type HowlerModule = typeof import('howler');
const howls = new Map<ShowSound, Howl>();
let lib: Promise<HowlerModule> | null = null;
const listeners = new Set<(s: Settings) => void>();
let settings: Settings = load();
/** The lobby music was stopped before howler finished loading: do not start it late. */
let stopped = false;

function load(): Settings {
  try {
    const raw = JSON.parse(localStorage.getItem(STORE_KEY) ?? '{}') as Partial<Settings>;
    const volume = typeof raw.volume === 'number' && raw.volume >= 0 && raw.volume <= 1 ? raw.volume : DEFAULT_VOLUME;
    return { volume, muted: raw.muted === true };
  } catch {
    return { volume: DEFAULT_VOLUME, muted: false };
  }
}

function loadLib(): Promise<HowlerModule> {
  lib ??= import('howler');
  return lib;
}

const baseLevel = (name: ShowSound) => (name === 'lobby' ? MUSIC_LEVEL : 1);

/** Applies volume and mute to one show sound (its own channel). */
function tune(name: ShowSound, sound: Howl): void {
  sound.volume(baseLevel(name) * settings.volume);
  sound.mute(settings.muted);
}

function apply(): void {
  for (const [name, sound] of howls) tune(name, sound);
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify(settings));
  } catch {
    // Private mode: the setting lasts for this page only.
  }
  for (const fn of listeners) fn(settings);
}

function howl({ Howl }: HowlerModule, name: ShowSound): Howl {
  let sound = howls.get(name);
  if (!sound) {
    sound = new Howl({
      src: [`${import.meta.env.BASE_URL}common/${FILES[name]}`],
      loop: name === 'lobby',
      volume: baseLevel(name) * settings.volume,
      preload: true,
    });
    howls.set(name, sound);
  }
  tune(name, sound);
  return sound;
}

/** Plays a sound once (the lobby music loops until stopMusic). Never throws: sound is a nicety. */
export function play(name: ShowSound): void {
  loadLib().then((mod) => {
    const sound = howl(mod, name);
    if (name === 'lobby' && (sound.playing() || stopped)) return;
    sound.play();
  }).catch(() => {
    // No audio on this device: the screens still say everything.
  });
  if (name === 'lobby') stopped = false;
}

/** Stops the lobby music (fading out briefly). */
export function stopMusic(): void {
  stopped = true;
  const music = howls.get('lobby');
  if (!music?.playing()) return;
  const level = MUSIC_LEVEL * settings.volume;
  music.fade(level, 0, 400);
  music.once('fade', () => {
    music.stop();
    music.volume(level);
  });
}

/** Loads the given sounds ahead of time (e.g. the countdown ticks before a round). */
export function preload(...names: ShowSound[]): void {
  loadLib().then((mod) => {
    for (const name of names) howl(mod, name);
  }).catch(() => {});
}

export function soundSettings(): Settings {
  return { ...settings };
}

/** Volume 0–1 for this device. */
export function setVolume(volume: number): void {
  settings = { ...settings, volume: Math.min(1, Math.max(0, volume)) };
  apply();
}

export function setMuted(muted: boolean): void {
  settings = { ...settings, muted };
  apply();
}

/** Calls fn on every change of volume or mute; returns the unsubscribe. */
export function onSoundChange(fn: (s: Settings) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
