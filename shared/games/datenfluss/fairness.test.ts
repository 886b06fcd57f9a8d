import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.ts';
import { playRight, playRound, randomAnswer } from './play.test-util.ts';
import { createRound, LEVELS, MAX_SCORE, score } from './rules.ts';

// Fairness over many seeds: guessing does not pay, knowing the rule does. "Random" answers
// every item with a random valid answer; "constant" always gives the same kind of answer.

const SEEDS = Array.from({ length: 150 }, (_, i) => 1000 + i * 7919);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe.each(LEVELS)('level %i over many seeds', (level) => {
  it('random answers score below 20 % of the maximum on average (and rarely above 30 %)', () => {
    const scores = SEEDS.map((seed) => {
      const round = createRound(seed, level);
      const rng = createRng(seed ^ 0x5eed);
      return score(round, playRound(round, (show, i) => randomAnswer(level, show, i, rng), 0.1)).score;
    });
    expect(mean(scores) / MAX_SCORE).toBeLessThan(0.2);
    expect(scores.filter((s) => s > 0.3 * MAX_SCORE).length / scores.length).toBeLessThan(0.1);
  });

  it('answers from the rule score above 80 % of the maximum, every seed', () => {
    for (const seed of SEEDS) {
      const round = createRound(seed, level);
      expect(score(round, playRight(round, 0.5)).score, `seed ${seed}`).toBeGreaterThan(0.8 * MAX_SCORE);
    }
  });

  it('no answers score 0', () => {
    for (const seed of SEEDS.slice(0, 20)) expect(score(createRound(seed, level), { answers: {} }).score).toBe(0);
  });
});

describe('constant strategies do not pay', () => {
  it('level 2: always accept or always reject scores 0 (the mix is balanced)', () => {
    for (const seed of SEEDS.slice(0, 30)) {
      const round = createRound(seed, 2);
      for (const accept of [true, false]) expect(score(round, playRound(round, (_s, item) => ({ item, accept }))).score).toBe(0);
    }
  });

  it('level 5: tapping every subscriber or none scores 0', () => {
    for (const seed of SEEDS.slice(0, 30)) {
      const round = createRound(seed, 5);
      for (const receivers of [[], [0, 1, 2, 3, 4, 5]]) expect(score(round, playRound(round, (_s, item) => ({ item, receivers }))).score).toBe(0);
    }
  });

  it('level 3: always naming node 0 scores below 20 %', () => {
    const scores = SEEDS.slice(0, 50).map((seed) => {
      const round = createRound(seed, 3);
      return score(round, playRound(round, (show, item) => {
        const n = String(show.ids).split('|').length;
        return { item, order: show.task === 'winner' ? [0] : Array.from({ length: n }, (_, i) => i) };
      })).score;
    });
    expect(mean(scores) / MAX_SCORE).toBeLessThan(0.2);
  });

  it('level 4: one fixed queue every tick scores below 20 %', () => {
    for (const queue of ['alarm', 'cyclic', 'bulk']) {
      const scores = SEEDS.slice(0, 50).map((seed) => {
        const round = createRound(seed, 4);
        return score(round, playRound(round, (_s, item) => ({ item, queue }))).score;
      });
      expect(mean(scores) / MAX_SCORE, queue).toBeLessThan(0.2);
    }
  });
});
