/** One round trip of the clock-sync exchange, all times in milliseconds. */
export interface ClockSample {
  /** Client clock when the request left. */
  clientSentMs: number;
  /** Server clock when it answered. */
  serverMs: number;
  /** Client clock when the answer arrived. */
  clientReceivedMs: number;
}

export interface ClockEstimate {
  /** Add to a client time to get server time. */
  offsetMs: number;
  /** Round trip of the sample the offset came from. */
  rttMs: number;
}

/**
 * Offset from the sample with the shortest round trip (NTP's idea: the fastest exchange
 * has the least room for asymmetric delay; its error is at most rtt / 2).
 */
export function estimateClockOffset(samples: readonly ClockSample[]): ClockEstimate | null {
  let best: ClockSample | null = null;
  for (const s of samples) {
    const rtt = s.clientReceivedMs - s.clientSentMs;
    if (!Number.isFinite(rtt) || rtt < 0 || !Number.isFinite(s.serverMs)) continue;
    if (!best || rtt < best.clientReceivedMs - best.clientSentMs) best = s;
  }
  if (!best) return null;
  const rttMs = best.clientReceivedMs - best.clientSentMs;
  return { offsetMs: best.serverMs - (best.clientSentMs + best.clientReceivedMs) / 2, rttMs };
}

/** Smallest of the measured round trips divided by two; null without samples. */
export function oneWayLatencyMs(rttSamplesMs: readonly number[]): number | null {
  const valid = rttSamplesMs.filter((v) => Number.isFinite(v) && v >= 0);
  if (valid.length === 0) return null;
  return Math.min(...valid) / 2;
}
