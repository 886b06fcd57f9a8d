import { createRng } from '../../core/rng.ts';
import { clamp } from '../../core/stats.ts';
import type { Cue, JudgeContext, JudgeOutcome, RoundScore } from '../types.ts';
import { bitsLevel } from './bits.ts';
import { canLevel } from './can.ts';
import { framesLevel } from './frames.ts';
import { isInt, type Answer, type Flat, type LevelRules } from './level.ts';
import { mqttLevel } from './mqtt.ts';
import { makeSwitchRound, type SwitchTruth } from './switch-level.ts';
import { switchLevel, switchOutcome } from './switch-rules.ts';
import type { Token } from './switch-sim.ts';
import { checkWindow, itemCues, publicSchedule, schedule, type Item } from './timeline.ts';
import type { DatenflussAck, DatenflussCue, DatenflussDetail, DatenflussPublicRound } from './wire.ts';

// Rounds, answers and scores of Datenfluss. Every level is one timeline of items; an answer
// names its item and counts only inside that item's window. Score = correctness (up to
// CORRECT_MAX) + speed (up to SPEED_MAX, only for the share answered correctly).

export const LEVELS = [1, 2, 3, 4, 5] as const;
export const CORRECT_MAX = 900;
export const SPEED_MAX = 100;
export const MAX_SCORE = CORRECT_MAX + SPEED_MAX;

/** Each level's rules, by level number. */
export const RULES: Readonly<Record<number, LevelRules<any>>> = { 1: bitsLevel, 2: framesLevel, 3: canLevel, 4: switchLevel, 5: mqttLevel };

export interface DatenflussRound {
  level: number;
  durationMs: number;
  items: Item<any>[];
  /** Level 4 only: arrivals per tick and the reference schedule (the truth for the reveal). */
  switch: { arrivals: Token[][]; truth: SwitchTruth } | null;
}

export interface DatenflussPlayer {
  /** Per item number: the answer and the answer time in ms after the item was shown. */
  answers: Record<number, { a: Answer; rtMs: number }>;
}

/** Builds the round's timeline from its seed; the same seed and level give the same round. */
export function createRound(seed: number, level: number): DatenflussRound {
  const rng = createRng(seed);
  const lvl = (LEVELS as readonly number[]).includes(level) ? level : 1;
  if (lvl === 4) {
    const s = makeSwitchRound(rng);
    const { items, durationMs } = schedule(s.specs, 0); // ticks follow each other without a gap
    return { level: lvl, durationMs, items, switch: { arrivals: s.arrivals, truth: s.truth } };
  }
  const { items, durationMs } = schedule((RULES[lvl] as LevelRules<unknown>).makeItems(rng));
  return { level: lvl, durationMs, items, switch: null };
}

/** Public at play start: level, number of items and their times; the content comes item by item in cues. */
export function publicRound(round: DatenflussRound): DatenflussPublicRound {
  return { level: round.level, durationMs: round.durationMs, items: round.items.length, schedule: publicSchedule(round.items) };
}

/** One cue per item, CUE_LEAD_MS before it is shown. */
export function cues(round: DatenflussRound): Cue<DatenflussCue>[] {
  return itemCues(round.items);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Judges `{ item, ...level fields }`. Refusals: MESSAGE_INVALID (shape), ALREADY_ANSWERED
 * (a repeated or replayed answer), TIMING_IMPOSSIBLE (before the item was shown),
 * ANSWER_LATE (after its window); none of them changes the player.
 */
export function judge(round: DatenflussRound, player: DatenflussPlayer, payload: unknown, ctx: JudgeContext): JudgeOutcome<DatenflussPlayer, DatenflussAck> {
  const rules = RULES[round.level] as LevelRules<unknown>;
  const keys = ['item', ...rules.fields];
  if (!isRecord(payload) || Object.keys(payload).length !== keys.length || !keys.every((k) => Object.hasOwn(payload, k))) {
    return { player, ack: { item: null }, error: 'MESSAGE_INVALID' };
  }
  if (!isInt(payload.item, 0, round.items.length - 1)) return { player, ack: { item: null }, error: 'MESSAGE_INVALID' };
  const index = payload.item;
  const item = round.items[index] as Item<unknown>;
  const answer = rules.parse(payload, item);
  if (answer === null) return { player, ack: { item: index }, error: 'MESSAGE_INVALID' };
  if (player.answers[index]) return { player, ack: { item: index }, error: 'ALREADY_ANSWERED' };
  const w = checkWindow(item, ctx.nowMs - ctx.playStartMs, ctx.oneWayMs);
  if (!w.ok) return { player, ack: { item: index }, error: w.error };
  const credit = Math.round(rules.credit(item, answer) * 1000) / 1000;
  return {
    player: { answers: { ...player.answers, [index]: { a: answer, rtMs: w.rtMs } } },
    ack: { item: index, ...(round.level === 4 ? {} : { credit }), ...rules.feedback(item, answer) },
  };
}

export function answered(_round: DatenflussRound, player: DatenflussPlayer): number {
  return Object.keys(player.answers).length;
}

/** Correctness first (up to 900), then speed (up to 100, weighted by the credit of right answers). */
export function score(round: DatenflussRound, player: DatenflussPlayer): RoundScore<DatenflussDetail> {
  const rules = RULES[round.level] as LevelRules<unknown>;
  const answers = new Map(Object.entries(player.answers).map(([k, v]) => [Number(k), v.a]));
  const share = (i: number): number => {
    const r = player.answers[i];
    const item = round.items[i] as Item<unknown>;
    return r ? clamp(1 - r.rtMs / (item.endMs - item.atMs), 0, 1) : 0;
  };
  let correct: number;
  let speed: number;
  let extra: Flat;
  if (round.switch) {
    const out = switchOutcome(round.switch.arrivals, round.switch.truth, answers);
    correct = out.credit;
    const answeredTicks = [...answers.keys()];
    speed = answeredTicks.length ? answeredTicks.reduce((s, i) => s + share(i), 0) / round.items.length : 0;
    extra = out.detail;
  } else {
    let sum = 0;
    let weighted = 0;
    let weights = 0;
    for (const [i, a] of answers) {
      const c = rules.credit(round.items[i] as Item<unknown>, a);
      sum += c;
      if (c > 0) {
        weighted += c * share(i);
        weights += c;
      }
    }
    correct = clamp(sum / round.items.length, 0, 1);
    speed = weights ? weighted / weights : 0;
    extra = rules.detail(round.items, answers);
  }
  const total = Math.round(CORRECT_MAX * correct) + Math.round(SPEED_MAX * correct * speed);
  return {
    score: total,
    detail: { level: round.level, correctPct: Math.round(correct * 100), answered: answers.size, of: round.items.length, ...extra },
  };
}
