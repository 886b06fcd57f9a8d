// Work that may wait for the I/O already in line: a job per event-loop turn (setImmediate),
// so between two jobs Node reads the sockets again and what came in meanwhile (a phone's
// answer, whose ack latency a player feels) runs first. Used for box uplinks: a box in
// stimulus mode timed its press itself and a button-mode box sends its press time, so a
// few hundred µs of waiting change no result (the arrival time is taken before the wait).

/** Jobs kept waiting at most; beyond it a job is refused (the caller counts it as lost, like a QoS 0 message). */
const DEFAULT_MAX_WAITING = 10_000;

export class TurnQueue {
  private readonly jobs: (() => void)[] = [];
  private head = 0;
  private scheduled = false;

  /** `perTurn`: jobs run per event-loop turn (1: the most yielding). */
  constructor(private readonly perTurn = 1, private readonly maxWaiting = DEFAULT_MAX_WAITING) {}

  /** Jobs waiting now. */
  get size(): number {
    return this.jobs.length - this.head;
  }

  /** Queues a job; false (and it never runs) when maxWaiting are already waiting. A job must not throw. */
  push(job: () => void): boolean {
    if (this.size >= this.maxWaiting) return false;
    this.jobs.push(job);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.turn);
    }
    return true;
  }

  private readonly turn = (): void => {
    for (let i = 0; i < this.perTurn && this.head < this.jobs.length; i++) {
      const job = this.jobs[this.head]!;
      this.jobs[this.head++] = noop; // let the job be collected
      job();
    }
    if (this.head >= this.jobs.length) {
      this.jobs.length = 0;
      this.head = 0;
      this.scheduled = false;
    } else setImmediate(this.turn);
  };
}

const noop = (): void => {};
