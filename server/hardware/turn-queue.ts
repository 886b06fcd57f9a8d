// Work that may wait for the I/O already in line: a job per event-loop turn (setImmediate),
// so between two jobs Node reads the sockets again and what came in meanwhile (a phone's
// answer, whose ack latency a player feels) runs first. Used for box uplinks: a box in
// stimulus mode timed its press itself and a button-mode box sends its press time, so a
// few hundred ms of waiting change no result (the arrival time is taken before the wait).
// With `holdFor` the queue also waits out a burst of more urgent work (phones answering a
// stimulus): no job starts while holdFor() > 0, and none waits longer than `maxHoldMs`.

/** Jobs kept waiting at most; beyond it a job is refused (the caller counts it as lost, like a QoS 0 message). */
const DEFAULT_MAX_WAITING = 10_000;

export interface TurnQueueOptions {
  /** Jobs run per event-loop turn (default 1: the most yielding). */
  perTurn?: number;
  /** Jobs kept waiting at most (default 10,000); push() refuses more. */
  maxWaiting?: number;
  /** Ms the next job should still be held back (0 or less: run it now). Default: never held. */
  holdFor?: () => number;
  /** The longest a job is held back by `holdFor`, in ms after its push (default 250). */
  maxHoldMs?: number;
  /** Monotonic clock in ms (default performance.now). */
  now?: () => number;
}

export class TurnQueue {
  private readonly jobs: (() => void)[] = [];
  private readonly pushedAt: number[] = [];
  private head = 0;
  private scheduled = false;
  private readonly perTurn: number;
  private readonly maxWaiting: number;
  private readonly holdFor: (() => number) | null;
  private readonly maxHoldMs: number;
  private readonly now: () => number;

  constructor(opts: TurnQueueOptions = {}) {
    this.perTurn = opts.perTurn ?? 1;
    this.maxWaiting = opts.maxWaiting ?? DEFAULT_MAX_WAITING;
    this.holdFor = opts.holdFor ?? null;
    this.maxHoldMs = opts.maxHoldMs ?? 250;
    this.now = opts.now ?? (() => performance.now());
  }

  /** Jobs waiting now. */
  get size(): number {
    return this.jobs.length - this.head;
  }

  /**
   * Queues a job; false (and it never runs) when maxWaiting are already waiting. A job must not
   * throw. `waitedMs`: how long it already waited elsewhere (counts towards maxHoldMs).
   */
  push(job: () => void, waitedMs = 0): boolean {
    if (this.size >= this.maxWaiting) return false;
    this.jobs.push(job);
    this.pushedAt.push(this.now() - waitedMs);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.turn);
    }
    return true;
  }

  private readonly turn = (): void => {
    if (this.holdFor && this.head < this.jobs.length) {
      const held = Math.min(this.holdFor(), this.maxHoldMs - (this.now() - this.pushedAt[this.head]!));
      if (held > 0) {
        setTimeout(this.turn, Math.ceil(held));
        return;
      }
    }
    for (let i = 0; i < this.perTurn && this.head < this.jobs.length; i++) {
      const job = this.jobs[this.head]!;
      this.jobs[this.head++] = noop; // let the job be collected
      job();
    }
    if (this.head >= this.jobs.length) {
      this.jobs.length = 0;
      this.pushedAt.length = 0;
      this.head = 0;
      this.scheduled = false;
    } else setImmediate(this.turn);
  };
}

const noop = (): void => {};
