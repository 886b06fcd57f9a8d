import { fork, type ChildProcess } from 'node:child_process';
import { constants, setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { processPhoto, type PhotoRefusal, type ProcessedPhoto } from './photo-pipeline.ts';

// Re-encodes uploaded photos in a child process at lower CPU priority (issue 20 §4; figures
// in docs/CAPACITY.md "Photo uploads beside a round", `npm run bench:upload`). With sharp in
// the server process, libvips's decode thread competed with the event loop at the same
// priority on a 2-core server, and glibc kept freed decode buffers in per-thread malloc
// arenas. A thread's priority is not portable, a process's is (os.setPriority: nice 10 on
// Linux/macOS, BELOW_NORMAL on Windows), so the server's event loop wins every contested time
// slice; the server's own share of a 12 MP upload is the IPC copy (measured: 11 ms of CPU
// instead of 308). The child caps glibc's arenas (MALLOC_ARENA_MAX, ignored by other C
// libraries), isolates a libvips crash on a crafted file, is killed at a hard time limit, and
// ends after IDLE_MS without work so its memory goes back to the system. If no process can be
// started at all, the photo is re-encoded in this process (never refused for that).
// What still blocks the event loop per upload is the database write, not the re-encode: PGlite
// runs in this thread, and passing the variants in as parameters takes 4–16 ms each
// (task-photo-repository.ts stores them by separate statements; scripts/bench/photo-store-bench.ts).

/** One job sent to the child: the uploaded bytes (≤ PHOTO_LIMITS.maxBytes). */
export interface EncodeRequest { id: number; bytes: Uint8Array }
/** The child's answer; `crashed` (a short message) when the pipeline threw. */
export interface EncodeReply { id: number; out: ProcessedPhoto | PhotoRefusal; crashed?: string }
/** The child's first message: sharp is loaded. */
export interface ChildReady { ready: true }

/** What the encoder does with one photo: the two variants, or why it was refused. */
export type EncodePhoto = (input: Buffer) => Promise<ProcessedPhoto | PhotoRefusal>;

/** Options (tests shorten the times). */
export interface PhotoEncoderOptions {
  /** ms without work before the child ends (its memory returned). */
  idleMs?: number;
  /** ms one photo may take in a ready child before it is killed and the photo refused (PHOTO_INVALID). */
  jobMs?: number;
  /** The child's entry (tests point this at a file that misbehaves). */
  entry?: URL;
}

const IDLE_MS = 60_000;
/** ms a new child may take to load node and sharp (a cold start on a slow laptop). */
const START_MS = 30_000;
/** libvips stops each variant after 10 s itself (photo-pipeline.ts); this is the backstop. */
const JOB_MS = 30_000;
/** nice 10 / BELOW_NORMAL_PRIORITY_CLASS: below the server, above idle (the upload still finishes on a busy machine). */
const CHILD_PRIORITY = constants.priority.PRIORITY_BELOW_NORMAL;
/** The child's JS heap (MB): it holds a few small objects; the image buffers live outside the heap. */
const CHILD_HEAP_MB = 64;
/**
 * glibc malloc arenas in the child: each thread that allocates otherwise gets its own and keeps
 * freed pixel buffers in it. Measured over 12 photos of 12 MP from source: child peak 240 MB
 * with glibc's default, 170 MB with 2 arenas, 150 MB with 2 and a GC after each photo, 124 MB
 * with 1 and the GC (node and sharp alone: about 70 MB, 88 MB with tsx). One photo at a time:
 * the single arena has nobody to wait for.
 */
const CHILD_ARENAS = '1';

// From source: a plain-JS boot file that bundles the child first (photo-child-boot.mjs).
// In a release the bundle has photo-child.mjs beside server.mjs (scripts/release/bundle-server.ts).
const CHILD_URL = import.meta.url.endsWith('.ts') ? new URL('./photo-child-boot.mjs', import.meta.url) : new URL('./photo-child.mjs', import.meta.url);

interface Job { id: number; bytes: Buffer; resolve: (out: ProcessedPhoto | PhotoRefusal) => void; timer: NodeJS.Timeout | null }

/**
 * Runs the photo pipeline (photo-pipeline.ts processPhoto) in one child process, one photo at
 * a time, in order. The caller still limits how many wait (PhotoGate).
 */
export class PhotoEncoder {
  private child: ChildProcess | null = null;
  private readonly queue: Job[] = [];
  private current: Job | null = null;
  private nextId = 1;
  private idle: NodeJS.Timeout | null = null;
  private inProcess = false;
  /** The child has loaded sharp and takes photos. */
  private ready = false;
  private startTimer: NodeJS.Timeout | null = null;
  private readonly idleMs: number;
  private readonly jobMs: number;
  private readonly entry: URL;

  constructor(opts: PhotoEncoderOptions = {}) {
    this.idleMs = opts.idleMs ?? IDLE_MS;
    this.jobMs = opts.jobMs ?? JOB_MS;
    this.entry = opts.entry ?? CHILD_URL;
  }

  /** The child's process id while one runs (the bench adds its memory to the server's), else null. */
  get childPid(): number | null {
    return this.child?.pid ?? null;
  }

  /** Same contract as processPhoto: the two variants, or a refusal; a child that crashes or overruns → PHOTO_INVALID. */
  readonly encode: EncodePhoto = (input) => {
    if (this.inProcess) return processPhoto(input);
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, bytes: input, resolve, timer: null });
      this.pump();
    });
  };

  /** Ends the child (a waiting photo is refused as PHOTO_INVALID). */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.resolve('PHOTO_INVALID');
    const child = this.child;
    if (!child) return;
    const gone = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill();
    await gone;
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const child = this.child ?? this.spawn();
    if (!child) {
      // Could not start a process: re-encode here rather than refuse every photo.
      for (const job of this.queue.splice(0)) void processPhoto(job.bytes).then(job.resolve);
      return;
    }
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    child.ref();
    // A starting child is sent its first photo once it has loaded sharp (then 'ready').
    if (!this.ready) return;
    const job = this.queue.shift() as Job;
    this.current = job;
    job.timer = setTimeout(() => {
      console.warn(`[photos] re-encode took over ${this.jobMs} ms; child ended`);
      child.kill('SIGKILL');
    }, this.jobMs);
    child.send({ id: job.id, bytes: job.bytes } satisfies EncodeRequest);
  }

  private finish(out: ProcessedPhoto | PhotoRefusal): void {
    const job = this.current;
    if (!job) return;
    if (job.timer) clearTimeout(job.timer);
    this.current = null;
    job.resolve(out);
    if (this.queue.length > 0) return this.pump();
    const child = this.child;
    child?.unref();
    this.idle = setTimeout(() => child?.kill(), this.idleMs);
    this.idle.unref();
  }

  private spawn(): ChildProcess | null {
    let child: ChildProcess;
    try {
      child = fork(fileURLToPath(this.entry), [], {
        // --expose-gc: the child collects after each photo (photo-child.ts).
        execArgv: [`--max-old-space-size=${CHILD_HEAP_MB}`, '--expose-gc'],
        env: { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? CHILD_ARENAS },
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
    } catch (err) {
      console.warn(`[photos] no child process (${(err as Error).message}); re-encoding in the server process`);
      this.inProcess = true;
      return null;
    }
    this.child = child;
    this.ready = false;
    this.startTimer = setTimeout(() => {
      console.warn(`[photos] child not ready after ${START_MS} ms; ended`);
      child.kill('SIGKILL');
    }, START_MS);
    if (child.pid !== undefined) {
      try {
        setPriority(child.pid, CHILD_PRIORITY);
      } catch (err) {
        console.warn(`[photos] child priority not lowered: ${(err as Error).message}`);
      }
    }
    child.on('message', (reply: EncodeReply | ChildReady) => {
      if ('ready' in reply) {
        if (this.startTimer) clearTimeout(this.startTimer);
        this.ready = true;
        return this.pump();
      }
      if (reply.id !== this.current?.id) return;
      if (reply.crashed) console.warn(`[photos] pipeline failed: ${reply.crashed}`);
      this.finish(reply.out);
    });
    child.once('error', (err) => {
      // Spawning failed (no pid) or the channel broke: the exit handler follows when it ran.
      console.warn(`[photos] child process: ${err.message}`);
      if (child.pid === undefined) {
        this.inProcess = true;
        this.drop(child);
        const job = this.current;
        this.current = null;
        if (job) {
          if (job.timer) clearTimeout(job.timer);
          void processPhoto(job.bytes).then(job.resolve);
        }
        for (const waiting of this.queue.splice(0)) void processPhoto(waiting.bytes).then(waiting.resolve);
      }
    });
    child.once('exit', (code, signal) => {
      const starting = !this.ready && this.child === child;
      this.drop(child);
      if (this.current) {
        console.warn(`[photos] child ended during a re-encode (${signal ?? code}); photo refused`);
        this.finish('PHOTO_INVALID');
      } else if (starting && this.queue.length > 0) {
        // It never became ready (sharp missing or broken, or too slow): the waiting photo is refused, the next one tries anew.
        console.warn(`[photos] child ended while starting (${signal ?? code}); photo refused`);
        (this.queue.shift() as Job).resolve('PHOTO_INVALID');
        this.pump();
      }
    });
    return child;
  }

  private drop(child: ChildProcess): void {
    if (this.child !== child) return;
    this.child = null;
    this.ready = false;
    if (this.startTimer) clearTimeout(this.startTimer);
    this.startTimer = null;
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
  }
}
