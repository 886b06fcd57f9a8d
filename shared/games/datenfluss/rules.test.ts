import { describe, expect, it } from 'vitest';
import { at, playRight, shownData } from './play.test-util.ts';
import { createRound, cues, judge, LEVELS, publicRound, score, type DatenflussPlayer } from './rules.ts';
import { rightAnswer } from './solver.ts';
import { CUE_LEAD_MS, TOLERANCE_MS } from './timeline.ts';

// The round machinery shared by all levels: one timeline, one window per item, answers that
// name their item, and the documented refusals.

const empty = (): DatenflussPlayer => ({ answers: {} });

describe('the timeline', () => {
  it.each(LEVELS)('level %i: items in order, windows apart, cues early by CUE_LEAD_MS, 60–90 s of play', (level) => {
    for (const seed of [1, 99, 123456]) {
      const round = createRound(seed, level);
      expect(round.durationMs).toBeGreaterThanOrEqual(60_000);
      expect(round.durationMs).toBeLessThanOrEqual(90_000);
      round.items.forEach((item, i) => {
        expect(item.endMs).toBeGreaterThan(item.atMs);
        if (i > 0) expect(item.atMs).toBeGreaterThanOrEqual(round.items[i - 1]!.endMs);
      });
      const list = cues(round);
      expect(list).toHaveLength(round.items.length);
      list.forEach((c, i) => {
        expect(c).toMatchObject({ atMs: round.items[i]!.atMs, leadMs: CUE_LEAD_MS });
        expect(c.data).toMatchObject({ kind: 'item', item: i });
      });
    }
  });

  it('the same seed gives the same round; an unknown level falls back to level 1', () => {
    expect(createRound(42, 3)).toEqual(createRound(42, 3));
    expect(createRound(42, 3)).not.toEqual(createRound(43, 3));
    expect(createRound(42, 77)).toEqual(createRound(42, 1));
  });

  it.each(LEVELS)('level %i: the public round and the cues never carry the truth', (level) => {
    const round = createRound(2024, level);
    const pub = JSON.stringify(publicRound(round));
    expect(Object.keys(publicRound(round)).sort()).toEqual(['durationMs', 'items', 'level', 'schedule']);
    for (const word of ['truth', 'accept', 'right', 'mask', 'order', 'reference', 'kind', 'Penalty']) expect(pub).not.toContain(word);
    for (const c of cues(round)) {
      for (const key of Object.keys(c.data)) expect(['kind', 'item', 'windowMs', 'task', 'value', 'bits', 'options', 'raw', 'span', 'add', 'ids', 'funcs', 'tick', 'arrivals', 'topic', 'filters']).toContain(key);
    }
  });
});

describe('judge', () => {
  const round = createRound(777, 2);
  const item = round.items[3]!;
  const good = rightAnswer(2, shownData(round), 3);

  it('takes an answer inside its window and acknowledges it with the item and its credit', () => {
    const out = judge(round, empty(), good, at(item.atMs + 1000));
    expect(out.error).toBeUndefined();
    expect(out.ack).toMatchObject({ item: 3, credit: 1, correct: true });
    expect(out.player.answers[3]).toEqual({ a: good.accept ? 1 : 0, rtMs: 1000 });
  });

  it('refuses an answer before its item was shown (TIMING_IMPOSSIBLE) and after its window (ANSWER_LATE), without trace', () => {
    for (const [since, code] of [[item.atMs - TOLERANCE_MS - 50, 'TIMING_IMPOSSIBLE'], [item.endMs + TOLERANCE_MS + 100, 'ANSWER_LATE']] as const) {
      const player = empty();
      const out = judge(round, player, good, at(since));
      expect(out.error).toBe(code);
      expect(out.player).toBe(player);
      expect(out.ack).toEqual({ item: 3 });
    }
    // Within the tolerance either side it still counts (clock-sync error).
    expect(judge(round, empty(), good, at(item.atMs - TOLERANCE_MS + 10)).error).toBeUndefined();
    expect(judge(round, empty(), good, at(item.endMs + TOLERANCE_MS - 10)).error).toBeUndefined();
  });

  it('refuses a repeated or replayed answer to the same item (ALREADY_ANSWERED), even a different one', () => {
    const first = judge(round, empty(), good, at(item.atMs + 500));
    for (const again of [good, { item: 3, accept: !good.accept }]) {
      const out = judge(round, first.player, again, at(item.atMs + 900));
      expect(out.error).toBe('ALREADY_ANSWERED');
      expect(out.player).toBe(first.player);
    }
  });

  it('refuses payloads of the wrong shape or level (MESSAGE_INVALID)', () => {
    const bad = [
      null, 3, [], {}, { item: 3 }, { item: 3, accept: 'yes' }, { item: 3, accept: true, extra: 1 }, { item: -1, accept: true },
      { item: 3.5, accept: true }, { item: round.items.length, accept: true }, { item: 3, value: 1 }, { item: '3', accept: true },
    ];
    for (const p of bad) expect(judge(round, empty(), p, at(item.atMs + 500)).error, JSON.stringify(p)).toBe('MESSAGE_INVALID');
    const l3 = createRound(5, 3);
    const it3 = l3.items[0]!;
    for (const order of [[0, 0], [9], [], [0, 1, 2, 3, 4], ['0']]) {
      expect(judge(l3, empty(), { item: 0, order }, at(it3.atMs + 500)).error, JSON.stringify(order)).toBe('MESSAGE_INVALID');
    }
    const l5 = createRound(5, 5);
    for (const receivers of [[6], [1, 1], [-1], 'all']) {
      expect(judge(l5, empty(), { item: 0, receivers }, at(l5.items[0]!.atMs + 500)).error).toBe('MESSAGE_INVALID');
    }
  });
});

describe('score', () => {
  it('correctness first: right and slow beats wrong and fast; right and fast beats right and slow', () => {
    for (const level of LEVELS) {
      const round = createRound(31337, level);
      const fast = score(round, playRight(round, 0.05)).score;
      const slow = score(round, playRight(round, 0.95)).score;
      expect(fast, `level ${level}`).toBeGreaterThan(slow);
      expect(slow, `level ${level}`).toBeGreaterThanOrEqual(900);
      expect(fast, `level ${level}`).toBeLessThanOrEqual(1000);
      expect(score(round, empty()).score).toBe(0);
    }
  });

  it('reports answered items and the correct share in the detail', () => {
    const round = createRound(8, 5);
    const d = score(round, playRight(round)).detail;
    expect(d).toMatchObject({ level: 5, correctPct: 100, answered: 8, of: 8, exact: 8 });
  });
});
