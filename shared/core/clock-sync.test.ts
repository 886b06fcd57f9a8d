import { describe, expect, it } from 'vitest';
import { estimateClockOffset, oneWayLatencyMs, type ClockSample } from './clock-sync.ts';

/**
 * One exchange simulated from first principles: the server clock runs `trueOffsetMs` ahead
 * of the client's; the request takes `upMs` to arrive, the reply `downMs` to come back.
 */
function exchange(clientSentMs: number, trueOffsetMs: number, upMs: number, downMs: number): ClockSample {
  return {
    clientSentMs,
    serverMs: clientSentMs + upMs + trueOffsetMs,
    clientReceivedMs: clientSentMs + upMs + downMs,
  };
}

describe('estimateClockOffset', () => {
  it('recovers the exact offset when both directions take equally long', () => {
    const est = estimateClockOffset([exchange(1_000, 5_000, 40, 40)]);
    expect(est).toEqual({ offsetMs: 5_000, rttMs: 80 });
  });

  it('works for a server clock behind the client clock', () => {
    const est = estimateClockOffset([exchange(1_700_000_000_000, -123_456, 15, 15)]);
    expect(est?.offsetMs).toBe(-123_456);
  });

  it('picks the sample with the shortest round trip, wherever it is in the list', () => {
    const samples = [
      exchange(0, 1_000, 100, 20), // rtt 120
      exchange(500, 1_000, 30, 10), // rtt 40: the best
      exchange(900, 1_000, 200, 200), // rtt 400
      exchange(1_500, 1_000, 10, 70), // rtt 80
    ];
    for (const order of [samples, samples.toReversed()]) {
      const est = estimateClockOffset(order);
      expect(est?.rttMs).toBe(40);
      // Asymmetry of the chosen sample: error (up - down) / 2 = (30 - 10) / 2 = 10.
      expect(est?.offsetMs).toBe(1_000 + 10);
    }
  });

  it('with asymmetric delays the error is (up − down) / 2, never more than rtt / 2', () => {
    const trueOffset = 2_500;
    for (const [up, down] of [[5, 95], [95, 5], [0, 60], [60, 0], [33, 34], [250, 1]] as const) {
      const est = estimateClockOffset([exchange(10_000, trueOffset, up, down)]);
      expect(est).not.toBeNull();
      expect(est!.rttMs).toBe(up + down);
      expect(est!.offsetMs - trueOffset).toBeCloseTo((up - down) / 2, 9);
      expect(Math.abs(est!.offsetMs - trueOffset)).toBeLessThanOrEqual(est!.rttMs / 2);
    }
  });

  it('accepts a zero round trip (same millisecond)', () => {
    expect(estimateClockOffset([{ clientSentMs: 10, serverMs: 30, clientReceivedMs: 10 }])).toEqual({ offsetMs: 20, rttMs: 0 });
  });

  it('returns null without samples', () => {
    expect(estimateClockOffset([])).toBeNull();
  });

  const broken: ClockSample[] = [
    { clientSentMs: 100, serverMs: 500, clientReceivedMs: 90 }, // negative round trip
    { clientSentMs: NaN, serverMs: 500, clientReceivedMs: 100 },
    { clientSentMs: 100, serverMs: 500, clientReceivedMs: NaN },
    { clientSentMs: 100, serverMs: NaN, clientReceivedMs: 110 },
    { clientSentMs: 100, serverMs: Infinity, clientReceivedMs: 110 },
    { clientSentMs: -Infinity, serverMs: 500, clientReceivedMs: Infinity },
    { clientSentMs: 100, serverMs: 500, clientReceivedMs: Infinity },
  ];

  it('ignores samples with a negative or non-finite round trip or server time', () => {
    for (const bad of broken) expect(estimateClockOffset([bad]), JSON.stringify(bad)).toBeNull();
  });

  it('a broken sample never wins over a good one, even with a "shorter" round trip', () => {
    const good = exchange(1_000, 700, 50, 50);
    for (const bad of broken) {
      const est = estimateClockOffset([bad, good, bad]);
      expect(est, String(bad.serverMs)).toEqual({ offsetMs: 700, rttMs: 100 });
    }
  });
});

describe('oneWayLatencyMs', () => {
  it('is half the smallest round trip', () => {
    expect(oneWayLatencyMs([80, 40, 120])).toBe(20);
    expect(oneWayLatencyMs([0])).toBe(0);
  });

  it('ignores negative and non-finite values; null when nothing valid is left', () => {
    expect(oneWayLatencyMs([-10, NaN, Infinity, 60])).toBe(30);
    expect(oneWayLatencyMs([])).toBeNull();
    expect(oneWayLatencyMs([-1, NaN, -Infinity, Infinity])).toBeNull();
  });
});
