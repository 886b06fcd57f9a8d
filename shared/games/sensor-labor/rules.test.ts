import { describe, expect, it } from 'vitest';
import { sensorLabor as game } from './index.ts';
import { sensorsWith, type MaterialId } from './materials.ts';
import { judgePart, type SensorPlayer, type SensorRound } from './rules.ts';
import { outcomeOf, SETTING_CHOICES, SETTING_KIND, switchState, TASK_SPECS, TASKS, type Placement } from './sorting.ts';
import { SENSORS } from './materials.ts';

const START = 1_000_000;
const at = (ms: number) => ({ nowMs: START + ms, playStartMs: START, oneWayMs: 20 });

function play(round: SensorRound, answers: unknown[], ms = 5000): SensorPlayer {
  let p = game.newPlayer(round);
  for (const a of answers) {
    const out = game.judge(round, p, a, at(ms));
    expect(out.error, JSON.stringify(a)).toBeUndefined();
    p = out.player;
  }
  return p;
}

const perfectL1 = (round: SensorRound) => round.parts.map((m, part) => ({ part, sensors: sensorsWith(m, 'reliable') }));

describe('level 1: which sensor?', () => {
  it('a part judged: share of reliable sensors picked less share of unreliable ones picked ("no" 1, "limited" ½)', () => {
    expect(judgePart('steel-screw', ['inductive', 'capacitive', 'diffuse', 'through-beam']).credit).toBe(1);
    expect(judgePart('steel-screw', ['inductive', 'capacitive', 'diffuse', 'through-beam']).mistakes).toEqual([]);
    expect(judgePart('steel-screw', ['inductive']).credit).toBe(0.25);
    // steel: 4 reliable, ultrasonic limited (½), magnetic no (1): picking the magnet costs 1/1.5.
    expect(judgePart('steel-screw', ['inductive', 'capacitive', 'diffuse', 'through-beam', 'magnetic']).credit).toBe(0.333);
    expect(judgePart('steel-screw', ['inductive', 'capacitive', 'diffuse', 'through-beam', 'ultrasonic']).credit).toBe(0.667);
    expect(judgePart('steel-screw', [...SENSORS]).credit).toBe(0);
    expect(judgePart('aluminium-housing', ['inductive']).credit).toBe(0);
    expect(judgePart('foam-block', []).credit).toBe(0);
    expect(judgePart('ferrite-magnet', ['magnetic']).mistakes).toEqual(['ferrite-magnet:capacitive', 'ferrite-magnet:through-beam', 'ferrite-magnet:ultrasonic']);
    expect(judgePart('glass-lens', ['capacitive', 'ultrasonic', 'diffuse']).mistakes).toEqual(['glass-lens:diffuse', 'glass-lens:ultrasonic']);
  });

  it('round: 6 different parts, 90 s, public view without verdicts; done after 6 answers', () => {
    const round = game.createRound(7, 1);
    expect(new Set(round.parts).size).toBe(6);
    expect(game.playDurationMs(round)).toBe(90_000);
    const pub = game.publicRound(round);
    expect(pub).toEqual({ level: 1, durationMs: 90_000, parts: round.parts });
    const answers = perfectL1(round);
    const p = play(round, answers.slice(0, 5));
    expect(game.isDone(round, p)).toBe(false);
    const done = play(round, answers);
    expect(game.isDone(round, done)).toBe(true);
    expect(game.answered(round, done)).toBe(6);
  });

  it('correct first, speed second: perfect and fast > perfect and slow > half right and fast', () => {
    const round = game.createRound(11, 1);
    const fast = game.score(round, play(round, perfectL1(round), 9_000));
    const slow = game.score(round, play(round, perfectL1(round), 85_000));
    const half = game.score(round, play(round, perfectL1(round).slice(0, 3), 1_000));
    expect(fast.score).toBe(900 + 90);
    expect(slow.score).toBeGreaterThan(900);
    expect(slow.score).toBeLessThan(fast.score);
    expect(half.score).toBeLessThan(slow.score);
    expect(fast.detail).toMatchObject({ correctPct: 100, mistakes: [], mistakeCount: 0 });
    const wrong = game.score(round, play(round, round.parts.map((_, part) => ({ part, sensors: ['magnetic'] }))));
    expect(wrong.score).toBeLessThan(200);
    expect(wrong.detail.level === 1 && wrong.detail.mistakes.length).toBeGreaterThan(3);
  });

  it('refuses duplicates, unknown sensors, extra fields and a second answer for a part', () => {
    const round = game.createRound(3, 1);
    const p0 = game.newPlayer(round);
    for (const bad of [
      { part: 0, sensors: ['inductive', 'inductive'] }, { part: 0, sensors: ['laser'] }, { part: 6, sensors: [] },
      { part: 0, sensors: [], extra: 1 }, { part: 0.5, sensors: [] }, { part: 0, sensors: 'inductive' },
      { threshold: 50, hysteresis: 10 },
    ]) expect(game.judge(round, p0, bad, at(100)).error, JSON.stringify(bad)).toBe('MESSAGE_INVALID');
    const p1 = game.judge(round, p0, { part: 0, sensors: [] }, at(100)).player;
    const again = game.judge(round, p1, { part: 0, sensors: ['capacitive'] }, at(200));
    expect(again.error).toBe('ALREADY_ANSWERED');
    expect(again.player).toBe(p1);
    expect(game.judge(round, p0, { part: 1, sensors: [] }, at(200_000)).error).toBe('ANSWER_LATE');
  });

  it('the ack tells the answering player the verdicts of that part', () => {
    const round = game.createRound(3, 1);
    const out = game.judge(round, game.newPlayer(round), { part: 0, sensors: ['capacitive'] }, at(100));
    expect(out.ack).toMatchObject({ part: 0 });
    const verdicts: Record<string, string> = 'verdicts' in out.ack ? out.ack.verdicts : {};
    expect(Object.keys(verdicts)).toHaveLength(6);
    expect(Object.values(verdicts).every((v) => ['reliable', 'limited', 'no'].includes(v))).toBe(true);
  });
});

const all = (): Placement[] => SENSORS.flatMap((sensor) => SETTING_CHOICES[SETTING_KIND[sensor]].map((setting) => ({ sensor, setting })));

describe('level 2: sorting', () => {
  it('exactly the documented single sensor settings solve each task: no sensor solves a task it should not', () => {
    for (const task of TASKS) {
      const spec = TASK_SPECS[task];
      const solves = (p: Placement) => [...spec.targets.map((m) => outcomeOf(task, m, [p]) === 'hit'), ...spec.others.map((m) => outcomeOf(task, m, [p]) === 'pass')].every(Boolean);
      expect(all().filter(solves), task).toEqual(spec.solvedBy);
    }
  });

  it('each limited cell needs its own condition: distance near, sensitivity fine; angle and moisture never sure', () => {
    expect(switchState('aluminium-housing', { sensor: 'inductive', setting: 'near' })).toBe('on');
    expect(switchState('aluminium-housing', { sensor: 'inductive', setting: 'far' })).toBe('off');
    // A through-beam sees clear glass and water only with a fine threshold, not by mounting.
    expect(switchState('glass-lens', { sensor: 'through-beam', setting: 'standard' })).toBe('off');
    expect(switchState('water-vial', { sensor: 'through-beam', setting: 'fine' })).toBe('on');
    expect(switchState('steel-screw', { sensor: 'ultrasonic', setting: 'far' })).toBe('off');
    expect(switchState('wood-block', { sensor: 'capacitive', setting: 'fine' })).toBe('unsure');
    expect(switchState('mirror-optic', { sensor: 'ultrasonic', setting: 'near' })).toBe('unsure');
    // An unsure switching counts against the player either way.
    expect(outcomeOf('count-all', 'wood-block', [{ sensor: 'capacitive', setting: 'fine' }])).toBe('miss');
    expect(outcomeOf('reject-metal', 'wood-block', [{ sensor: 'capacitive', setting: 'fine' }])).toBe('false');
  });

  it('count-all: a through-beam with a fine threshold sees the clear parts but counts the foam packing too', () => {
    const p: Placement[] = [{ sensor: 'through-beam', setting: 'fine' }];
    expect(outcomeOf('count-all', 'glass-lens', p)).toBe('hit');
    expect(outcomeOf('count-all', 'foam-block', p)).toBe('false');
  });

  it('batches of 8 hold every target kind of metal and foam in a count; scores follow hits less false triggers', () => {
    for (let seed = 1; seed < 40; seed++) {
      const round = game.createRound(seed, 2);
      expect(round.parts).toHaveLength(8);
      if (round.task === 'reject-metal') expect(new Set(round.parts.filter((m) => TASK_SPECS['reject-metal'].targets.includes(m))).size).toBe(3);
      if (round.task === 'count-all') expect(round.parts.filter((m) => m === 'foam-block')).toHaveLength(2);
      const good = game.score(round, play(round, [{ placements: [TASK_SPECS[round.task!].solvedBy[0]] }]));
      expect(good.detail).toMatchObject({ misses: 0, falseTriggers: 0, correctPct: 100 });
      const none = game.score(round, play(round, [{ placements: [] }]));
      expect(none.score).toBe(0);
    }
  });

  it('refuses bad setups: a setting of the wrong kind, duplicates, extra fields, three sensors', () => {
    const round = game.createRound(2, 2);
    const p = game.newPlayer(round);
    for (const bad of [
      { placements: [{ sensor: 'inductive', setting: 'near' }, { sensor: 'inductive', setting: 'near' }] },
      { placements: [{ sensor: 'inductive', setting: 'fine' }] }, { placements: [{ sensor: 'through-beam', setting: 'near' }] },
      { placements: [{ sensor: 'inductive' }] }, { placements: [{ sensor: 'x', setting: 'near' }] }, { placements: [{ sensor: 'inductive', mount: 'near' }] },
      { placements: [1, 2, 3] }, { placements: [{ sensor: 'inductive', setting: 'near', x: 1 }] }, {},
    ]) expect(game.judge(round, p, bad, at(10)).error, JSON.stringify(bad)).toBe('MESSAGE_INVALID');
  });
});

describe('level 3: switch point, reset point and output function', () => {
  it('public view shows the samples and whether a part lowers the signal, but neither part windows nor ideal', () => {
    const round = game.createRound(9, 3);
    const pub = game.publicRound(round);
    expect(pub.level === 3 && pub.samples).toEqual(round.signal?.samples);
    expect(pub.level === 3 && pub.falling).toBe(round.signal?.falling);
    expect(JSON.stringify(pub)).not.toMatch(/ideal|parts|start|leaves|output/);
  });

  it('an answer without an output function counts as NO (a client from before NC existed)', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const round = game.createRound(seed, 3);
      const { switchPoint, resetPoint, output } = round.signal!.ideal;
      const plain = game.score(round, play(round, [{ switchPoint, resetPoint }]));
      expect(plain.detail).toMatchObject({ output: 'no', idealOutput: output });
      expect(plain.score > 0, `seed ${seed}`).toBe(output === 'no');
    }
  });

  it('the ideal setting scores full marks; SP = rP loses points; the detail holds the ideal', () => {
    let better = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const round = game.createRound(seed, 3);
      const ideal = round.signal!.ideal;
      const good = game.score(round, play(round, [ideal]));
      const on = ideal.output === 'nc' ? ideal.resetPoint : ideal.switchPoint; // the point that switches on
      const bare = game.score(round, play(round, [{ switchPoint: on, resetPoint: on, output: ideal.output }]));
      expect(good.detail).toMatchObject({ missed: 0, chatter: 0, correctPct: 100, idealSwitchPoint: ideal.switchPoint, idealResetPoint: ideal.resetPoint, idealOutput: ideal.output, output: ideal.output });
      if (good.score > bare.score) better++;
    }
    expect(better).toBeGreaterThan(25);
  });

  it('refuses out-of-range settings, a reset point above the switch point and unknown output functions', () => {
    const round = game.createRound(9, 3);
    const p = game.newPlayer(round);
    for (const bad of [
      { switchPoint: -1, resetPoint: 0 }, { switchPoint: 101, resetPoint: 0 }, { switchPoint: 40, resetPoint: 41 },
      { switchPoint: '50', resetPoint: 1 }, { switchPoint: 50 }, { switchPoint: Number.NaN, resetPoint: 1 }, { threshold: 50, hysteresis: 10 },
      { switchPoint: 50, resetPoint: 40, output: 'NC' }, { switchPoint: 50, resetPoint: 40, output: null }, { switchPoint: 50, resetPoint: 40, output: 'no', x: 1 },
    ]) expect(game.judge(round, p, bad, at(10)).error, JSON.stringify(bad)).toBe('MESSAGE_INVALID');
  });
});

it('every material appears in some level-1 round', () => {
  const seen = new Set<MaterialId>();
  for (let seed = 1; seed < 50; seed++) for (const m of game.createRound(seed, 1).parts) seen.add(m);
  expect(seen.size).toBe(12);
});
