import { Howl, Howler } from 'howler';

// The auditory stimulus: a short 1 kHz tone (assets/reaktion/tone-1000hz.wav, made by
// scripts/make-tone.mjs). Web Audio starts it within the frame that calls play(); the
// device's output latency (often 10-40 ms) comes on top and is not subtracted: the onset
// is the frame, as for the visual stimulus, so both are measured the same way.

const TONE_URL = `${import.meta.env.BASE_URL}reaktion/tone-1000hz.wav`;

export class Tone {
  private readonly howl: Howl;

  constructor() {
    this.howl = new Howl({ src: [TONE_URL], preload: true, html5: false, volume: 1 });
  }

  /** Plays the tone now. A context still locked by the browser is asked to start. */
  play(): void {
    const ctx = Howler.ctx as AudioContext | undefined;
    if (ctx && ctx.state === 'suspended') void ctx.resume().catch(() => {});
    this.howl.stop();
    this.howl.play();
  }

  unload(): void {
    this.howl.unload();
  }
}
