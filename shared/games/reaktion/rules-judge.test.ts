import { describe, expect, it } from 'vitest';
import { describeJunk, junkValues } from '../../../tests/helpers/garbage.ts';
import { createRng } from '../../core/rng.ts';
import { createRound, judge, type ReaktionPlayer, type Trial } from './rules.ts';
import * as T from './timing.ts';

// Judging one press: the server checks the client's claimed reaction time against its own
// observation (arrival − scheduled onset − the player's one-way latency).

const PLAY_START = 1_700_000_000_000;
const ONE_WAY = 20;

/** Server context of an answer arriving `sinceStartMs` after play began. */
const at = (sinceStartMs: number, oneWayMs = ONE_WAY) => ({ nowMs: PLAY_START + sinceStartMs, playStartMs: PLAY_START, oneWayMs });
/** Arrival of a press made `rtMs` after the trial's onset, as the server sees it. */
const pressAfterOnset = (trial: Trial, rtMs: number, oneWayMs = ONE_WAY) => at(trial.onsetMs + rtMs + oneWayMs, oneWayMs);
const empty = (): ReaktionPlayer => ({ results: {} });

const round = createRound(12345, 3);
const catchIndex = round.trials.findIndex((t) => t.catch);
const normalIndex = 0;
const normal = round.trials[normalIndex] as Trial;

describe('judge', () => {
  it('an honest claim that matches the observation is a hit', () => {
    const out = judge(round, empty(), { trial: normalIndex, rtMs: 250 }, pressAfterOnset(normal, 250));
    expect(out.error).toBeUndefined();
    expect(out.ack).toEqual({ trial: normalIndex, outcome: 'hit', rtMs: 250 });
    expect(out.player.results[normalIndex]).toEqual({ outcome: 'hit', rtMs: 250 });
  });

  it(`accepts a claim up to ±CLAIM_TOLERANCE_MS (${T.CLAIM_TOLERANCE_MS} ms) off the observation, and keeps the claim`, () => {
    for (const off of [-T.CLAIM_TOLERANCE_MS, -60, 0, 60, T.CLAIM_TOLERANCE_MS]) {
      const out = judge(round, empty(), { trial: normalIndex, rtMs: 300 }, pressAfterOnset(normal, 300 + off));
      expect(out.ack, `off by ${off}`).toEqual({ trial: normalIndex, outcome: 'hit', rtMs: 300 });
    }
    // The latency credit is the player's own: the same arrival with a longer one-way time.
    const out = judge(round, empty(), { trial: normalIndex, rtMs: 300 }, pressAfterOnset(normal, 300, 200));
    expect(out.ack.outcome).toBe('hit');
  });

  it('rounds the stored reaction time to 0.1 ms', () => {
    const out = judge(round, empty(), { trial: normalIndex, rtMs: 250.1234 }, pressAfterOnset(normal, 250));
    expect(out.ack.rtMs).toBe(250.1);
  });

  it('rejects an impossible claim (slower than the answer could have arrived) with TIMING_IMPOSSIBLE, and it cannot be retried', () => {
    for (const [claim, real] of [[900, 300], [400, 400 - T.CLAIM_TOLERANCE_MS - 1]]) {
      const out = judge(round, empty(), { trial: normalIndex, rtMs: claim }, pressAfterOnset(normal, real as number));
      expect(out.error, `claim ${claim} real ${real}`).toBe('TIMING_IMPOSSIBLE');
      expect(out.ack).toEqual({ trial: normalIndex, outcome: 'rejected', rtMs: null });
      const retry = judge(round, out.player, { trial: normalIndex, rtMs: real }, pressAfterOnset(normal, real as number));
      expect(retry.error).toBe('ALREADY_ANSWERED');
      expect(retry.player).toBe(out.player);
    }
  });

  it('does not take a claim faster than the server can confirm: a forged fast time earns only the confirmable time', () => {
    for (const [claim, real] of [[150, 600], [300, 300 + T.CLAIM_TOLERANCE_MS + 1], [120, 1200]]) {
      const out = judge(round, empty(), { trial: normalIndex, rtMs: claim }, pressAfterOnset(normal, real as number));
      const confirmable = (real as number) - T.CLAIM_TOLERANCE_MS;
      expect(out.error, `claim ${claim} real ${real}`).toBeUndefined();
      expect(out.ack).toEqual({ trial: normalIndex, outcome: 'hit', rtMs: confirmable, claimedMs: claim });
      expect(out.player.results[normalIndex]).toEqual({ outcome: 'hit', rtMs: confirmable });
      // The forger never gains more than the tolerance over the truth.
      expect((real as number) - out.player.results[normalIndex]!.rtMs!).toBeLessThanOrEqual(T.CLAIM_TOLERANCE_MS);
    }
    // Held up so long that even the confirmable time is past the window: late.
    const late = judge(round, empty(), { trial: normalIndex, rtMs: 300 }, pressAfterOnset(normal, T.RESPONSE_WINDOW_MS + T.CLAIM_TOLERANCE_MS + 100));
    expect(late.ack.outcome).toBe('late');
  });

  it('a press without a stimulus (rtMs null) is a false start, before or after the onset', () => {
    for (const ctx of [at(normal.startMs + 300), at(normal.onsetMs - 1), pressAfterOnset(normal, 400)]) {
      const out = judge(round, empty(), { trial: normalIndex, rtMs: null }, ctx);
      expect(out.error).toBeUndefined();
      expect(out.ack).toEqual({ trial: normalIndex, outcome: 'false-start', rtMs: null });
    }
  });

  it(`a reaction under FALSE_START_BELOW_MS (${T.FALSE_START_BELOW_MS} ms) is a false start; exactly the limit is a hit`, () => {
    for (const rt of [0, 50, T.FALSE_START_BELOW_MS - 0.1]) {
      const out = judge(round, empty(), { trial: normalIndex, rtMs: rt }, pressAfterOnset(normal, rt));
      expect(out.ack, `rt ${rt}`).toEqual({ trial: normalIndex, outcome: 'false-start', rtMs: rt });
    }
    const limit = judge(round, empty(), { trial: normalIndex, rtMs: T.FALSE_START_BELOW_MS }, pressAfterOnset(normal, T.FALSE_START_BELOW_MS));
    expect(limit.ack.outcome).toBe('hit');
  });

  it('any press in a catch trial is a false start', () => {
    const c = round.trials[catchIndex] as Trial;
    for (const rtMs of [null, 250, 120]) {
      for (const ctx of [at(c.startMs + 200), pressAfterOnset(c, 250)]) {
        const out = judge(round, empty(), { trial: catchIndex, rtMs }, ctx);
        expect(out.ack).toEqual({ trial: catchIndex, outcome: 'false-start', rtMs: null });
      }
    }
  });

  it('an answer arriving after the window (plus latency and tolerance) is late with ANSWER_LATE', () => {
    const lastOk = normal.endMs + ONE_WAY + T.CLAIM_TOLERANCE_MS;
    for (const rtMs of [null, 300]) {
      const out = judge(round, empty(), { trial: normalIndex, rtMs }, at(lastOk + 1));
      expect(out.error).toBe('ANSWER_LATE');
      expect(out.ack).toEqual({ trial: normalIndex, outcome: 'late', rtMs: null });
      expect(out.player.results[normalIndex]).toEqual({ outcome: 'late', rtMs: null });
    }
    // A consistent claim beyond the response window is late too; the window's end still counts.
    const slow = judge(round, empty(), { trial: normalIndex, rtMs: T.RESPONSE_WINDOW_MS + 50 }, pressAfterOnset(normal, T.RESPONSE_WINDOW_MS + 50));
    expect([slow.ack.outcome, slow.error]).toEqual(['late', 'ANSWER_LATE']);
    const edge = judge(round, empty(), { trial: normalIndex, rtMs: T.RESPONSE_WINDOW_MS }, pressAfterOnset(normal, T.RESPONSE_WINDOW_MS));
    expect(edge.ack.outcome).toBe('hit');
  });

  it('a second answer for the same trial is ALREADY_ANSWERED and changes nothing', () => {
    const first = judge(round, empty(), { trial: normalIndex, rtMs: 250 }, pressAfterOnset(normal, 250));
    const snapshot = structuredClone(first.player);
    for (const again of [{ trial: normalIndex, rtMs: 180 }, { trial: normalIndex, rtMs: null }]) {
      const out = judge(round, first.player, again, pressAfterOnset(normal, 180));
      expect(out.error).toBe('ALREADY_ANSWERED');
      expect(out.ack).toEqual({ trial: normalIndex, outcome: null });
      expect(out.player).toBe(first.player);
    }
    expect(first.player).toEqual(snapshot);
  });

  it('an answer for a trial that has not started yet is TIMING_IMPOSSIBLE and records nothing', () => {
    const later = round.trials[2] as Trial;
    const player = empty();
    for (const sinceStart of [0, normal.onsetMs + 200, later.startMs - T.CLAIM_TOLERANCE_MS - 1]) {
      const out = judge(round, player, { trial: 2, rtMs: null }, at(sinceStart));
      expect(out.error).toBe('TIMING_IMPOSSIBLE');
      expect(out.ack).toEqual({ trial: 2, outcome: null });
      expect(out.player).toBe(player);
    }
    expect(player).toEqual(empty());
    // Within the clock tolerance of the ready signal it is judged normally.
    expect(judge(round, player, { trial: 2, rtMs: null }, at(later.startMs - T.CLAIM_TOLERANCE_MS)).ack.outcome).toBe('false-start');
  });

  it('never mutates the player it is given', () => {
    const before = judge(round, empty(), { trial: normalIndex, rtMs: 250 }, pressAfterOnset(normal, 250)).player;
    const snapshot = structuredClone(before);
    const next = round.trials[1] as Trial;
    const out = judge(round, before, { trial: 1, rtMs: 260 }, pressAfterOnset(next, 260));
    expect(before).toEqual(snapshot);
    expect(Object.keys(out.player.results)).toHaveLength(2);
  });

  it('refuses malformed answers with MESSAGE_INVALID and keeps the player', () => {
    const malformed = [
      { trial: -1, rtMs: 250 }, { trial: T.TRIALS_PER_ROUND, rtMs: 250 }, { trial: 0.5, rtMs: 250 }, { trial: '0', rtMs: 250 },
      { trial: 0, rtMs: -1 }, { trial: 0, rtMs: 60_001 }, { trial: 0, rtMs: '250' }, { trial: 0, rtMs: NaN }, { trial: 0 },
      { rtMs: 250 }, [0, 250], '{"trial":0,"rtMs":250}', null, undefined,
    ];
    for (const payload of malformed) {
      const player = empty();
      const out = judge(round, player, payload, pressAfterOnset(normal, 250));
      expect(out.error, describeJunk(payload)).toBe('MESSAGE_INVALID');
      expect(out.ack).toEqual({ trial: null, outcome: null });
      expect(out.player).toBe(player);
    }
  });

  it('never throws on a few hundred garbage payloads and refuses them all with MESSAGE_INVALID', () => {
    const badTrials: unknown[] = [-1, T.TRIALS_PER_ROUND, 99, 0.5, NaN, Infinity, -Infinity, '0', null, undefined, [], [0], {}, true, 1n];
    const badRts: unknown[] = [NaN, Infinity, -Infinity, -0.001, 60_000.5, 1e308, '250', undefined, [], [250], {}, true, 250n];
    const payloads: unknown[] = [...junkValues(31337, 300)];
    for (const trial of badTrials) for (const rtMs of [null, 250, ...badRts]) payloads.push({ trial, rtMs });
    for (const trial of [0, 1, T.TRIALS_PER_ROUND - 1]) for (const rtMs of badRts) payloads.push({ trial, rtMs });
    expect(payloads.length).toBeGreaterThan(400);
    const contexts = [at(-5_000), at(normal.onsetMs + 250), at(round.durationMs + 60_000), { nowMs: NaN, playStartMs: NaN, oneWayMs: NaN }];
    for (const payload of payloads) {
      for (const ctx of contexts) {
        const player = empty();
        let out: ReturnType<typeof judge> | undefined;
        expect(() => { out = judge(round, player, payload, ctx); }, describeJunk(payload)).not.toThrow();
        expect(out!.error, describeJunk(payload)).toBe('MESSAGE_INVALID');
        expect(out!.player).toBe(player);
      }
    }
  });
});

describe('a whole round judged honestly', () => {
  it('hits every non-catch trial and lets the catch trial pass', () => {
    const rng = createRng(8);
    let player = empty();
    round.trials.forEach((t, i) => {
      if (t.catch) return;
      const rt = rng.int(180, 420);
      const out = judge(round, player, { trial: i, rtMs: rt }, pressAfterOnset(t, rt + rng.int(-40, 40)));
      expect(out.ack).toEqual({ trial: i, outcome: 'hit', rtMs: rt });
      player = out.player;
    });
    expect(Object.keys(player.results)).toHaveLength(T.TRIALS_PER_ROUND - T.CATCH_TRIALS_PER_ROUND);
  });
});
