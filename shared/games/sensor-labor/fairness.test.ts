import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../core/rng.ts';
import { sensorLabor as game } from './index.ts';
import { SENSORS, sensorsWith } from './materials.ts';
import type { SensorRound } from './rules.ts';
import { SETTING_CHOICES, SETTING_KIND, TASK_SPECS, type Placement } from './sorting.ts';

// A game must pay only for playing (issue 10): over many seeds, doing nothing and the
// neutral start settings score below 20 % of the maximum, a correct answer above 80 %,
// and guessing stays low. Answers arrive 3 s into play (the speed bonus nearly full), so
// the figures are the best a strategy can get. Before this test: level 3 with the start
// setting scored 821 of 1000 on average, level 2 with the start selects 464, ticking every
// sensor in level 1 550 (measured with the same strategies on the old rules).

const SEEDS = Array.from({ length: 150 }, (_, i) => i * 104_729 + 1);
const MAX = game.maxScore;
const at = { nowMs: 1_003_000, playStartMs: 1_000_000, oneWayMs: 20 };

type Strategy = (round: SensorRound, rng: Rng) => unknown[];

function scores(level: number, strategy: Strategy, seeds = SEEDS): number[] {
  return seeds.map((seed) => {
    const round = game.createRound(seed, level);
    let p = game.newPlayer(round);
    for (const a of strategy(round, createRng(seed ^ 0x5eed))) {
      const out = game.judge(round, p, a, at);
      expect(out.error, JSON.stringify(a)).toBeUndefined();
      p = out.player;
    }
    return game.score(round, p).score;
  });
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const randomPlacement = (rng: Rng): Placement => {
  const sensor = rng.pick(SENSORS);
  return { sensor, setting: rng.pick(SETTING_CHOICES[SETTING_KIND[sensor]]) };
};

const each = (pick: (m: SensorRound['parts'][number], rng: Rng) => readonly string[]): Strategy =>
  (round, rng) => round.parts.map((m, part) => ({ part, sensors: pick(m, rng) }));

describe('level 1: which sensor?', () => {
  it('nothing picked and every sensor ticked both score 0; guessing stays under 20 %', () => {
    expect(Math.max(...scores(1, each(() => [])))).toBe(0);
    expect(Math.max(...scores(1, each(() => SENSORS)))).toBe(0);
    expect(mean(scores(1, each((_, rng) => SENSORS.filter(() => rng.next() < 0.5))))).toBeLessThan(0.2 * MAX);
  });

  it('the reliable sensors score above 80 % on every seed', () => {
    expect(Math.min(...scores(1, each((m) => sensorsWith(m, 'reliable'))))).toBeGreaterThan(0.8 * MAX);
  });
});

describe('level 2: sorting', () => {
  it('no sensor and the start settings (first sensor type, neutral setting) score under 20 %', () => {
    expect(Math.max(...scores(2, () => [{ placements: [] }]))).toBe(0);
    const start = { sensor: SENSORS[0], setting: SETTING_CHOICES[SETTING_KIND[SENSORS[0]]][0] };
    expect(mean(scores(2, () => [{ placements: [start] }]))).toBeLessThan(0.2 * MAX);
  });

  it('one or two sensors picked at random stay under 30 % on average', () => {
    expect(mean(scores(2, (_, rng) => [{ placements: [randomPlacement(rng)] }]))).toBeLessThan(0.3 * MAX);
    expect(mean(scores(2, (_, rng) => {
      const a = randomPlacement(rng), b = randomPlacement(rng);
      return [{ placements: a.sensor === b.sensor && a.setting === b.setting ? [a] : [a, b] }];
    }))).toBeLessThan(0.3 * MAX);
  });

  it('the task\'s solution scores above 80 % on every seed', () => {
    expect(Math.min(...scores(2, (round) => [{ placements: [TASK_SPECS[round.task!].solvedBy[0]] }]))).toBeGreaterThan(0.8 * MAX);
  });
});

const fixed = (sp: number, rp: number): Strategy => () => [{ switchPoint: sp, resetPoint: rp }];
const share = (s: number[], pass: (x: number) => boolean) => s.filter(pass).length / s.length;

describe('level 3: switch point and reset point', () => {
  const seeds = SEEDS.slice(0, 100); // a level-3 round costs ~20 ms to make

  it('the start setting (SP = rP = 50 %) scores under 20 % in at least 4 of 5 rounds, checked per round (before: 330 in some rounds)', { timeout: 30_000 }, () => {
    expect(share(scores(3, fixed(50, 50), seeds), (x) => x < 0.2 * MAX)).toBeGreaterThanOrEqual(0.95);
  });

  it('a setting read from the plot (the ideal, read 1 % off either way) scores at least 900 in 95 % of rounds', { timeout: 30_000 }, () => {
    const s = scores(3, (round, rng) => {
      const sp = round.signal!.ideal.switchPoint + rng.int(-1, 1);
      return [{ switchPoint: sp, resetPoint: Math.min(sp, round.signal!.ideal.resetPoint + rng.int(-1, 1)) }];
    }, seeds);
    expect(share(s, (x) => x >= 900)).toBeGreaterThanOrEqual(0.95);
  });

  it('random settings stay under 20 % on average', { timeout: 30_000 }, () => {
    expect(mean(scores(3, (_, rng) => {
      const sp = rng.int(0, 100);
      return [{ switchPoint: sp, resetPoint: rng.int(0, sp) }];
    }, seeds))).toBeLessThan(0.2 * MAX);
  });

  // The issue asks that every fixed setting score under 20 % in 4 of 5 rounds. With one
  // signal on a fixed 0–100 % scale that is out of reach for readable signals: a pair fits
  // every round whose signal straddles it, about 0.8 · rise of baseline. Measured over 200
  // rounds: the best fixed pair reaches 20 % in 44 % of rounds (73 % before this change).
  it('no fixed setting (SP, rP on a 5 % grid) reaches 20 % in more than half of the rounds', { timeout: 60_000 }, () => {
    const rounds = seeds.map((seed) => game.createRound(seed, 3));
    for (let sp = 0; sp <= 100; sp += 5) {
      for (let rp = 0; rp <= sp; rp += 5) {
        const s = rounds.map((round) => game.score(round, game.judge(round, game.newPlayer(round), { switchPoint: sp, resetPoint: rp }, at).player).score);
        expect(share(s, (x) => x >= 0.2 * MAX), `SP ${sp} rP ${rp}`).toBeLessThanOrEqual(0.5);
      }
    }
  });
});
