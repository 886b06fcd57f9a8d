import type { ClientMessages } from '../../shared/protocol/client-messages.ts';
import { estimateClockOffset, type ClockEstimate, type ClockSample } from '../../shared/core/clock-sync.ts';

// Server clock estimate. Local times use performance.now(), which is monotonic (Date.now()
// may jump when the phone adjusts its clock); the epoch difference is captured once, so
// "client time" = EPOCH_AT_PERF_ZERO + performance.now() stays steady all session.
// performance.now() may stand still while a phone sleeps, so the offset is void once the
// page was hidden: it is measured again as soon as the page is visible, and until then
// `fresh()` is false (a stimulus is never scheduled from a stale offset).

const EPOCH_AT_PERF_ZERO_MS = Date.now() - performance.now();
/** Exchanges per burst (PROTOCOL.md: send 5, keep the fastest). */
const BURST_SIZE = 5;
/** A reply slower than this is given up on, so a lost message cannot stall the burst. */
const REPLY_TIMEOUT_MS = 1500;

/** Client clock in epoch milliseconds, monotonic. */
export function clientNow(): number {
  return EPOCH_AT_PERF_ZERO_MS + performance.now();
}

/** Sends the clock-sync request (`time`, shared/protocol/client-messages.ts). */
export type SendFn = (type: 'time', payload: ClientMessages['time']) => void;

export class ClockSync {
  private estimate: ClockEstimate | null = null;
  /** Fallback before the first burst completes: offset from `welcome.serverNow`. */
  private roughOffsetMs: number | null = null;
  private samples: ClockSample[] = [];
  private pendingC: number | null = null;
  private remaining = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<(e: ClockEstimate) => void>();
  /** True from the moment the page was hidden until a new exchange after it is visible again. */
  private stale = false;
  private readonly onVisibility = () => {
    this.stale = true;
    if (document.visibilityState === 'visible') this.burst();
  };

  constructor(private readonly send: SendFn) {
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', this.onVisibility);
  }

  /** False while the offset may be stale (the page was hidden and no new exchange came back yet). */
  fresh(): boolean {
    return !this.stale;
  }

  /** A rough offset from a server timestamp that just arrived (off by one-way latency). */
  seed(serverNowMs: number): void {
    if (Number.isFinite(serverNowMs)) this.roughOffsetMs = serverNowMs - clientNow();
  }

  /** Starts a burst of BURST_SIZE sequential `time` exchanges (one at a time: no queueing). */
  burst(): void {
    this.samples = [];
    this.remaining = BURST_SIZE;
    this.sendNext();
  }

  /** Handles a `time` reply {c, s}. */
  handleReply(payload: unknown): void {
    const { c, s } = (payload ?? {}) as { c?: unknown; s?: unknown };
    if (typeof c !== 'number' || typeof s !== 'number' || c !== this.pendingC) return;
    this.samples.push({ clientSentMs: c, serverMs: s, clientReceivedMs: clientNow() });
    // The fastest exchange of this burst so far (earlier bursts may be from a worse network).
    const next = estimateClockOffset(this.samples);
    if (next) {
      this.estimate = next;
      if (document.visibilityState !== 'hidden') this.stale = false;
      for (const fn of this.listeners) fn(next);
    }
    this.sendNext();
  }

  private sendNext(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pendingC = null;
    if (this.remaining <= 0) return;
    this.remaining--;
    const c = clientNow();
    this.pendingC = c;
    this.send('time', { c });
    this.timer = setTimeout(() => this.sendNext(), REPLY_TIMEOUT_MS);
  }

  /** Add to a client time to get server time; 0 before anything is known. */
  offsetMs(): number {
    return this.estimate?.offsetMs ?? this.roughOffsetMs ?? 0;
  }

  current(): ClockEstimate | null {
    return this.estimate;
  }

  onChange(fn: (e: ClockEstimate) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Server time now, in epoch milliseconds. */
  serverNow(): number {
    return clientNow() + this.offsetMs();
  }

  /** A server time as a performance.now() value (for rAF timestamps and event.timeStamp). */
  toPerformanceMs(serverMs: number): number {
    return serverMs - this.offsetMs() - EPOCH_AT_PERF_ZERO_MS;
  }

  dispose(): void {
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.onVisibility);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.remaining = 0;
    this.listeners.clear();
  }
}
