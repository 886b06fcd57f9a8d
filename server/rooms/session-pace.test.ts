import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlayerState, SessionState } from '../../shared/protocol/state.ts';
import type { RoundRecord } from '../repositories/session-repository.ts';
import { Seats } from './seats.ts';
import { SessionFlow, type FlowIO } from './session-flow.ts';

// The host's pace: reveal and scoreboard wait for "Weiter" unless the host turns
// auto-advance on; "Noch eine Runde" goes from the podium back to the lobby with the same
// players, and stored round numbers stay unique across plays of one session.

const TIMINGS = { countdownMs: 3_000, revealMs: 15_000, scoreboardMs: 10_000 };
const LONG_WAIT_MS = 10 * 60_000;

interface Harness {
  flow: SessionFlow;
  state: SessionState;
  saved: Omit<RoundRecord, 'sessionId' | 'companyId'>[];
  reopened: number;
}

function harness(): Harness {
  const state = new SessionState();
  state.mode = 'hosted';
  const seats = new Seats();
  for (const name of ['Ada', 'Bo']) {
    const seat = seats.add(name, `session-${name}`, null);
    state.players.set(seat.id, new PlayerState({ id: seat.id, nickname: name }));
  }
  const h: Harness = { flow: null as unknown as SessionFlow, state, saved: [], reopened: 0 };
  const io: FlowIO = {
    now: () => Date.now(),
    newSeed: () => 42,
    outbox: { broadcast: () => {}, toSeat: () => true, toHost: () => {} },
    measureLatency: () => {},
    store: {
      saveRound: async (record) => void h.saved.push(record),
      endSession: async () => {},
      reopenSession: async () => void (h.reopened += 1),
    },
    fail: (err) => {
      throw err;
    },
  };
  h.flow = new SessionFlow(state, seats, TIMINGS, io);
  h.flow.setPlaylist([{ gameId: 'reaktion', level: 1, rounds: 2 }]);
  return h;
}

/** Start → countdown → play, then the host ends play early; resolves in reveal. */
async function toReveal(h: Harness): Promise<void> {
  if (h.state.phase === 'lobby') expect(h.flow.start()).toBeNull();
  await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs);
  expect(h.state.phase).toBe('play');
  expect(h.flow.next(true)).toBeNull();
  await vi.advanceTimersByTimeAsync(0);
  expect(h.state.phase).toBe('reveal');
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_700_000_000_000);
});
afterEach(() => vi.useRealTimers());

describe('host pace', () => {
  it('reveal and scoreboard wait for the host by default (no deadline, no timer)', async () => {
    const h = harness();
    expect(h.state.autoAdvance).toBe(false);
    await toReveal(h);
    expect(h.state.phaseEndsAt).toBe(0);
    await vi.advanceTimersByTimeAsync(LONG_WAIT_MS);
    expect(h.state.phase).toBe('reveal');
    expect(h.flow.next(true)).toBeNull();
    expect(h.state.phase).toBe('scoreboard');
    expect(h.state.phaseEndsAt).toBe(0);
    await vi.advanceTimersByTimeAsync(LONG_WAIT_MS);
    expect(h.state.phase).toBe('scoreboard');
    expect(h.flow.next(true)).toBeNull();
    expect(h.state.phase).toBe('countdown');
  });

  it('with auto-advance on, reveal and scoreboard end by their timers', async () => {
    const h = harness();
    expect(h.flow.setAutoAdvance(true)).toBeNull();
    await toReveal(h);
    expect(h.state.phaseEndsAt).toBe(Date.now() + TIMINGS.revealMs);
    await vi.advanceTimersByTimeAsync(TIMINGS.revealMs);
    expect(h.state.phase).toBe('scoreboard');
    await vi.advanceTimersByTimeAsync(TIMINGS.scoreboardMs);
    expect(h.state.phase).toBe('countdown');
  });

  it('turning auto-advance on during a waiting reveal starts its timer; off stops it', async () => {
    const h = harness();
    await toReveal(h);
    h.flow.setAutoAdvance(true);
    expect(h.state.phaseEndsAt).toBe(Date.now() + TIMINGS.revealMs);
    h.flow.setAutoAdvance(false);
    expect(h.state.phaseEndsAt).toBe(0);
    await vi.advanceTimersByTimeAsync(LONG_WAIT_MS);
    expect(h.state.phase).toBe('reveal');
  });
});

describe('play again', () => {
  it('is refused before the podium', () => {
    const h = harness();
    expect(h.flow.again()).toBe('WRONG_PHASE');
  });

  it('goes back to the lobby with the same players and playlist, totals at zero, new stored round numbers', async () => {
    const h = harness();
    await toReveal(h);
    const ids = [...h.state.players.keys()].toSorted();
    expect(h.flow.end(true)).toBeNull();
    expect(h.state.phase).toBe('podium');
    expect(h.flow.again()).toBeNull();
    expect(h.reopened).toBe(1);
    expect(h.state.phase).toBe('lobby');
    expect(h.state.roundIndex).toBe(-1);
    expect([...h.state.players.keys()].toSorted()).toEqual(ids);
    expect([...h.state.players.values()].map((p) => [p.score, p.roundScore, p.rank, p.detail])).toEqual([[0, 0, 0, '{}'], [0, 0, 0, '{}']]);
    expect(h.state.playlist.map((i) => [i.gameId, i.level, i.rounds])).toEqual([['reaktion', 1, 2]]);
    await toReveal(h);
    expect(h.state.roundIndex).toBe(0);
    // The first play stored round 0; the second play's first round is stored as 1.
    expect(h.saved.map((r) => r.roundIndex)).toEqual([0, 1]);
    expect(h.flow.again()).toBe('WRONG_PHASE');
  });
});
