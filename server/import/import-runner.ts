import { Worker } from 'node:worker_threads';
import type { TaskSetContent } from '../../shared/games/werkstatt/model.ts';
import type { ImportProblem } from '../../shared/games/werkstatt/transfer.ts';
import type { ArchivePhoto } from './set-file-photos.ts';

// Reads uploaded files in a worker thread (security review §4.1: "parse in a worker with
// limits"): an XLSX of 100 rows costs the parser ~100 ms of CPU, which on the server's own
// event loop would stall every live round that long. One worker per import, at most
// MAX_PARALLEL at once per process, each with a heap cap and a time limit; a worker that
// exceeds either is ended and the file refused.

/**
 * What to read: a ZIP (a set file, or a sheet with its photos: then `title` names the new set),
 * or a spreadsheet (CSV or XLSX) with the new set's title.
 */
export type ImportJob = { kind: 'set'; bytes: Uint8Array; title?: string } | { kind: 'sheet'; bytes: Uint8Array; title: string };
/**
 * A ZIP's photos come along unprocessed (the caller runs them through the upload pipeline);
 * `rows`: for a sheet, each task's row (header = 1), so later messages can name it.
 */
export type ImportOutcome = { ok: true; value: TaskSetContent; photos?: ArchivePhoto[]; rows?: number[] } | { ok: false; problems: ImportProblem[] };

/** Imports read at the same time per process; more wait (MAX_WAITING), beyond that `busy`. */
const MAX_PARALLEL = 2;
const MAX_WAITING = 8;
/** Heap of one worker (MB) and its time (ms). A sheet is ≤ 1 MiB, its parts ≤ 8 MiB; a set file's photos are ≤ 33 MiB of buffers outside the heap. */
const HEAP_MB = 96;
const TIME_MS = 10_000;

let running = 0;
const waiting: (() => void)[] = [];

function runWorker(job: ImportJob): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const refused = (key: string) => resolve({ ok: false, problems: [{ row: null, column: null, key }] });
    // From source this is a booter that registers tsx; in the release bundle the bundled worker
    // has the same name beside server.mjs (scripts/release/bundle-server.ts).
    const worker = new Worker(new URL('./import-worker-boot.mjs', import.meta.url), {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: 16 },
      stdout: false,
    });
    const timer = setTimeout(() => { void worker.terminate(); refused('reader-limit'); }, TIME_MS);
    worker.once('message', (outcome: ImportOutcome & { crashed?: string }) => {
      clearTimeout(timer);
      if (outcome.crashed) console.warn(`[import] reader failed: ${outcome.crashed}`);
      resolve({ ok: outcome.ok, ...(outcome.ok ? { value: outcome.value, photos: outcome.photos ?? [], ...(outcome.rows ? { rows: outcome.rows } : {}) } : { problems: outcome.problems }) } as ImportOutcome);
      void worker.terminate();
    });
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or a crash: the file is refused, the server goes on.
    worker.once('error', (err) => {
      clearTimeout(timer);
      console.warn(`[import] worker ended: ${(err as Error).message.slice(0, 120)}`);
      refused('reader-limit');
    });
  });
}

/**
 * Reads an uploaded file off the event loop and resolves with the checked set or its
 * problems; `busy` when MAX_PARALLEL imports run and MAX_WAITING wait already.
 */
export async function runImport(job: ImportJob): Promise<ImportOutcome | 'busy'> {
  if (running >= MAX_PARALLEL) {
    if (waiting.length >= MAX_WAITING) return 'busy';
    await new Promise<void>((go) => waiting.push(go));
  }
  running += 1;
  try {
    return await runWorker(job);
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}
