import { createRng, type Rng } from '../../core/rng.ts';
import { clamp } from '../../core/stats.ts';
import type { JudgeContext, JudgeOutcome, RoundScore } from '../types.ts';
import { countCredit, countParts, OUTPUT_FUNCTIONS, SIGNAL_MAX, type OutputFunction, type PartWindow, type Setting } from './hysteresis.ts';
import { cell, isSensorId, MATERIALS, SENSORS, type MaterialId, type SensorId, type Verdict } from './materials.ts';
import { generateSignal } from './signal.ts';
import { outcomeOf, parsePlacements, TASK_SPECS, TASKS, type PartOutcome, type TaskId } from './sorting.ts';
import type { BeltRun, SensorAck, SensorDetail, SensorPublicRound, SignalCount } from './wire.ts';

// Rounds, answers and scores of Sensor-Labor. Every round is an untimed decision with a
// time limit: correctness earns up to CORRECT_MAX points, speed up to SPEED_MAX, and speed
// counts only for the share answered correctly. Each level's correctness is built so that
// guessing, ticking everything and leaving the start settings all earn about nothing
// (fairness.test.ts; formulas in docs/PROTOCOL.md).

export const LEVELS = [1, 2, 3] as const;
export const PARTS_PER_ROUND = 6;
export const BATCH_SIZE = 8;
export const DURATION_MS: Readonly<Record<number, number>> = { 1: 90_000, 2: 60_000, 3: 60_000 };
export const CORRECT_MAX = 900;
export const SPEED_MAX = 100;
/** Most mistakes listed in the reveal detail (keeps the state small). */
export const MAX_MISTAKES = 8;

export interface SensorRound {
  level: number;
  durationMs: number;
  /** Level 1: the parts to judge; level 2: the batch on the belt. */
  parts: MaterialId[];
  task: TaskId | null;
  signal: { samples: number[]; parts: PartWindow[]; ideal: Required<Setting>; falling: boolean } | null;
}

export interface ItemResult {
  /** Share of this item answered correctly, 0..1. */
  credit: number;
  /** Level 1: "material:sensor" keys of wrong or limited picks and missed sensors. */
  mistakes: string[];
  /** Level 2: the run of the batch; level 3: the setting and the count. */
  extra: Partial<BeltRun & SignalCount>;
}

export interface SensorPlayer {
  results: Record<number, ItemResult>;
  /** Milliseconds after play start of the latest accepted answer. */
  lastMs: number | null;
}

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

export function createRound(seed: number, level: number): SensorRound {
  const rng = createRng(seed);
  const lvl = (LEVELS as readonly number[]).includes(level) ? level : 1;
  const base = { level: lvl, durationMs: DURATION_MS[lvl] as number, parts: [] as MaterialId[], task: null, signal: null };
  if (lvl === 1) return { ...base, parts: shuffled(rng, MATERIALS).slice(0, PARTS_PER_ROUND) };
  if (lvl === 2) {
    const task = rng.pick(TASKS);
    const spec = TASK_SPECS[task];
    // Distinct targets first (every kind shows up), then the others in turn.
    const targets = shuffled(rng, spec.targets);
    const parts: MaterialId[] = [];
    for (let i = 0, n = rng.int(spec.targetCount[0], spec.targetCount[1]); i < n; i++) parts.push(targets[i % targets.length] as MaterialId);
    const others = shuffled(rng, spec.others);
    for (let i = 0; parts.length < BATCH_SIZE; i++) parts.push(others[i % others.length] as MaterialId);
    return { ...base, task, parts: shuffled(rng, parts) };
  }
  return { ...base, signal: generateSignal(rng.int(0, 0xffffffff)) };
}

/** The parts, the task and the signal (with the sensor's direction) may be seen; verdicts, part windows and the ideal setting not. */
export function publicRound(round: SensorRound): SensorPublicRound {
  const { durationMs } = round;
  if (round.level === 2 && round.task) return { level: 2, durationMs, parts: [...round.parts], task: round.task };
  if (round.level === 3 && round.signal) return { level: 3, durationMs, samples: [...round.signal.samples], max: SIGNAL_MAX, falling: round.signal.falling };
  return { level: 1, durationMs, parts: [...round.parts] };
}

export function expectedAnswers(round: SensorRound): number {
  return round.level === 1 ? round.parts.length : 1;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOnlyKeys = (v: Record<string, unknown>, keys: readonly string[]) => Object.keys(v).length === keys.length && keys.every((k) => k in v);

/**
 * Level 1 credit for one part, 0..1: the share of the reliable sensors picked, less the
 * share of the unreliable ones picked ("no" weighs 1, "limited" ½). Ticking every sensor
 * or none earns 0, guessing about 0, the reliable ones exactly 1 (Youden's J).
 */
export function judgePart(material: MaterialId, picked: readonly SensorId[]): ItemResult {
  let reliable = 0, hits = 0, badWeight = 0, badPicked = 0;
  const mistakes: string[] = [];
  for (const s of SENSORS) {
    const v = cell(material, s).verdict;
    const chosen = picked.includes(s);
    const weight = v === 'no' ? 1 : v === 'limited' ? 0.5 : 0;
    if (v === 'reliable') reliable++;
    if (v === 'reliable' && chosen) hits++;
    badWeight += weight;
    if (chosen) badPicked += weight;
    // A limited or wrong pick and a missed reliable sensor are explained.
    if (chosen ? v !== 'reliable' : v === 'reliable') mistakes.push(`${material}:${s}`);
  }
  const credit = clamp(hits / Math.max(1, reliable) - badPicked / Math.max(1, badWeight), 0, 1);
  return { credit: Math.round(credit * 1000) / 1000, mistakes, extra: {} };
}

/** Level 2 credit, 0..1: share of targets caught less share of other parts caught (only the first when there are none). */
export function sortCredit(outcomes: readonly PartOutcome[]): number {
  const n = (o: PartOutcome) => outcomes.filter((x) => x === o).length;
  const targets = n('hit') + n('miss');
  const others = n('false') + n('pass');
  const hitRate = targets === 0 ? 1 : n('hit') / targets;
  const falseRate = others === 0 ? 0 : n('false') / others;
  return clamp(hitRate - falseRate, 0, 1);
}

function parseSensorList(raw: unknown): SensorId[] | null {
  if (!Array.isArray(raw) || raw.length > SENSORS.length) return null;
  if (!raw.every(isSensorId) || new Set(raw).size !== raw.length) return null;
  return raw as SensorId[];
}

type Parsed = { item: number; result: ItemResult; ack: SensorAck };

function parse(round: SensorRound, payload: unknown): Parsed | null {
  if (!isRecord(payload)) return null;
  if (round.level === 1) {
    if (!hasOnlyKeys(payload, ['part', 'sensors'])) return null;
    const { part } = payload;
    if (!Number.isInteger(part) || (part as number) < 0 || (part as number) >= round.parts.length) return null;
    const sensors = parseSensorList(payload.sensors);
    if (!sensors) return null;
    const material = round.parts[part as number] as MaterialId;
    const result = judgePart(material, sensors);
    const verdicts = Object.fromEntries(SENSORS.map((s) => [s, cell(material, s).verdict])) as Record<SensorId, Verdict>;
    return { item: part as number, result, ack: { part: part as number, credit: result.credit, verdicts } };
  }
  if (round.level === 2 && round.task) {
    if (!hasOnlyKeys(payload, ['placements'])) return null;
    const placements = parsePlacements(payload.placements);
    if (!placements) return null;
    const outcomes: PartOutcome[] = round.parts.map((m) => outcomeOf(round.task as TaskId, m, placements));
    const count = (o: PartOutcome) => outcomes.filter((x) => x === o).length;
    const credit = Math.round(sortCredit(outcomes) * 1000) / 1000;
    const extra: BeltRun = { hits: count('hit'), misses: count('miss'), falseTriggers: count('false'), outcomes };
    return { item: 0, result: { credit, mistakes: [], extra }, ack: { item: 0 as const, credit, ...extra } };
  }
  if (round.level === 3 && round.signal) {
    // The output function may be left out (a client from before NC existed): NO.
    if (!hasOnlyKeys(payload, ['switchPoint', 'resetPoint', 'output']) && !hasOnlyKeys(payload, ['switchPoint', 'resetPoint'])) return null;
    const sp = payload.switchPoint, rp = payload.resetPoint, output = 'output' in payload ? payload.output : 'no';
    if (typeof sp !== 'number' || !Number.isFinite(sp) || sp < 0 || sp > SIGNAL_MAX) return null;
    if (typeof rp !== 'number' || !Number.isFinite(rp) || rp < 0 || rp > sp) return null;
    if (!(OUTPUT_FUNCTIONS as readonly unknown[]).includes(output)) return null;
    const setting = { switchPoint: Math.round(sp * 10) / 10, resetPoint: Math.round(rp * 10) / 10, output: output as OutputFunction };
    const n = round.signal.parts.length;
    const r = countParts(round.signal.samples, round.signal.parts, setting);
    const credit = Math.round(countCredit(r, n) * 1000) / 1000;
    const extra: SignalCount = { ...setting, parts: n, counted: r.counted, missed: r.missed, doubled: r.doubled, stray: r.stray, chatter: r.chatter };
    return { item: 0, result: { credit, mistakes: [], extra }, ack: { item: 0 as const, credit, ...extra } };
  }
  return null;
}

/** Judges one answer: level 1 `{part, sensors[]}`, level 2 `{placements[]}`, level 3 `{switchPoint, resetPoint, output}`. */
export function judge(round: SensorRound, player: SensorPlayer, payload: unknown, ctx: JudgeContext): JudgeOutcome<SensorPlayer, SensorAck> {
  const parsed = parse(round, payload);
  if (!parsed) return { player, ack: { item: null, credit: null }, error: 'MESSAGE_INVALID' };
  if (player.results[parsed.item]) return { player, ack: { item: parsed.item, credit: null }, error: 'ALREADY_ANSWERED' };
  const sinceStart = ctx.nowMs - ctx.playStartMs;
  if (sinceStart > round.durationMs + ctx.oneWayMs + 1000) return { player, ack: { item: parsed.item, credit: null }, error: 'ANSWER_LATE' };
  const lastMs = Math.max(player.lastMs ?? 0, clamp(sinceStart, 0, round.durationMs));
  return { player: { results: { ...player.results, [parsed.item]: parsed.result }, lastMs }, ack: parsed.ack };
}

export function answered(_round: SensorRound, player: SensorPlayer): number {
  return Object.keys(player.results).length;
}

/** Correctness first (up to 900), then speed (up to 100, only for the share answered correctly). */
export function score(round: SensorRound, player: SensorPlayer): RoundScore<SensorDetail> {
  const n = expectedAnswers(round);
  const results = Object.values(player.results);
  const correct = results.reduce((sum, r) => sum + r.credit, 0) / n;
  const speedShare = player.lastMs === null ? 0 : clamp(1 - player.lastMs / round.durationMs, 0, 1);
  const total = Math.round(CORRECT_MAX * correct) + Math.round(SPEED_MAX * correct * speedShare);
  const base = {
    correctPct: Math.round(correct * 100),
    answered: results.length,
    of: n,
    seconds: player.lastMs === null ? null : Math.round(player.lastMs / 100) / 10,
  };
  const extra = player.results[0]?.extra ?? {};
  if (round.level === 3 && round.signal) {
    const { ideal } = round.signal;
    return { score: total, detail: { ...base, level: 3, ...extra, idealSwitchPoint: ideal.switchPoint, idealResetPoint: ideal.resetPoint, idealOutput: ideal.output } };
  }
  if (round.level === 2) return { score: total, detail: { ...base, level: 2, ...extra } };
  const mistakes = round.parts.flatMap((_, i) => player.results[i]?.mistakes ?? []);
  return { score: total, detail: { ...base, level: 1, mistakes: mistakes.slice(0, MAX_MISTAKES), mistakeCount: mistakes.length } };
}
