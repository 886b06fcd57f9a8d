/** Node timers owned by one room, so pausing and disposing can clear them all. */
export class RoomTimers {
  private readonly handles = new Set<NodeJS.Timeout>();

  /** Runs fn after ms (at least 0); errors are passed to onError, never thrown. */
  after(ms: number, fn: () => void, onError: (err: unknown) => void): void {
    const handle = setTimeout(() => {
      this.handles.delete(handle);
      try {
        fn();
      } catch (err) {
        onError(err);
      }
    }, Math.max(0, ms));
    this.handles.add(handle);
  }

  clearAll(): void {
    for (const h of this.handles) clearTimeout(h);
    this.handles.clear();
  }
}

/** One pausable deadline for the current phase. */
export class PhaseTimer {
  private handle: NodeJS.Timeout | null = null;
  private endsAt = 0;
  private remaining = 0;
  private action: (() => void) | null = null;

  constructor(private readonly now: () => number, private readonly onError: (err: unknown) => void) {}

  /** Calls action after ms; replaces any earlier deadline. Returns the end time. */
  set(ms: number, action: () => void): number {
    this.clear();
    this.action = action;
    this.endsAt = this.now() + ms;
    this.handle = setTimeout(() => this.fire(), ms);
    return this.endsAt;
  }

  clear(): void {
    if (this.handle) clearTimeout(this.handle);
    this.handle = null;
    this.action = null;
    this.remaining = 0;
  }

  /** Stops the clock; returns the time that was left (0 if none was running). */
  pause(): number {
    if (!this.handle) return 0;
    clearTimeout(this.handle);
    this.handle = null;
    this.remaining = Math.max(0, this.endsAt - this.now());
    return this.remaining;
  }

  /** Continues after pause(); returns the new end time (0 if nothing was paused). */
  resume(): number {
    if (!this.action || this.handle) return 0;
    this.endsAt = this.now() + this.remaining;
    this.handle = setTimeout(() => this.fire(), this.remaining);
    return this.endsAt;
  }

  private fire(): void {
    const action = this.action;
    this.handle = null;
    this.action = null;
    try {
      action?.();
    } catch (err) {
      this.onError(err);
    }
  }
}
