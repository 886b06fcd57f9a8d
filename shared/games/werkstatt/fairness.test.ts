import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.ts';
import { TASK_KINDS } from './model.ts';
import { playAll, randomAnswer, randomSet, rightAnswer } from './play.test-util.ts';
import { createRoundFrom, MAX_SCORE, netPoints, score } from './rules.ts';

// Fairness per task kind over 250 seeds (each seed a new random set of five tasks): doing
// nothing scores 0, guessing averages about 0 (wrong picks cost), the right answer ≥ 95 %.

const SEEDS = Array.from({ length: 250 }, (_, i) => 7 + i * 104_729);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const roundOf = (seed: number, kind: (typeof TASK_KINDS)[number]) => createRoundFrom(seed, 1, randomSet(createRng(seed ^ 0xa11ce), kind));

describe.each(TASK_KINDS)('kind %s over 250 seeds', (kind) => {
  it('no answers score 0', () => {
    for (const seed of SEEDS) expect(score(roundOf(seed, kind), { answers: [] }).score).toBe(0);
  });

  it('skipping every task scores 0', () => {
    for (const seed of SEEDS) expect(score(roundOf(seed, kind), playAll(roundOf(seed, kind), () => ({ skip: true }))).score).toBe(0);
  });

  it('guessing averages about 0 (net points within ±5 %) and the clamped score stays below 15 %', () => {
    const nets: number[] = [];
    const scores: number[] = [];
    for (const seed of SEEDS) {
      const round = roundOf(seed, kind);
      const rng = createRng(seed ^ 0x5eed);
      const player = playAll(round, (i) => randomAnswer(round, i, rng), 0.2);
      nets.push(netPoints(round, player));
      scores.push(score(round, player).score);
    }
    expect(Math.abs(mean(nets)) / MAX_SCORE, `net mean ${mean(nets)}`).toBeLessThan(0.05);
    expect(mean(scores) / MAX_SCORE, `score mean ${mean(scores)}`).toBeLessThan(0.15);
  });

  it('the right answers score at least 95 %, even at the last moment; at once 100 %', () => {
    for (const seed of SEEDS) {
      const round = roundOf(seed, kind);
      expect(score(round, playAll(round, (i) => rightAnswer(round, i), 1)).score, `seed ${seed}`).toBeGreaterThanOrEqual(0.95 * MAX_SCORE);
      expect(score(round, playAll(round, (i) => rightAnswer(round, i), 0)).score).toBe(MAX_SCORE);
    }
  });
});

describe('constant strategies do not pay', () => {
  it('choice: ticking every option of a several-right task nets exactly 0', () => {
    for (const seed of SEEDS) {
      const round = roundOf(seed, 'choice');
      const player = playAll(round, (i) => {
        const n = (round.shown[i] as number[]).length;
        return round.tasks[i]?.kind === 'choice' && round.tasks[i].options.filter((o) => o.right).length > 1 ? { pick: Array.from({ length: n }, (_, p) => p) } : { skip: true };
      });
      expect(netPoints(round, player)).toBeCloseTo(0, 9);
    }
  });

  it('choice: always the first shown option nets about 0', () => {
    const nets = SEEDS.map((seed) => {
      const round = roundOf(seed, 'choice');
      return netPoints(round, playAll(round, (i) => (round.tasks[i]?.kind === 'choice' && round.tasks[i].options.filter((o) => o.right).length === 1 ? { pick: [0] } : { skip: true })));
    });
    expect(Math.abs(mean(nets)) / MAX_SCORE).toBeLessThan(0.05);
  });

  it('order: sending the shown order unchanged nets about 0 (a little below: the shown order is never the right one)', () => {
    const nets = SEEDS.map((seed) => {
      const round = roundOf(seed, 'order');
      return netPoints(round, playAll(round, (i) => ({ order: (round.shown[i] as number[]).map((_, p) => p) })));
    });
    expect(mean(nets) / MAX_SCORE).toBeLessThan(0.01);
    expect(mean(nets) / MAX_SCORE).toBeGreaterThan(-0.1);
  });
});
