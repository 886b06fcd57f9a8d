import { beforeEach, describe, expect, it, vi } from 'vitest';

// Issue 19, M4: the app's mute and volume are for music and effects. A stimulus a round
// depends on (Reaktion "Hören") plays through the same Web Audio (howler), so the app's
// settings may never touch howler's global mute or volume: they apply per show sound only.

const global = vi.hoisted(() => ({ mute: vi.fn(), volume: vi.fn() }));
const made = vi.hoisted(() => [] as { src: string[]; mute: ReturnType<typeof vi.fn>; volume: ReturnType<typeof vi.fn> }[]);

vi.mock('howler', () => {
  class Howl {
    src: string[];
    mute = vi.fn();
    volume = vi.fn();
    play = vi.fn();
    playing = () => false;
    constructor(opts: { src: string[] }) {
      this.src = opts.src;
      made.push(this);
    }
  }
  return { Howl, Howler: global };
});

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('show sounds: their own channel', () => {
  beforeEach(() => {
    global.mute.mockClear();
    global.volume.mockClear();
  });

  it('muting the app silences the show sounds one by one and never howler as a whole', async () => {
    const sound = await import('./sound.ts');
    sound.play('tick');
    await flush();
    sound.setMuted(true);
    sound.setVolume(0.3);
    sound.play('hit');
    await flush();
    expect(global.mute).not.toHaveBeenCalled();
    expect(global.volume).not.toHaveBeenCalled();
    const tick = made.find((m) => m.src[0]?.endsWith('tick.wav'));
    const hit = made.find((m) => m.src[0]?.endsWith('hit.wav'));
    expect(tick?.mute).toHaveBeenLastCalledWith(true);
    expect(hit?.mute).toHaveBeenLastCalledWith(true);
    expect(hit?.volume).toHaveBeenLastCalledWith(0.3);
    sound.setMuted(false);
    expect(tick?.mute).toHaveBeenLastCalledWith(false);
  });
});
