// The restarted process answers from `listen()` on but brings the sessions a crash cut off back
// only after that (session-restore.ts). A rejoin or code look-up in between would hear "no such
// session" and the phone would throw its seat key away; the gate holds them until the restore is
// over, so they find the session (review N1).

/** Longest a request waits for the restore (ms): a restore that hangs must not hang every join. */
export const RESTORE_WAIT_MS = 15_000;

/** Holds joins and code look-ups back while this process brings crashed sessions back. */
export class RestoreGate {
  private over = false;
  private readonly opened: Promise<void>;
  private open!: () => void;
  /** Requests waiting now (for tests and logs). */
  waiting = 0;

  constructor(private readonly maxWaitMs = RESTORE_WAIT_MS) {
    this.opened = new Promise((resolve) => (this.open = resolve));
  }

  /** Resolves once the restore is over (at once afterwards), or after `maxWaitMs` at most. */
  async wait(): Promise<void> {
    if (this.over) return;
    this.waiting++;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([this.opened, new Promise<void>((resolve) => (timer = setTimeout(resolve, this.maxWaitMs)))]);
    } finally {
      clearTimeout(timer);
      this.waiting--;
    }
  }

  /** The restore is over (done or failed): lets everything through, now and from now on. */
  release(): void {
    this.over = true;
    this.open();
  }
}
