import { describe, expect, it } from 'vitest';
import { sensorLabor as game } from './index.ts';
import { sensorsWith, type MaterialId } from './materials.ts';
import { judgePart, type SensorPlayer, type SensorRound } from './rules.ts';
import { outcomeOf, switches, TASK_SPECS } from './sorting.ts';

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
  it('a part judged: reliable 1, limited ½, wrong −1, over the number of reliable sensors', () => {
    expect(judgePart('steel-screw', ['inductive', 'capacitive', 'diffuse', 'through-beam']).credit).toBe(1);
    expect(judgePart('steel-screw', ['inductive', 'capacitive', 'diffuse', 'through-beam']).mistakes).toEqual([]);
    expect(judgePart('steel-screw', ['inductive']).credit).toBe(0.25);
    expect(judgePart('steel-screw', ['inductive', 'magnetic']).credit).toBe(0);
    expect(judgePart('aluminium-housing', ['inductive']).credit).toBe(0.125);
    expect(judgePart('foam-block', []).credit).toBe(0);
    expect(judgePart('ferrite-magnet', ['magnetic']).mistakes).toEqual(['ferrite-magnet:capacitive', 'ferrite-magnet:through-beam', 'ferrite-magnet:ultrasonic']);
    expect(judgePart('glass-lens', ['capacitive', 'ultrasonic', 'diffuse']).mistakes).toEqual(['glass-lens:diffuse']);
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
    expect(fast.detail).toMatchObject({ correctPct: 100, mistakes: '', mistakeCount: 0 });
    const wrong = game.score(round, play(round, round.parts.map((_, part) => ({ part, sensors: ['magnetic'] }))));
    expect(wrong.score).toBeLessThan(200);
    expect(String(wrong.detail.mistakes).split(',').length).toBeGreaterThan(3);
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
    expect(out.ack.part).toBe(0);
    expect(String(out.ack.verdicts).split(',')).toHaveLength(6);
  });
});

describe('level 2: sorting', () => {
  it('each task has a perfect setup', () => {
    const solutions = {
      'reject-metal': [{ sensor: 'inductive', mount: 'near' }],
      'reject-magnet': [{ sensor: 'magnetic', mount: 'far' }],
      'count-all': [{ sensor: 'capacitive', mount: 'near' }],
    } as const;
    for (const [task, placements] of Object.entries(solutions)) {
      const spec = TASK_SPECS[task as keyof typeof TASK_SPECS];
      for (const m of spec.targets) expect(outcomeOf(task as never, m, placements), `${task} ${m}`).toBe('hit');
      for (const m of spec.others) expect(outcomeOf(task as never, m, placements), `${task} ${m}`).toBe('pass');
    }
  });

  it('mounting decides limited cells; an ultrasonic sensor mounted near has the part in its blind zone', () => {
    expect(switches('aluminium-housing', { sensor: 'inductive', mount: 'near' })).toBe(true);
    expect(switches('aluminium-housing', { sensor: 'inductive', mount: 'far' })).toBe(false);
    expect(switches('glass-lens', { sensor: 'ultrasonic', mount: 'far' })).toBe(true);
    expect(switches('glass-lens', { sensor: 'ultrasonic', mount: 'near' })).toBe(false);
  });

  it('scores hits, misses and false triggers of the batch', () => {
    for (let seed = 1; seed < 40; seed++) {
      const round = game.createRound(seed, 2);
      expect(round.parts).toHaveLength(8);
      const wrong = game.score(round, play(round, [{ placements: [{ sensor: 'through-beam', mount: 'far' }] }]));
      const right = round.task === 'reject-metal' ? 'inductive' : round.task === 'reject-magnet' ? 'magnetic' : 'capacitive';
      const good = game.score(round, play(round, [{ placements: [{ sensor: right, mount: 'near' }] }]));
      expect(good.detail).toMatchObject({ misses: 0, falseTriggers: 0, correctPct: 100 });
      if (round.task !== 'count-all') expect(wrong.score, round.task ?? '').toBeLessThan(good.score);
    }
  });

  it('refuses bad setups', () => {
    const round = game.createRound(2, 2);
    const p = game.newPlayer(round);
    for (const bad of [
      { placements: [] }, { placements: [{ sensor: 'inductive', mount: 'near' }, { sensor: 'inductive', mount: 'near' }] },
      { placements: [{ sensor: 'inductive' }] }, { placements: [{ sensor: 'x', mount: 'near' }] },
      { placements: [1, 2, 3] }, { placements: [{ sensor: 'inductive', mount: 'near', x: 1 }] },
    ]) expect(game.judge(round, p, bad, at(10)).error, JSON.stringify(bad)).toBe('MESSAGE_INVALID');
  });
});

describe('level 3: threshold & hysteresis', () => {
  it('public view shows the samples but neither part count nor ideal', () => {
    const round = game.createRound(9, 3);
    const pub = game.publicRound(round);
    expect(pub.samples).toEqual(round.signal?.samples);
    expect(JSON.stringify(pub)).not.toMatch(/ideal|parts|start/);
  });

  it('the ideal setting scores full marks; no hysteresis loses points; the detail holds the ideal', () => {
    let better = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const round = game.createRound(seed, 3);
      const ideal = round.signal!.ideal;
      const good = game.score(round, play(round, [{ threshold: ideal.threshold, hysteresis: ideal.hysteresis }]));
      const bare = game.score(round, play(round, [{ threshold: ideal.threshold, hysteresis: 0 }]));
      expect(good.detail).toMatchObject({ missed: 0, chatter: 0, correctPct: 100, idealThreshold: ideal.threshold });
      if (good.score > bare.score) better++;
    }
    expect(better).toBeGreaterThan(20);
  });

  it('refuses out-of-range settings', () => {
    const round = game.createRound(9, 3);
    const p = game.newPlayer(round);
    for (const bad of [{ threshold: -1, hysteresis: 0 }, { threshold: 50, hysteresis: 61 }, { threshold: '50', hysteresis: 1 }, { threshold: 50 }, { threshold: Number.NaN, hysteresis: 1 }]) {
      expect(game.judge(round, p, bad, at(10)).error, JSON.stringify(bad)).toBe('MESSAGE_INVALID');
    }
  });
});

it('every material appears in some level-1 round', () => {
  const seen = new Set<MaterialId>();
  for (let seed = 1; seed < 50; seed++) for (const m of game.createRound(seed, 1).parts) seen.add(m);
  expect(seen.size).toBe(12);
});
