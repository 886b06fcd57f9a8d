// Writes assets/reaktion/tone-1000hz.wav: the auditory stimulus of the Reaktion game.
// A 1 kHz sine, 150 ms long, 44.1 kHz 16-bit mono PCM, with 10 ms raised-cosine fades so
// it starts and stops without a click. Generated here so the asset's origin is plain.
// Run: node scripts/make-tone.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SAMPLE_RATE_HZ = 44_100;
const FREQUENCY_HZ = 1000;
const DURATION_MS = 150;
const FADE_MS = 10;
/** Peak level as a fraction of full scale (about -6 dBFS): loud, never clipping. */
const AMPLITUDE = 0.5;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'assets', 'reaktion', 'tone-1000hz.wav');

const samples = Math.round((SAMPLE_RATE_HZ * DURATION_MS) / 1000);
const fadeSamples = Math.round((SAMPLE_RATE_HZ * FADE_MS) / 1000);
const dataBytes = samples * 2;
const buf = Buffer.alloc(44 + dataBytes);

// RIFF/WAVE header for 16-bit mono PCM.
buf.write('RIFF', 0, 'ascii');
buf.writeUInt32LE(36 + dataBytes, 4);
buf.write('WAVE', 8, 'ascii');
buf.write('fmt ', 12, 'ascii');
buf.writeUInt32LE(16, 16); // fmt chunk size
buf.writeUInt16LE(1, 20); // PCM
buf.writeUInt16LE(1, 22); // mono
buf.writeUInt32LE(SAMPLE_RATE_HZ, 24);
buf.writeUInt32LE(SAMPLE_RATE_HZ * 2, 28); // byte rate
buf.writeUInt16LE(2, 32); // block align
buf.writeUInt16LE(16, 34); // bits per sample
buf.write('data', 36, 'ascii');
buf.writeUInt32LE(dataBytes, 40);

for (let i = 0; i < samples; i++) {
  const fromEdge = Math.min(i, samples - 1 - i);
  const envelope = fromEdge >= fadeSamples ? 1 : 0.5 - 0.5 * Math.cos((Math.PI * fromEdge) / fadeSamples);
  const value = AMPLITUDE * envelope * Math.sin((2 * Math.PI * FREQUENCY_HZ * i) / SAMPLE_RATE_HZ);
  buf.writeInt16LE(Math.round(value * 32767), 44 + i * 2);
}

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, buf);
console.log(`wrote ${target} (${buf.length} bytes, ${DURATION_MS} ms at ${FREQUENCY_HZ} Hz)`);
