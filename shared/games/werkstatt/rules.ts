import { createRng, type Rng } from '../../core/rng.ts';
import type { JudgeContext, JudgeOutcome, RoundScore } from '../types.ts';
import { choiceCredit, numberCredit, orderCredit, spotCredit, taskPoints } from './credit.ts';
import { parseDecimal } from './decimal.ts';
import { limitSOf, rightCount, type Task, type TaskSetContent } from './model.ts';
import { checkTap, regionNumbers } from './spot.ts';
import type { WerkstattAck, WerkstattDetail, WerkstattPublicRound, WerkstattPublicTask, WerkstattTaskResult } from './wire.ts';

// Rounds, answers and scores of Werkstatt. A round plays a whole task set; every player
// goes through the tasks in turn at their own pace, each task within its time limit.
// Score = Σ task points (credit × 1000/n, a right answer 95–100 % by speed), at least 0.

export const MAX_SCORE = 1000;
/** An answer this much after the task's limit (network, a slow phone) still counts. */
export const LATE_GRACE_MS = 1500;

export interface WerkstattRound {
  level: number;
  title: string;
  durationMs: number;
  tasks: Task[];
  /** Per task: shown position → index in the set (options of a choice, steps of an order task). */
  shown: number[][];
}

export interface TaskAnswer {
  credit: number;
  /** 0..1, 1 = answered at once. */
  speed: number;
  /** As given (shown positions or the value); null when skipped or late. */
  given: number[] | number | null;
  /** Server time the answer arrived (the next task was shown then). */
  atMs: number;
}

export interface WerkstattPlayer {
  answers: TaskAnswer[];
}

function shuffle(rng: Rng, n: number): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [a[i], a[j]] = [a[j] as number, a[i] as number];
  }
  return a;
}

/** A round of a set: options and steps shuffled by the seed (steps never in the right order). */
export function createRoundFrom(seed: number, level: number, set: TaskSetContent): WerkstattRound {
  const rng = createRng(seed);
  const shown = set.tasks.map((task) => {
    if (task.kind === 'choice') return shuffle(rng, task.options.length);
    if (task.kind !== 'order') return [];
    let order = shuffle(rng, task.steps.length);
    while (order.every((v, i) => v === i)) order = shuffle(rng, task.steps.length);
    return order;
  });
  const durationMs = set.tasks.reduce((ms, t) => ms + limitSOf(t) * 1000, 0) + LATE_GRACE_MS;
  return { level, title: set.title, durationMs, tasks: set.tasks, shown };
}

/** What phones see at play start: prompts, shown options and steps; no solution. */
export function publicRound(round: WerkstattRound): WerkstattPublicRound {
  const tasks = round.tasks.map((task, i): WerkstattPublicTask => {
    const shown = round.shown[i] as number[];
    const base = { kind: task.kind, prompt: task.prompt, limitS: limitSOf(task), ...(task.photo ? { photo: { id: task.photo } } : {}) };
    if (task.kind === 'spot') return base;
    if (task.kind === 'choice') return { ...base, options: shown.map((k) => task.options[k]?.text ?? ''), multiple: rightCount(task) > 1 };
    if (task.kind === 'number') return { ...base, unit: task.unit };
    return { ...base, steps: shown.map((k) => task.steps[k] ?? '') };
  });
  return { level: round.level, title: round.title, durationMs: round.durationMs, tasks };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndexList = (v: unknown, n: number): v is number[] =>
  Array.isArray(v) && v.length <= n && v.every((x) => Number.isInteger(x) && x >= 0 && x < n) && new Set(v).size === v.length;

/** The answer's credit and given value, or null when it does not fit the task. */
function creditOf(task: Task, shown: number[], field: string, value: unknown): { credit: number; given: number[] | number | null } | null {
  if (field === 'skip') return value === true ? { credit: 0, given: null } : null;
  if (task.kind === 'choice' && field === 'pick' && isIndexList(value, shown.length)) {
    if (rightCount(task) === 1 && value.length !== 1) return null;
    return { credit: choiceCredit(task, value.map((p) => shown[p] as number)), given: value };
  }
  if (task.kind === 'number' && field === 'value') {
    const n = parseDecimal(value);
    return n === null ? null : { credit: numberCredit(task, n), given: n };
  }
  if (task.kind === 'spot' && field === 'tap') {
    const tap = checkTap(value);
    return tap === null ? null : { credit: spotCredit(task, tap), given: tap };
  }
  if (task.kind === 'order' && field === 'order' && isIndexList(value, shown.length) && value.length === shown.length) {
    return { credit: orderCredit(task, value.map((p) => shown[p] as number)), given: value };
  }
  return null;
}

/**
 * Judges `{ task, pick | value | order | tap | skip }`. Refusals that change nothing:
 * MESSAGE_INVALID (shape, not this task's field, not the next task), ALREADY_ANSWERED,
 * TIMING_IMPOSSIBLE (before play). After the task's limit the task is closed with credit 0
 * and ANSWER_LATE (the player moves on).
 */
export function judge(round: WerkstattRound, player: WerkstattPlayer, payload: unknown, ctx: JudgeContext): JudgeOutcome<WerkstattPlayer, WerkstattAck> {
  if (!isRecord(payload) || Object.keys(payload).length !== 2 || !Number.isInteger(payload.task)) return { player, ack: { task: null }, error: 'MESSAGE_INVALID' };
  const index = payload.task as number;
  if (index < 0 || index >= round.tasks.length) return { player, ack: { task: null }, error: 'MESSAGE_INVALID' };
  if (index < player.answers.length) return { player, ack: { task: index }, error: 'ALREADY_ANSWERED' };
  if (index > player.answers.length) return { player, ack: { task: index }, error: 'MESSAGE_INVALID' };
  const field = Object.keys(payload).find((k) => k !== 'task') as string;
  const task = round.tasks[index] as Task;
  const taken = creditOf(task, round.shown[index] as number[], field, payload[field]);
  if (!taken) return { player, ack: { task: index }, error: 'MESSAGE_INVALID' };
  if (ctx.nowMs < ctx.playStartMs) return { player, ack: { task: index }, error: 'TIMING_IMPOSSIBLE' };
  const shownAt = player.answers.at(-1)?.atMs ?? ctx.playStartMs;
  const limitMs = limitSOf(task) * 1000;
  const elapsed = Math.max(0, ctx.nowMs - ctx.oneWayMs - shownAt);
  const late = elapsed > limitMs + LATE_GRACE_MS;
  const answer: TaskAnswer = late
    ? { credit: 0, speed: 0, given: null, atMs: ctx.nowMs }
    : { credit: taken.credit, speed: 1 - Math.min(1, elapsed / limitMs), given: taken.given, atMs: ctx.nowMs };
  // The player's own verdict for the phone's ✓/✗ flash (only to this seat, after the answer is
  // taken for good): a skip has none, a late answer is wrong. Never the solution itself.
  const ack: WerkstattAck = field === 'skip' && !late ? { task: index } : { task: index, right: answer.credit >= 0.999 };
  return { player: { answers: [...player.answers, answer] }, ack, ...(late ? { error: 'ANSWER_LATE' as const } : {}) };
}

/** The solution of a task in shown positions (number: [value, tolerance]; spot: regionNumbers). */
function solutionOf(task: Task, shown: number[]): number[] {
  if (task.kind === 'spot') return regionNumbers(task.region);
  if (task.kind === 'choice') return shown.map((k, pos) => (task.options[k]?.right ? pos : -1)).filter((p) => p >= 0);
  if (task.kind === 'number') return [task.value, task.tolerance];
  return task.steps.map((_, k) => shown.indexOf(k));
}

/** The raw sum of task points (may be negative): what guessing averages to about 0. */
export function netPoints(round: WerkstattRound, player: WerkstattPlayer): number {
  const weight = MAX_SCORE / Math.max(1, round.tasks.length);
  return player.answers.reduce((sum, a) => sum + taskPoints(a.credit, a.speed, weight), 0);
}

/** Score = max(0, Σ task points), rounded; detail = per task credit, answer, solution and explanation. */
export function score(round: WerkstattRound, player: WerkstattPlayer): RoundScore<WerkstattDetail> {
  const right = player.answers.filter((a) => a.credit >= 0.999).length;
  const tasks = round.tasks.map((task, i): WerkstattTaskResult => {
    const a = player.answers[i];
    return { c: a ? Math.round(a.credit * 100) / 100 : 0, a: a?.given ?? null, s: solutionOf(task, round.shown[i] as number[]), x: task.explain };
  });
  const of = round.tasks.length;
  const detail: WerkstattDetail = { level: round.level, correctPct: of ? Math.round((100 * right) / of) : 0, answered: player.answers.length, of, tasks };
  return { score: Math.max(0, Math.round(netPoints(round, player))), detail };
}
