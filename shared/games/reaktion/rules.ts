import { createRng } from '../../core/rng.ts';
import { clamp, median } from '../../core/stats.ts';
import type { Cue, JudgeContext, JudgeOutcome, RoundScore, ScoreContext } from '../types.ts';
import * as T from './timing.ts';
import type { Modality, Outcome, ReaktionAck, ReaktionAnswer, ReaktionCue, ReaktionDetail, ReaktionPublicRound } from './wire.ts';

export type { Modality, Outcome } from './wire.ts';

export interface Trial {
  /** Ready signal, ms after play start. */
  startMs: number;
  /** Scheduled stimulus onset, ms after play start (also kept for catch trials). */
  onsetMs: number;
  /** End of the response window, ms after play start. */
  endMs: number;
  modality: Modality;
  /** A catch trial shows no stimulus. */
  catch: boolean;
}

export interface ReaktionRound {
  level: number;
  trials: Trial[];
  durationMs: number;
}

export interface TrialResult {
  outcome: Outcome;
  rtMs: number | null;
}

export interface ReaktionPlayer {
  results: Record<number, TrialResult>;
}

/** Level 1: see (visual only); level 2: hear (audio only); level 3: mixed. */
export const LEVELS = [1, 2, 3] as const;

/** Non-aging foreperiod: bounded exponential by inverse transform of a uniform u in [0,1). */
export function foreperiodMs(u: number): number {
  const span = T.FOREPERIOD_MAX_MS - T.FOREPERIOD_MIN_MS;
  const mean = T.FOREPERIOD_MEAN_EXTRA_MS;
  const truncatedMass = 1 - Math.exp(-span / mean);
  return Math.round(T.FOREPERIOD_MIN_MS - mean * Math.log(1 - u * truncatedMass));
}

/** Builds the trial schedule of one round from its seed. */
export function createRound(seed: number, level: number): ReaktionRound {
  const rng = createRng(seed);
  const lvl = (LEVELS as readonly number[]).includes(level) ? level : 1;
  // Catch trials never come first: the first trial teaches the rhythm.
  const catchAt = new Set<number>();
  while (catchAt.size < T.CATCH_TRIALS_PER_ROUND) catchAt.add(rng.int(1, T.TRIALS_PER_ROUND - 1));
  const trials: Trial[] = [];
  let t = T.LEAD_IN_MS;
  for (let i = 0; i < T.TRIALS_PER_ROUND; i++) {
    const fp = foreperiodMs(rng.next());
    const modality: Modality = lvl === 1 ? 'visual' : lvl === 2 ? 'audio' : rng.next() < 0.5 ? 'visual' : 'audio';
    const trial: Trial = { startMs: t, onsetMs: t + fp, endMs: t + fp + T.RESPONSE_WINDOW_MS, modality, catch: catchAt.has(i) };
    trials.push(trial);
    t = trial.endMs + T.INTER_TRIAL_GAP_MS;
  }
  return { level: lvl, trials, durationMs: t };
}

/** Public view at play start: how many trials and which modalities may come, no times. */
export function publicRound(round: ReaktionRound): ReaktionPublicRound {
  return { level: round.level, trials: round.trials.length, durationMs: round.durationMs };
}

/** A ready cue at each trial start; a stimulus cue (sent early) for every non-catch trial. */
export function cues(round: ReaktionRound): Cue<ReaktionCue>[] {
  const list: Cue<ReaktionCue>[] = [];
  round.trials.forEach((trial, i) => {
    list.push({ atMs: trial.startMs, leadMs: 0, data: { kind: 'ready', trial: i } });
    if (!trial.catch) {
      list.push({ atMs: trial.onsetMs, leadMs: T.STIMULUS_CUE_LEAD_MS, data: { kind: 'stimulus', trial: i, modality: trial.modality } });
    }
  });
  return list;
}

/** Shape check of an untrusted answer: { trial: integer, rtMs: number | null }. */
export function parseAnswer(payload: unknown, trials: number): ReaktionAnswer | null {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const { trial, rtMs } = payload as Record<string, unknown>;
  if (!Number.isInteger(trial) || (trial as number) < 0 || (trial as number) >= trials) return null;
  if (rtMs !== null && (typeof rtMs !== 'number' || !Number.isFinite(rtMs) || rtMs < 0 || rtMs > 60_000)) return null;
  return { trial: trial as number, rtMs: rtMs as number | null };
}

/**
 * Judges one press. rtMs is the client's measured reaction time (response event time minus
 * the frame that showed the stimulus) or null for a press while no stimulus was visible.
 * The server checks the claim against its own observation and refuses what cannot be.
 */
export function judge(round: ReaktionRound, player: ReaktionPlayer, payload: unknown, ctx: JudgeContext): JudgeOutcome<ReaktionPlayer, ReaktionAck> {
  const answer = parseAnswer(payload, round.trials.length);
  if (!answer) return { player, ack: { trial: null, outcome: null }, error: 'MESSAGE_INVALID' };
  const trial = round.trials[answer.trial] as Trial;
  const ackBase = { trial: answer.trial };
  if (player.results[answer.trial]) return { player, ack: { ...ackBase, outcome: null }, error: 'ALREADY_ANSWERED' };

  const sinceStart = ctx.nowMs - ctx.playStartMs;
  const record = (result: TrialResult, error?: JudgeOutcome<ReaktionPlayer, ReaktionAck>['error']): JudgeOutcome<ReaktionPlayer, ReaktionAck> => ({
    player: { results: { ...player.results, [answer.trial]: result } },
    ack: { ...ackBase, outcome: result.outcome, rtMs: result.rtMs },
    ...(error ? { error } : {}),
  });

  // A press can only reach us after its trial began (allowing for clock error).
  if (sinceStart < trial.startMs - T.CLAIM_TOLERANCE_MS) return { player, ack: { ...ackBase, outcome: null }, error: 'TIMING_IMPOSSIBLE' };
  if (sinceStart > trial.endMs + ctx.oneWayMs + T.CLAIM_TOLERANCE_MS) return record({ outcome: 'late', rtMs: null }, 'ANSWER_LATE');

  if (trial.catch || answer.rtMs === null) return record({ outcome: 'false-start', rtMs: null });

  const claimedMs = Math.round(answer.rtMs * 10) / 10;
  if (claimedMs < T.FALSE_START_BELOW_MS) return record({ outcome: 'false-start', rtMs: claimedMs });
  // What the server saw: the press cannot have happened later than this (the message
  // would have arrived later) and, with network and device delays, may have happened earlier.
  const observedMs = sinceStart - trial.onsetMs - ctx.oneWayMs;
  if (claimedMs > observedMs + T.CLAIM_TOLERANCE_MS) return record({ outcome: 'rejected', rtMs: null }, 'TIMING_IMPOSSIBLE');
  // A claim faster than the server can confirm is not taken: the trial counts with the
  // fastest confirmable time. A forger gains nothing beyond the tolerance, and an honest
  // player whose answer was held up (Wi-Fi jitter, a busy phone) keeps the trial.
  const floorMs = Math.round((observedMs - T.CLAIM_TOLERANCE_MS) * 10) / 10;
  const rtMs = Math.max(claimedMs, floorMs);
  if (rtMs > T.RESPONSE_WINDOW_MS) return record({ outcome: 'late', rtMs: null }, 'ANSWER_LATE');
  const outcome = record({ outcome: 'hit', rtMs });
  return rtMs > claimedMs ? { ...outcome, ack: { ...outcome.ack, claimedMs } } : outcome;
}

/**
 * Score from the median of the hits, minus penalties for false starts and misses. A trial
 * whose response window had not closed when the host stopped play (`ctx.stoppedAtMs`) is
 * no miss: nobody can miss a signal that never came.
 */
export function score(round: ReaktionRound, player: ReaktionPlayer, ctx: ScoreContext = {}): RoundScore<ReaktionDetail> {
  const hits: number[] = [];
  let falseStarts = 0;
  let misses = 0;
  let audioMisses = 0;
  const stoppedAt = ctx.stoppedAtMs ?? Number.POSITIVE_INFINITY;
  round.trials.forEach((trial, i) => {
    const r = player.results[i];
    if (r?.outcome === 'false-start') falseStarts++;
    else if (r?.outcome === 'hit' && r.rtMs !== null) hits.push(r.rtMs);
    else if (!trial.catch && trial.endMs <= stoppedAt) {
      misses++;
      if (trial.modality === 'audio') audioMisses++;
    }
  });
  const med = median(hits);
  const speed = med === null ? 0 : clamp(Math.round(((T.SCORE_SLOW_MS - med) / (T.SCORE_SLOW_MS - T.SCORE_FAST_MS)) * T.SCORE_MAX), 0, T.SCORE_MAX);
  const total = Math.max(0, speed - T.PENALTY_FALSE_START * falseStarts - T.PENALTY_MISS * misses);
  return { score: total, detail: { medianMs: med === null ? null : Math.round(med), hits: hits.length, falseStarts, misses, audioMisses } };
}
