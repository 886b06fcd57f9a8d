// A small pool of worker threads that render record-book PDFs off the event loop: a PDF takes
// tens of ms of CPU (layout, font subsetting, compression), which would stall every live round
// of the process. Workers start on first use and end after IDLE_MS without work; they never
// keep the process alive (unref).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RecordBookDoc } from '../../shared/record-book/model.ts';
import { PdfGuard, type PdfGuardLimits } from './pdf-guard.ts';

const IDLE_MS = 30_000;
// From source: a plain-JS boot file that registers tsx in the worker (pdf-worker-boot.mjs).
// In a release the bundle has pdf-worker.mjs beside server.mjs (scripts/release/bundle-server.ts).
const WORKER_URL = import.meta.url.endsWith('.ts') ? new URL('./pdf-worker-boot.mjs', import.meta.url) : new URL('./pdf-worker.mjs', import.meta.url);

interface Job { id: number; doc: RecordBookDoc; resolve: (pdf: Buffer) => void; reject: (err: Error) => void }
interface Slot { worker: Worker; job: Job | null; idle: NodeJS.Timeout | null }

/** Renders RecordBookDocs to PDF bytes in up to `size` worker threads (default: cores − 1, at least 1, at most 4). */
export class PdfPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;

  /** Per-company limits the routes check before rendering (pdf-guard.ts). */
  readonly guard: PdfGuard;

  constructor(private readonly size = Math.min(4, Math.max(1, availableParallelism() - 1)), limits: Partial<PdfGuardLimits> = {}) {
    this.guard = new PdfGuard(limits);
  }

  /** The PDF of one supplement. Rejects when the worker fails (the error names the cause, no personal data). */
  render(doc: RecordBookDoc): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, doc, resolve, reject });
      this.pump();
    });
  }

  /** Ends every worker (pending jobs are refused). */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new Error('PDF pool closed'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      if (slot.idle) clearTimeout(slot.idle);
      slot.idle = null;
      slot.job = job;
      slot.worker.ref();
      // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker thread, not a window
      slot.worker.postMessage({ id: job.id, doc: job.doc });
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL, { execArgv: [] }), job: null, idle: null };
    slot.worker.on('message', (msg: { id: number; pdf?: Uint8Array; error?: string }) => {
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      slot.job = null;
      if (msg.pdf) job.resolve(Buffer.from(msg.pdf.buffer, msg.pdf.byteOffset, msg.pdf.byteLength));
      else job.reject(new Error(`PDF rendering failed: ${msg.error ?? 'unknown'}`));
      this.rest(slot);
      this.pump();
    });
    slot.worker.on('error', (err) => this.drop(slot, err));
    slot.worker.on('exit', (code) => this.drop(slot, new Error(`PDF worker exited (${code})`)));
    this.slots.push(slot);
    return slot;
  }

  private rest(slot: Slot): void {
    if (slot.job) return;
    slot.worker.unref();
    slot.idle = setTimeout(() => { this.remove(slot); void slot.worker.terminate(); }, IDLE_MS);
    slot.idle.unref();
  }

  private drop(slot: Slot, err: Error): void {
    if (slot.idle) clearTimeout(slot.idle);
    this.remove(slot);
    slot.job?.reject(err);
    slot.job = null;
    this.pump();
  }

  private remove(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }
}
