import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../core/rng.ts';
import { sensorLabor as game } from './index.ts';
import { countCredit, countParts } from './hysteresis.ts';
import { START_SETTING } from './handles.ts';
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

const scoreOf = (round: SensorRound, answer: unknown) => game.score(round, game.judge(round, game.newPlayer(round), answer, at).player).score;
const share = (s: number[], pass: (x: number) => boolean) => s.filter(pass).length / s.length;

describe('level 3: switch point, reset point and output function', () => {
  // 200 rounds (under 1 ms each to make), half of them with a falling signal.
  const seeds = Array.from({ length: 200 }, (_, i) => i * 7_919 + 5);
  const rounds = seeds.map((seed) => game.createRound(seed, 3));

  it('the former start setting (SP = rP = 50 %, NO, a bare threshold) scores under 20 % in at least 19 of 20 rounds, checked per round (before: 330 in some rounds)', () => {
    expect(share(rounds.map((r) => scoreOf(r, { switchPoint: 50, resetPoint: 50, output: 'no' })), (x) => x < 0.2 * MAX)).toBeGreaterThanOrEqual(0.95);
  });

  it('the phone\'s start setting (SP and rP apart, NO) scores 0 in every round: its hysteresis is wider than any signal spans', () => {
    for (const round of rounds) expect(scoreOf(round, START_SETTING)).toBe(0);
  });

  it('a setting read from the plot (the ideal with its output function, read 1 % off either way) scores at least 900 in 95 % of rounds', () => {
    const rng = createRng(42);
    const s = rounds.map((round) => {
      const { ideal } = round.signal!;
      const sp = ideal.switchPoint + rng.int(-1, 1);
      return scoreOf(round, { switchPoint: sp, resetPoint: Math.min(sp, ideal.resetPoint + rng.int(-1, 1)), output: ideal.output });
    });
    expect(share(s, (x) => x >= 900)).toBeGreaterThanOrEqual(0.95);
  });

  it('the right points with the wrong output function (NO for a falling signal, NC for a rising one) score 0', () => {
    for (const round of rounds) {
      const { ideal } = round.signal!;
      expect(scoreOf(round, { ...ideal, output: ideal.output === 'no' ? 'nc' : 'no' })).toBe(0);
    }
  });

  it('random settings stay under 20 % on average', { timeout: 30_000 }, () => {
    expect(mean(scores(3, (_, rng) => {
      const sp = rng.int(0, 100);
      return [{ switchPoint: sp, resetPoint: rng.int(0, sp), output: rng.pick(['no', 'nc'] as const) }];
    }, seeds))).toBeLessThan(0.2 * MAX);
  });

  // The bound: any one setting kept without reading the plot (SP, rP on a 2 % grid,
  // either output function) scores under 20 % of the maximum in at least 4 of 5 rounds.
  // Measured over these 200 rounds: the best such setting (SP 28, rP 24, NC) reaches 20 % in
  // 17 % of rounds (before: one signal direction, rise 22–34 %: 44 %; a 1 % grid over 200
  // other seeds: 15.5 %). A player who takes the direction from the task (NO for a rising,
  // NC for a falling signal) but keeps one pair per direction reaches 20 % in 25 % of the
  // rising and 34 % of the falling rounds: the bound asked is for one kept setting.
  it('no fixed setting (SP, rP on a 2 % grid, NO or NC) reaches 20 % in more than 1 of 5 rounds', { timeout: 60_000 }, () => {
    // Scored with the judge's own count (countParts, countCredit) to keep 530,000 settings
    // fast; the credit that reaches 20 % of the maximum is taken from the game's score.
    const credits = [0, 1, 2, 3, 4, 5, 6].map((k) => k / 6);
    const reachCredit = credits.find((c) => game.score(rounds[0]!, { results: { 0: { credit: c, mistakes: [], extra: {} } }, lastMs: 3000 }).score >= 0.2 * MAX)!;
    let best = { rate: 0, setting: '' };
    const perDirection = { no: 0, nc: 0 };
    const count = { no: rounds.filter((r) => !r.signal!.falling).length, nc: rounds.filter((r) => r.signal!.falling).length };
    for (const output of ['no', 'nc'] as const) {
      for (let sp = 0; sp <= 100; sp += 2) {
        for (let rp = 0; rp <= sp; rp += 2) {
          const setting = { switchPoint: sp, resetPoint: rp, output };
          const reach = rounds.map(({ signal }) => countCredit(countParts(signal!.samples, signal!.parts, setting), signal!.parts.length) >= reachCredit - 1e-9);
          const rate = reach.filter(Boolean).length / rounds.length;
          if (rate > best.rate) best = { rate, setting: `SP ${sp} rP ${rp} ${output}` };
          const matching = rounds.filter((r, i) => reach[i] && r.signal!.falling === (output === 'nc')).length;
          perDirection[output] = Math.max(perDirection[output], matching / count[output]);
        }
      }
    }
    // The shortcut agrees with the game's own scoring for the best setting.
    const [bsp, brp, bout] = best.setting.replace(/[A-Za-z]+ /g, '').split(' ');
    const viaGame = share(rounds.map((r) => scoreOf(r, { switchPoint: Number(bsp), resetPoint: Number(brp), output: bout })), (x) => x >= 0.2 * MAX);
    expect(viaGame).toBe(best.rate);
    expect(best.rate, best.setting).toBeLessThanOrEqual(0.2);
    expect(perDirection.no, 'one NO pair for the rising rounds').toBeLessThanOrEqual(0.4);
    expect(perDirection.nc, 'one NC pair for the falling rounds').toBeLessThanOrEqual(0.4);
  });
});
