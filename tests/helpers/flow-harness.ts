import { PlayerState, SessionState } from '../../shared/protocol/state.ts';
import type { FlowRoundRecord } from '../../server/rooms/session-ports.ts';
import { SessionFlow, type FlowIO, type FlowTimings } from '../../server/rooms/session-flow.ts';
import { Seats, type Seat } from '../../server/rooms/seats.ts';

// A SessionFlow with a recording FlowIO, for unit tests on vitest's fake clock
// (vi.useFakeTimers(): setTimeout and Date.now both follow vi.advanceTimersByTime*).

export const TIMINGS: FlowTimings = { countdownMs: 3_000, revealMs: 5_000, scoreboardMs: 4_000 };

export interface Sent {
  to: string | null;
  type: string;
  payload: any;
}

export interface FlowHarness {
  flow: SessionFlow;
  state: SessionState;
  seats: Seats;
  /** Every broadcast (to: null), send to a seat (to: seat id) and to the host (to: 'host'), in order. */
  sent: Sent[];
  saved: FlowRoundRecord[];
  failures: unknown[];
  ended: () => number;
  reopened: () => number;
  seeds: number[];
  /** Adds a connected player (seat + state entry). */
  addPlayer(nickname: string): Seat;
  /** Makes saveRound wait until the returned function is called. */
  holdSaves(): () => void;
}

/**
 * A hosted (or solo) flow on the fake clock with recording I/O. Hosted flows advance reveal
 * and scoreboard on their timers (the host setting autoAdvance) unless `autoAdvance` is false.
 */
export function flowHarness(mode: 'hosted' | 'solo' = 'hosted', autoAdvance = true, timings: FlowTimings = TIMINGS, pins?: FlowIO['pins']): FlowHarness {
  const state = new SessionState();
  state.mode = mode;
  state.autoAdvance = autoAdvance;
  const seats = new Seats();
  const sent: Sent[] = [];
  const saved: FlowHarness['saved'] = [];
  const failures: unknown[] = [];
  const seeds: number[] = [];
  let ended = 0;
  let reopened = 0;
  let gate: Promise<void> | null = null;
  let openGate: (() => void) | null = null;
  const releaseSaves = () => {
    gate = null;
    openGate?.();
  };
  const io: FlowIO = {
    now: () => Date.now(),
    newSeed: () => {
      const seed = 1000 + seeds.length;
      seeds.push(seed);
      return seed;
    },
    outbox: {
      broadcast: (type, payload) => void sent.push({ to: null, type, payload }),
      toSeat: (seat, type, payload) => sent.push({ to: seat.id, type, payload }) > 0,
      toHost: (type, payload) => void sent.push({ to: 'host', type, payload }),
    },
    measureLatency: () => {},
    store: {
      saveRound: async (record) => {
        if (gate) await gate;
        saved.push(record);
      },
      endSession: async () => {
        ended += 1;
      },
      reopenSession: async () => {
        reopened += 1;
      },
    },
    fail: (err) => failures.push(err),
    ...(pins ? { pins } : {}),
  };
  const flow = new SessionFlow(state, seats, timings, io);
  return {
    flow, state, seats, sent, saved, failures, seeds,
    ended: () => ended,
    reopened: () => reopened,
    addPlayer(nickname) {
      const seat = seats.add(nickname, `s-${nickname}`, null);
      state.players.set(seat.id, new PlayerState({ id: seat.id, nickname }));
      return seat;
    },
    holdSaves() {
      gate = new Promise<void>((resolve) => {
        openGate = resolve;
      });
      return releaseSaves;
    },
  };
}
