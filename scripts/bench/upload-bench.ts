import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { benchTrainerHeaders } from './bench-trainer.ts';
import { cleanupAll } from './child-processes.ts';
import { rssMb, rssTreeMb } from './proc-sampler.ts';
import { tableRows } from './report.ts';
import { runScenario, type ScenarioSpec } from './scenario.ts';
import { startServer } from './server-child.ts';

// `npm run bench:upload`: photo upload + re-encode of a 12-megapixel JPEG against the real
// server process on loopback — time per upload (p50/p95/max) and the peak memory of the server
// and its photo child above the start — first alone, then while a 30-player round plays on the same process,
// whose ack latency is printed beside the same round without uploads. Goals (issue 20):
// upload p95 ≤ 1.5 s, peak ≤ +150 MB, the round's acks unaffected. Prints figures; exit 1
// only when it could not run.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const pct = (xs: number[], q: number) => {
  const s = xs.toSorted((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] as number) : Number.NaN;
};

/** A photo-like 4000 × 3000 JPEG (grain, softened), about 3 MB. */
async function twelveMegapixels(): Promise<Buffer> {
  return sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 30 } } })
    .blur(0.8).jpeg({ quality: 90 }).toBuffer();
}

/** Peaks above the start (MB) of the server with its children, of the server alone, and of its children alone. */
interface MemoryPeaks { peakMb: number; serverPeakMb: number; childPeakMb: number }
interface UploadFigures extends MemoryPeaks { times: number[]; failures: Record<string, number> }

/**
 * Samples every 20 ms the RSS of the server and of its children (the photo child) until the
 * returned function is called, which gives the peaks above the first sample.
 */
function watchMemory(pid: number): () => MemoryPeaks {
  const tree0 = rssTreeMb(pid) ?? 0;
  const server0 = rssMb(pid) ?? 0;
  const children0 = tree0 - server0;
  let tree = tree0;
  let server = server0;
  let children = children0;
  const sample = () => {
    const t = rssTreeMb(pid);
    const s = rssMb(pid);
    if (t === null || s === null) return;
    tree = Math.max(tree, t);
    server = Math.max(server, s);
    children = Math.max(children, t - s);
  };
  const timer = setInterval(sample, 20);
  return () => {
    clearInterval(timer);
    sample();
    return { peakMb: tree - tree0, serverPeakMb: server - server0, childPeakMb: children - children0 };
  };
}

/**
 * Uploads `photo` again and again (`count` times, or until `stop`), sampling every 20 ms the
 * RSS of the server and its children together (photos are re-encoded in a child process).
 */
async function uploadLoop(baseUrl: string, pid: number, photo: Buffer, count: number, stop?: AbortSignal): Promise<UploadFigures> {
  const headers = { ...(await benchTrainerHeaders(baseUrl)), 'content-type': 'image/jpeg' };
  const peaks = watchMemory(pid);
  const times: number[] = [];
  const failures: Record<string, number> = {};
  for (let i = 0; i < count && !stop?.aborted; i++) {
    const t = performance.now();
    const res = await fetch(`${baseUrl}/api/task-photos`, { method: 'POST', headers, body: new Uint8Array(photo) });
    const body = (await res.json()) as { error?: string };
    if (res.status === 201) times.push(performance.now() - t);
    else failures[body.error ?? String(res.status)] = (failures[body.error ?? String(res.status)] ?? 0) + 1;
  }
  return { times, failures, ...peaks() };
}

function printUploads(title: string, f: UploadFigures): void {
  console.log(`\n${title}`);
  console.log(`  uploads ok: ${f.times.length}${Object.keys(f.failures).length ? `, refused: ${JSON.stringify(f.failures)}` : ''}`);
  console.log(`  upload + re-encode p50 / p95 / max: ${pct(f.times, 0.5).toFixed(0)} / ${pct(f.times, 0.95).toFixed(0)} / ${Math.max(...f.times).toFixed(0)} ms   (goal p95 ≤ 1500 ms)`);
  console.log(`  RSS peak above start, server with its photo child: +${f.peakMb.toFixed(0)} MB (the server process alone +${f.serverPeakMb.toFixed(0)} MB, the photo child +${f.childPeakMb.toFixed(0)} MB)`);
}

async function main(): Promise<void> {
  const photo = await twelveMegapixels();
  const meta = await sharp(photo).metadata();
  console.log(`photo: ${meta.width} × ${meta.height} JPEG, ${(photo.length / 1024 / 1024).toFixed(1)} MB; ${UPLOADS} uploads per run`);

  const alone = await startServer(ROOT, { kind: 'ours', maxPlayers: 30 });
  try {
    // Two warm-up uploads load libvips and the code paths.
    await uploadLoop(alone.baseUrl, alone.pid, photo, 2);
    printUploads('uploads alone (one after another; the photo child already started)', await uploadLoop(alone.baseUrl, alone.pid, photo, UPLOADS));
  } finally {
    await alone.dispose();
  }

  const spec: ScenarioSpec = { name: 'round', kind: 'ours', players: 30, perSession: 30, rounds: ROUNDS, botsPerProcess: 250, lightBots: false };
  const log = (line: string) => console.log(`  · ${line}`);
  console.log(`\n30-player round (${ROUNDS} rounds) without uploads…`);
  // The same window (from the first round's start to the last one's end) without uploads: what the round alone adds.
  let roundAlone: MemoryPeaks | null = null;
  const quiet = await runScenario(ROOT, { ...spec, during: async (_url, pid, stop) => {
    const peaks = watchMemory(pid);
    await new Promise((done) => stop.addEventListener('abort', done, { once: true }));
    roundAlone = peaks();
  } }, log);
  let during: UploadFigures | null = null;
  console.log(`\nthe same round with uploads one after another during play…`);
  const busy = await runScenario(ROOT, { ...spec, during: async (baseUrl, pid, stop) => { during = await uploadLoop(baseUrl, pid, photo, 1000, stop); } }, log);
  if (during) printUploads('uploads during the round (the photo child starts with the first one)', during);
  const round = roundAlone as MemoryPeaks | null;
  if (during && round) {
    const d = during as UploadFigures;
    console.log(`  the round alone, same window: +${round.peakMb.toFixed(0)} MB (server +${round.serverPeakMb.toFixed(0)} MB)`);
    console.log(`  the uploads' share (peak with uploads − peak of the round alone): +${(d.peakMb - round.peakMb).toFixed(0)} MB   (goal ≤ +150 MB)`);
  }
  const ack = (r: typeof quiet) => tableRows(r).find(([k]) => k.startsWith('ack latency'))?.[1] ?? '?';
  console.log('\nack latency p50 / p95 / p99 / max of the 30-player round:');
  console.log(`  without uploads: ${ack(quiet)}${quiet.failure ? ` (failure: ${quiet.failure})` : ''}`);
  console.log(`  with uploads:    ${ack(busy)}${busy.failure ? ` (failure: ${busy.failure})` : ''}`);
}

main().then(() => cleanupAll(), async (err) => {
  console.error(`bench:upload: ${(err as Error).message}`);
  await cleanupAll();
  process.exit(1);
});
