import type { Rng } from '../../core/rng.ts';
import { showDecimal } from './decimal.ts';
import { SET_LIMITS, type Task, type TaskKind, type TaskSetContent } from './model.ts';
import { judge, type WerkstattPlayer, type WerkstattRound } from './rules.ts';

// Helpers of the Werkstatt tests: random valid sets and players that answer by a strategy.

/** A random valid set of `count` tasks of one kind. */
export function randomSet(rng: Rng, kind: TaskKind, count = 5): TaskSetContent {
  const tasks: Task[] = Array.from({ length: count }, (_task, i): Task => {
    const base = { prompt: `Aufgabe ${i + 1}`, explain: '', limitS: rng.pick([null, 10, 20, 60]), tags: [] };
    if (kind === 'choice') {
      const n = rng.int(SET_LIMITS.options.min, SET_LIMITS.options.max);
      const k = rng.next() < 0.5 || n === 2 ? 1 : rng.int(2, n - 1);
      const rightAt = new Set<number>();
      while (rightAt.size < k) rightAt.add(rng.int(0, n - 1));
      return { kind, ...base, options: Array.from({ length: n }, (_, o) => ({ text: `Antwort ${o}`, right: rightAt.has(o) })) };
    }
    if (kind === 'number') {
      const value = Math.round(rng.next() * 1000 * 1000) / 1000 + 0.01;
      return { kind, ...base, value, tolerance: Math.round(value * rng.next() * SET_LIMITS.toleranceShare * 1000) / 1000, unit: 'mm' };
    }
    if (kind === 'spot') {
      const photo = '00000000-0000-4000-8000-00000000000' + (i % 10);
      const side = 0.05 + rng.next() * 0.4;
      const other = Math.min(0.9, (0.01 + rng.next() * 0.24) / side);
      if (rng.next() < 0.5) return { kind, ...base, photo, region: { shape: 'rect', x: rng.next() * (1 - side), y: rng.next() * (1 - other), w: side, h: other } };
      const rx = side / 2;
      const ry = Math.min(0.45, other / 2);
      return { kind, ...base, photo, region: { shape: 'circle', x: rx + rng.next() * (1 - 2 * rx), y: ry + rng.next() * (1 - 2 * ry), rx, ry } };
    }
    const n = rng.int(SET_LIMITS.steps.min, SET_LIMITS.steps.max);
    return { kind, ...base, steps: Array.from({ length: n }, (_, s) => `Schritt ${s + 1}`) };
  });
  return { title: `Satz ${kind}`, tasks };
}

/** The right answer's payload field for task i (shown positions). */
export function rightAnswer(round: WerkstattRound, i: number): Record<string, unknown> {
  const task = round.tasks[i] as Task;
  const shown = round.shown[i] as number[];
  if (task.kind === 'choice') return { pick: shown.map((k, pos) => (task.options[k]?.right ? pos : -1)).filter((p) => p >= 0) };
  if (task.kind === 'number') return { value: showDecimal(task.value, 'de') };
  if (task.kind === 'spot') {
    const r = task.region;
    return { tap: r.shape === 'rect' ? [r.x + r.w / 2, r.y + r.h / 2] : [r.x, r.y] };
  }
  return { order: task.steps.map((_, k) => shown.indexOf(k)) };
}

/** A guess: random pick(s), a number in [0, 2·value], a random order, a tap anywhere on the photo. */
export function randomAnswer(round: WerkstattRound, i: number, rng: Rng): Record<string, unknown> {
  const task = round.tasks[i] as Task;
  const n = (round.shown[i] as number[]).length;
  if (task.kind === 'choice') {
    const single = task.options.filter((o) => o.right).length === 1;
    return { pick: single ? [rng.int(0, n - 1)] : Array.from({ length: n }, (_, p) => p).filter(() => rng.next() < 0.5) };
  }
  if (task.kind === 'number') return { value: rng.next() * 2 * task.value };
  if (task.kind === 'spot') return { tap: [rng.next(), rng.next()] };
  const order = Array.from({ length: n }, (_, p) => p);
  for (let a = n - 1; a > 0; a--) {
    const b = rng.int(0, a);
    [order[a], order[b]] = [order[b] as number, order[a] as number];
  }
  return { order };
}

/** Plays every task in turn, each after `share` of its time limit (0 = at once). */
export function playAll(round: WerkstattRound, answer: (i: number) => Record<string, unknown>, share = 0.5): WerkstattPlayer {
  let player: WerkstattPlayer = { answers: [] };
  let now = 1_000_000;
  const ctx = { playStartMs: now, oneWayMs: 0 };
  round.tasks.forEach((task, i) => {
    now += (task.limitS ?? 30) * 1000 * share;
    const out = judge(round, player, { task: i, ...answer(i) }, { ...ctx, nowMs: now });
    if (out.error) throw new Error(`task ${i}: ${out.error}`);
    player = out.player;
  });
  return player;
}
