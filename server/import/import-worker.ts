import { parentPort, workerData } from 'node:worker_threads';
import { sheetToSet } from '../../shared/games/werkstatt/sheet.ts';
import { readCsvRows } from './csv-sheet.ts';
import { entriesOf, importSetEntries } from './set-archive.ts';
import { holdsSheet, importSheetArchive } from './sheet-archive.ts';
import { readXlsxRows } from './xlsx-sheet.ts';
import { ImportRefusal, looksLikeZip } from './zip-reader.ts';
import type { ImportJob, ImportOutcome } from './import-runner.ts';

// The worker side of import-runner.ts: reads one uploaded file (set file or spreadsheet) off
// the server's event loop, under the memory cap the runner set, and posts the outcome.

async function run(job: ImportJob): Promise<ImportOutcome> {
  if (job.kind === 'set') {
    // One ZIP route for both: a set file (set.json) or a sheet with its photos.
    const files = entriesOf(job.bytes);
    if (!(files instanceof Map)) return files;
    return holdsSheet(files) ? importSheetArchive(files, job.title ?? 'Import') : importSetEntries(files);
  }
  try {
    const rows = looksLikeZip(job.bytes) ? await readXlsxRows(job.bytes) : readCsvRows(job.bytes);
    return sheetToSet(rows, job.title);
  } catch (err) {
    if (err instanceof ImportRefusal) return { ok: false, problems: [{ row: err.row, column: err.column, key: err.key }] };
    throw err;
  }
}

/** Posts to the runner (a worker port: no target origin, the rule is for windows). */
// eslint-disable-next-line unicorn/require-post-message-target-origin
const post = (message: unknown) => parentPort?.postMessage(message);

run(workerData as ImportJob).then(
  (outcome) => post(outcome),
  (err: unknown) => post({ ok: false, problems: [{ row: null, column: null, key: 'reader-limit' }], crashed: String((err as Error)?.message ?? err).slice(0, 200) }),
);
