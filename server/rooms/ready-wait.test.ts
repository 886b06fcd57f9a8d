import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flowHarness, TIMINGS } from '../../tests/helpers/flow-harness.ts';
import { Readiness, READY_WAIT_MAX_MS } from './readiness.ts';

// The countdown waits for phones that reported `ready` but lack the game, at most
// READY_WAIT_MAX_MS; clients that never report are not waited for.

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A hosted flow with one player whose readiness the test sets. */
function setup() {
  const h = flowHarness();
  const readiness = new Readiness();
  // The harness's FlowIO has no allReady; give the flow the room's answer.
  (h.flow as unknown as { io: { allReady(g: string): boolean } }).io.allReady = (g) => readiness.allReportingReady(h.state.players.keys(), g);
  h.flow.setPlaylist([{ gameId: 'reaktion', level: 1, rounds: 1 }]);
  const seat = h.addPlayer('Anna');
  return { h, readiness, seat };
}

describe('Readiness', () => {
  it('counts seats with every game and waits only for seats that report', () => {
    const r = new Readiness();
    expect(r.allReportingReady(['a', 'b'], 'reaktion')).toBe(true);
    r.mark('a', []);
    expect(r.allReportingReady(['a', 'b'], 'reaktion')).toBe(false);
    r.mark('a', ['reaktion']);
    expect(r.count(['a', 'b'], ['reaktion'])).toBe(1);
    expect(r.count(['a', 'b'], ['reaktion', 'sensor-labor'])).toBe(0);
    r.forget('a');
    expect(r.count(['a'], ['reaktion'])).toBe(0);
  });
});

describe('countdown and not-ready phones', () => {
  it('plays after the countdown when every reporting phone is ready', () => {
    const { h, readiness, seat } = setup();
    readiness.mark(seat.id, ['reaktion']);
    h.flow.start();
    vi.advanceTimersByTime(TIMINGS.countdownMs + 1);
    expect(h.state.phase).toBe('play');
  });

  it('stretches the countdown until the phone has loaded', () => {
    const { h, readiness, seat } = setup();
    readiness.mark(seat.id, []);
    h.flow.start();
    vi.advanceTimersByTime(TIMINGS.countdownMs + 2_000);
    expect(h.state.phase).toBe('countdown');
    readiness.mark(seat.id, ['reaktion']);
    vi.advanceTimersByTime(300);
    expect(h.state.phase).toBe('play');
  });

  it('starts anyway after READY_WAIT_MAX_MS', () => {
    const { h, readiness, seat } = setup();
    readiness.mark(seat.id, []);
    h.flow.start();
    vi.advanceTimersByTime(TIMINGS.countdownMs + READY_WAIT_MAX_MS - 300);
    expect(h.state.phase).toBe('countdown');
    vi.advanceTimersByTime(600);
    expect(h.state.phase).toBe('play');
  });
});
