// Writes the game-show sounds of hosted rounds to assets/common/: lobby music (a loop),
// countdown tick and go, hit and miss jingles, and the podium fanfare. Everything is
// synthesised here from sine partials with soft envelopes, so the files' origin is plain
// (assets/CREDITS.md). 22.05 kHz 16-bit mono PCM WAV keeps them small.
// Run: node scripts/make-sounds.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SAMPLE_RATE_HZ = 22_050;
/** Peak level as a fraction of full scale (about -6 dBFS): never clipping after mixing. */
const PEAK = 0.5;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'assets', 'common');

/** Frequency of a note, A4 = 440 Hz; `semitones` from A4. */
const note = (semitones) => 440 * 2 ** (semitones / 12);
const C5 = 3, D5 = 5, E5 = 7, F5 = 8, G5 = 10, A5 = 12, C6 = 15, E6 = 19, G6 = 22, C4 = -9, F4 = -4, G4 = -2, A4 = 0;

/**
 * Adds one tone into `buf` (float samples): `partials` are [harmonic, level] pairs (a
 * bright "arcade" timbre without the aliasing of a raw square wave); attack and release in ms.
 */
function tone(buf, { startMs, durMs, freqHz, level = 1, partials = [[1, 1], [2, 0.35], [3, 0.2], [5, 0.08]], attackMs = 6, releaseMs = 60, slideTo = null }) {
  const start = Math.round((startMs / 1000) * SAMPLE_RATE_HZ);
  const n = Math.round((durMs / 1000) * SAMPLE_RATE_HZ);
  const attack = (attackMs / 1000) * SAMPLE_RATE_HZ;
  const release = (releaseMs / 1000) * SAMPLE_RATE_HZ;
  let phase = 0;
  for (let i = 0; i < n && start + i < buf.length; i++) {
    const f = slideTo ? freqHz + ((slideTo - freqHz) * i) / n : freqHz;
    phase += (2 * Math.PI * f) / SAMPLE_RATE_HZ;
    const env = Math.min(1, i / attack, (n - i) / release);
    let v = 0;
    for (const [h, l] of partials) v += l * Math.sin(h * phase);
    buf[start + i] += level * env * v;
  }
}

/** Normalises to PEAK and writes a 16-bit mono WAV. */
function writeWav(name, buf) {
  const max = buf.reduce((m, v) => Math.max(m, Math.abs(v)), 1e-9);
  const dataBytes = buf.length * 2;
  const out = Buffer.alloc(44 + dataBytes);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(36 + dataBytes, 4);
  out.write('WAVE', 8, 'ascii');
  out.write('fmt ', 12, 'ascii');
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20); // PCM
  out.writeUInt16LE(1, 22); // mono
  out.writeUInt32LE(SAMPLE_RATE_HZ, 24);
  out.writeUInt32LE(SAMPLE_RATE_HZ * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36, 'ascii');
  out.writeUInt32LE(dataBytes, 40);
  buf.forEach((v, i) => out.writeInt16LE(Math.round((v / max) * PEAK * 32767), 44 + i * 2));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, name), out);
  console.log(`wrote assets/common/${name} (${out.length} bytes)`);
}

const samples = (ms) => new Float64Array(Math.round((ms / 1000) * SAMPLE_RATE_HZ));

// Lobby: a relaxed 4-bar loop at 120 bpm (bass + arpeggio), seamless when repeated.
{
  const BEAT_MS = 500;
  const buf = samples(16 * BEAT_MS);
  const chords = [[C4, E5, G5, C6], [A4 - 12, C5, E5, A5], [F4, A4, C5, F5], [G4, D5, G5, A5 - 1]];
  chords.forEach((chord, bar) => {
    const barMs = bar * 4 * BEAT_MS;
    tone(buf, { startMs: barMs, durMs: 4 * BEAT_MS - 20, freqHz: note(chord[0] - 12), level: 0.5, partials: [[1, 1], [2, 0.2]], releaseMs: 200 });
    for (let i = 0; i < 8; i++) {
      const pitch = chord[1 + (i % 3)] ?? chord[1];
      tone(buf, { startMs: barMs + i * (BEAT_MS / 2), durMs: BEAT_MS / 2 - 30, freqHz: note(pitch), level: 0.28, releaseMs: 120 });
    }
  });
  writeWav('lobby-loop.wav', buf);
}

// Countdown tick and "go".
{
  const tick = samples(120);
  tone(tick, { startMs: 0, durMs: 110, freqHz: note(E6), partials: [[1, 1], [3, 0.15]], releaseMs: 80 });
  writeWav('tick.wav', tick);
  const go = samples(450);
  tone(go, { startMs: 0, durMs: 440, freqHz: note(C6), slideTo: note(G6), level: 1, releaseMs: 200 });
  writeWav('go.wav', go);
}

// Hit: a quick rising major arpeggio. Miss: two falling notes, softer.
{
  const hit = samples(520);
  [C5, E5, G5, C6].forEach((p, i) => tone(hit, { startMs: i * 90, durMs: i === 3 ? 250 : 110, freqHz: note(p), releaseMs: 90 }));
  writeWav('hit.wav', hit);
  const miss = samples(600);
  tone(miss, { startMs: 0, durMs: 220, freqHz: note(E5), level: 0.8, partials: [[1, 1], [2, 0.5], [3, 0.1]] });
  tone(miss, { startMs: 230, durMs: 350, freqHz: note(C5 - 1), slideTo: note(C5 - 3), level: 0.8, partials: [[1, 1], [2, 0.5], [3, 0.1]], releaseMs: 200 });
  writeWav('miss.wav', miss);
}

// Podium fanfare: a brass-like call and a held major chord.
{
  const buf = samples(2600);
  const brass = [[1, 1], [2, 0.6], [3, 0.45], [4, 0.3], [5, 0.2], [6, 0.1]];
  const call = [[G4, 0, 150], [G4, 170, 150], [G4, 340, 150], [C5, 520, 700], [G4 + 12 - 12, 1240, 160], [C5, 1420, 1100]];
  for (const [p, at, dur] of call) tone(buf, { startMs: at, durMs: dur, freqHz: note(p), partials: brass, attackMs: 20, releaseMs: 120, level: 0.7 });
  for (const p of [C5, E5, G5]) tone(buf, { startMs: 1420, durMs: 1150, freqHz: note(p), partials: brass, attackMs: 40, releaseMs: 500, level: 0.35 });
  writeWav('fanfare.wav', buf);
}
