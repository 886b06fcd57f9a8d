import { describe, expect, it } from 'vitest';
import { datenflussFigures } from './datenfluss/figures.ts';
import { playRound, randomAnswer } from './datenfluss/play.test-util.ts';
import { createRng } from '../core/rng.ts';
import { createRound as datenflussRound } from './datenfluss/rules.ts';
import { rightAnswer as datenflussRight } from './datenfluss/solver.ts';
import type { BitsTruth } from './datenfluss/bits.ts';
import { GAMES } from './index.ts';
import type { RoundFigures } from './types.ts';
import { reaktionFigures } from './reaktion/figures.ts';
import { createRound as reaktionRound, type ReaktionPlayer } from './reaktion/rules.ts';
import { sensorFigureLabel, sensorFigures } from './sensor-labor/figures.ts';
import { sensorsWith } from './sensor-labor/materials.ts';
import { createRound as sensorRound, judge as sensorJudge, type SensorPlayer } from './sensor-labor/rules.ts';
import { werkstattFigureLabel, werkstattFigures } from './werkstatt/figures.ts';
import { playAll, rightAnswer as werkstattRight } from './werkstatt/play.test-util.ts';
import { createRoundFrom } from './werkstatt/rules.ts';
import { SAMPLE_SET } from './werkstatt/sample.ts';

// Each game's figures for the trainer's reports (issue 21), from players with known answers:
// the expected figures are worked out here from what the player did, not read from the code.

/** Every part and mistake key of these figures is named in German and English. */
function expectLabelled(gameId: string, f: RoundFigures): void {
  const game = GAMES.find((g) => g.id === gameId)!;
  for (const { key } of [...(f.parts ?? []), ...(f.mistakes ?? [])]) {
    for (const lang of ['de', 'en'] as const) expect(game.figures!.label(key, lang), `${gameId} ${key} ${lang}`).not.toBe('');
  }
}

describe('figures hook', () => {
  it('every shipped game has one, and names its keys in both languages', () => {
    for (const g of GAMES) expect(g.figures, g.id).toBeDefined();
    expect(sensorFigureLabel('aluminium-housing:inductive', 'de')).toBe('Aluminiumgehäuse – Induktiv: gewählt, aber nur eingeschränkt');
    expect(sensorFigureLabel('miss:steel-screw', 'en')).toBe('steel screw: not detected');
    expect(werkstattFigureLabel('wrong:number', 'de')).toBe('Zahlenaufgabe falsch');
    expect(werkstattFigureLabel('nonsense', 'de')).toBe('');
  });
});

describe('figure keys of every level are named', () => {
  it('Datenfluss levels 1–5 with random answers, Sensor-Labor levels 2 and 3 left at their defaults', () => {
    for (const level of [1, 2, 3, 4, 5]) {
      for (const seed of [1, 2, 3]) {
        const round = datenflussRound(seed, level);
        const rng = createRng(seed);
        const f = datenflussFigures(round, playRound(round, (show, i) => randomAnswer(level, show, i, rng)));
        expect(f.parts?.length, `level ${level}`).toBeGreaterThan(0);
        expectLabelled('datenfluss', f);
      }
    }
    for (const [level, payload] of [[2, { placements: [] }], [3, { switchPoint: 50, resetPoint: 50 }]] as const) {
      const round = sensorRound(7, level);
      const out = sensorJudge(round, { results: {}, lastMs: null }, payload, { nowMs: 1000, playStartMs: 0, oneWayMs: 0 });
      const f = sensorFigures(round, out.player);
      expect(f.mistakes?.length, `level ${level}`).toBeGreaterThan(0);
      expectLabelled('sensor-labor', f);
    }
  });

  it('Sensor-Labor level 3 with the output function swapped: one mix-up "output function swapped", not six misses and seven strays', () => {
    for (const seed of [1, 2, 3, 4]) {
      const round = sensorRound(seed, 3);
      const { ideal } = round.signal!;
      const out = sensorJudge(round, { results: {}, lastMs: null }, { ...ideal, output: ideal.output === 'no' ? 'nc' : 'no' }, { nowMs: 1000, playStartMs: 0, oneWayMs: 0 });
      const f = sensorFigures(round, out.player);
      expect(f.mistakes).toEqual([{ key: 'output', count: 1 }]);
      expectLabelled('sensor-labor', f);
    }
  });
});

describe('Reaktion figures', () => {
  it('median and best of the hits, false starts and misses', () => {
    const round = reaktionRound(2718, 1);
    const normal = round.trials.flatMap((t, i) => (t.catch ? [] : [i]));
    const [a, b, c, d] = normal as [number, number, number, number];
    const player: ReaktionPlayer = { results: { [a]: { outcome: 'hit', rtMs: 310 }, [b]: { outcome: 'hit', rtMs: 250.4 }, [c]: { outcome: 'hit', rtMs: 400 }, [d]: { outcome: 'false-start', rtMs: null } } };
    const f = reaktionFigures(round, player);
    expect(f).toMatchObject({ medianMs: 310, bestMs: 250, falseStarts: 1, misses: normal.length - 4 });
    expect(f.mistakes).toEqual([{ key: 'false-start', count: 1 }, { key: 'miss', count: normal.length - 4 }]);
    expectLabelled('reaktion', f);
    expect(reaktionFigures(round, { results: {} })).toMatchObject({ medianMs: null, bestMs: null, falseStarts: 0, misses: normal.length });
  });
});

describe('Sensor-Labor figures', () => {
  it('level 1: % right and each mix-up of material and sensor', () => {
    const round = sensorRound(11, 1);
    let player: SensorPlayer = { results: {}, lastMs: null };
    round.parts.forEach((material, part) => {
      // Part 0: the reliable sensors plus one that cannot work; every other part right.
      const wrong = part === 0 ? sensorsWith(material, 'no').slice(0, 1) : [];
      const out = sensorJudge(round, player, { part, sensors: [...sensorsWith(material, 'reliable'), ...wrong] }, { nowMs: 1000, playStartMs: 0, oneWayMs: 0 });
      player = out.player;
    });
    const first = round.parts[0] as string;
    const f = sensorFigures(round, player);
    expect(f.mistakes).toEqual([{ key: `${first}:${sensorsWith(round.parts[0]!, 'no')[0]}`, count: 1 }]);
    expect(f.correctPct).toBeLessThan(100);
    expect(f.correctPct).toBeGreaterThan(80);
    expectLabelled('sensor-labor', f);
  });
});

describe('Datenfluss figures', () => {
  it('level 1: % right per kind of item; hex answered wrong shows as hex 0/2', () => {
    const round = datenflussRound(5, 1);
    const player = playRound(round, (_show, i, shown) => {
      const right = datenflussRight(1, shown, i);
      const truth = round.items[i]!.truth as BitsTruth;
      return truth.task === 'hex' ? { item: i, value: (truth.right + 1) % truth.k } : right;
    });
    const f = datenflussFigures(round, player);
    const kinds = round.items.map((item) => (item.truth as BitsTruth).task);
    const of = (k: string) => kinds.filter((x) => x === k).length;
    expect(f.parts).toContainEqual({ key: 'hex', right: 0, of: of('hex') });
    expect(f.parts).toContainEqual({ key: 'set', right: of('set'), of: of('set') });
    expect(f.mistakes).toEqual([{ key: 'hex', count: of('hex') }]);
    expectLabelled('datenfluss', f);
    expect(f.correctPct).toBeLessThan(100);
  });
});

describe('Werkstatt figures', () => {
  it('each task\'s result under its prompt; a skipped task counts as open', () => {
    const round = createRoundFrom(3, 1, SAMPLE_SET);
    const player = playAll(round, (i) => (i === 2 ? { skip: true } : werkstattRight(round, i)), 0.1);
    const f = werkstattFigures(round, player);
    expect(f.parts?.map((p) => [p.key, p.right])).toEqual([['t1', 1], ['t2', 1], ['t3', 0], ['t4', 1]]);
    expect(f.parts?.[2]?.label).toBe(SAMPLE_SET.tasks[2]!.prompt);
    expect(f.mistakes).toEqual([{ key: 'open:number', count: 1 }]);
    expect(f.correctPct).toBe(75);
    expectLabelled('werkstatt', f);
  });
});
