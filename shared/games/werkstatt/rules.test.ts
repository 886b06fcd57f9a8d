import { describe, expect, it } from 'vitest';
import { parseDecimal, showDecimal } from './decimal.ts';
import { createRoundFrom, judge, publicRound, score, LATE_GRACE_MS } from './rules.ts';
import { SAMPLE_SET } from './sample.ts';
import { checkTaskSet } from './validate.ts';
import { PROBLEM_TEXTS } from './texts.ts';
import type { TaskSetContent } from './model.ts';

const ctx = (nowMs: number) => ({ nowMs, playStartMs: 1000, oneWayMs: 0 });

describe('typed numbers', () => {
  it('reads a decimal comma and a decimal point alike', () => {
    expect(parseDecimal('0,05')).toBe(0.05);
    expect(parseDecimal('0.05')).toBe(0.05);
    expect(parseDecimal(' -1,5 ')).toBe(-1.5);
    expect(parseDecimal('\u22122')).toBe(-2);
    expect(parseDecimal(',5')).toBe(0.5);
    expect(parseDecimal(12)).toBe(12);
  });
  it('refuses thousands separators, exponents, words and junk', () => {
    for (const bad of ['1.000,5', '1,000.5', '1e3', 'abc', '', ' ', '0x10', 'Infinity', NaN, null, {}, '1'.repeat(50)]) expect(parseDecimal(bad), String(bad)).toBeNull();
  });
  it('shows numbers in the language', () => {
    expect(showDecimal(20.05, 'de')).toBe('20,05');
    expect(showDecimal(0.1 + 0.2, 'en')).toBe('0.3');
  });
});

describe('the public round', () => {
  it('never carries which option is right, the value, the tolerance or the right order', () => {
    for (let seed = 1; seed < 50; seed++) {
      const text = JSON.stringify(publicRound(createRoundFrom(seed, 1, SAMPLE_SET)));
      expect(text).not.toMatch(/right|"value"|tolerance|explain|20[.,]05/);
      const steps = publicRound(createRoundFrom(seed, 1, SAMPLE_SET)).tasks[1]?.steps;
      expect(steps).not.toEqual((SAMPLE_SET.tasks[1] as { steps: string[] }).steps);
    }
  });
});

describe('judge', () => {
  const round = createRoundFrom(5, 1, SAMPLE_SET);
  it('takes tasks strictly in turn and refuses repeats and jumps without a trace', () => {
    const first = judge(round, { answers: [] }, { task: 0, pick: [0] }, ctx(2000));
    expect(first.error).toBeUndefined();
    expect(judge(round, first.player, { task: 0, pick: [1] }, ctx(3000)).error).toBe('ALREADY_ANSWERED');
    expect(judge(round, first.player, { task: 2, value: '20,05' }, ctx(3000)).error).toBe('MESSAGE_INVALID');
    expect(judge(round, first.player, { task: 1, value: '20,05' }, ctx(3000)).error).toBe('MESSAGE_INVALID'); // an order task
    expect(judge(round, first.player, { task: 1, order: [0, 0, 1, 2, 3] }, ctx(3000)).error).toBe('MESSAGE_INVALID');
    expect(judge(round, { answers: [] }, { task: 0, pick: [0, 1] }, ctx(2000)).error).toBe('MESSAGE_INVALID'); // one right answer: one pick
    expect(judge(round, { answers: [] }, { task: 0, pick: [0], extra: 1 }, ctx(2000)).error).toBe('MESSAGE_INVALID');
  });
  // Newcomer: the phone flashed no ✓/✗ after a Werkstatt answer (the ack said nothing).
  it('tells the answering seat whether its answer was right: taken answers only, skips none', () => {
    const right = round.shown[0]!.findIndex((k) => (SAMPLE_SET.tasks[0] as { options: { right: boolean }[] }).options[k]?.right);
    const wrong = round.shown[0]!.findIndex((k) => !(SAMPLE_SET.tasks[0] as { options: { right: boolean }[] }).options[k]?.right);
    expect(judge(round, { answers: [] }, { task: 0, pick: [right] }, ctx(2000)).ack).toEqual({ task: 0, right: true });
    expect(judge(round, { answers: [] }, { task: 0, pick: [wrong] }, ctx(2000)).ack).toEqual({ task: 0, right: false });
    expect(judge(round, { answers: [] }, { task: 0, skip: true }, ctx(2000)).ack).toEqual({ task: 0 });
    expect(judge(round, { answers: [] }, { task: 0, pick: [0, 1] }, ctx(2000)).ack).toEqual({ task: 0 });
    expect(judge(round, { answers: [] }, { task: 0, pick: [right] }, ctx(1000 + 20_000 + LATE_GRACE_MS + 1)).ack).toEqual({ task: 0, right: false });
  });
  it('closes a task answered after its limit with credit 0 (ANSWER_LATE) so the player moves on', () => {
    const late = judge(round, { answers: [] }, { task: 0, pick: [0] }, ctx(1000 + 20_000 + LATE_GRACE_MS + 1));
    expect(late.error).toBe('ANSWER_LATE');
    expect(late.player.answers).toHaveLength(1);
    expect(late.player.answers[0]?.credit).toBe(0);
  });
  it('puts answers, solutions and explanations in the detail only after the round', () => {
    const s = score(round, { answers: [] });
    expect(s.score).toBe(0);
    expect(s.detail.tasks[2]).toEqual({ c: 0, a: null, s: [20.05, 0], x: expect.stringContaining('20,05') });
  });
});

describe('the check before saving', () => {
  it('passes the example set', () => {
    expect(checkTaskSet(SAMPLE_SET)).toEqual({ ok: true, value: SAMPLE_SET });
  });
  it('lists every problem with its task, and has a text for each in both languages', () => {
    const bad = {
      title: '',
      tasks: [
        { kind: 'choice', prompt: 'x', options: [{ text: 'a', right: false }, { text: 'b', right: false }] },
        { kind: 'choice', prompt: 'x', options: [{ text: 'a', right: true }, { text: 'b', right: true }] },
        { kind: 'number', prompt: 'x', value: 1, tolerance: 0.5 },
        { kind: 'order', prompt: '', steps: ['a', 'a', 'b'] },
        { kind: 'essay', prompt: 'x' },
        { kind: 'number', prompt: 'x', value: 1, limitS: 2, tags: ['<script>'] },
      ],
    };
    const r = checkTaskSet(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { task: null, key: 'title' }, { task: 0, key: 'no-right' }, { task: 1, key: 'all-right' }, { task: 2, key: 'tolerance-wide' },
      { task: 3, key: 'prompt' }, { task: 3, key: 'steps-same' }, { task: 4, key: 'kind' }, { task: 5, key: 'limit' }, { task: 5, key: 'tags' },
    ]);
    for (const lang of ['de', 'en'] as const) for (const p of r.problems) expect(PROBLEM_TEXTS[lang][p.key]).toBeTruthy();
  });
  it('never throws on junk', () => {
    for (const junk of [null, 1, 'x', [], { tasks: 'x' }, { tasks: [null, 1, [], { kind: 'choice', options: [null] }] }, { title: 'x', tasks: Array.from({ length: 21 }, () => ({})) }]) {
      expect(() => checkTaskSet(junk)).not.toThrow();
      expect(checkTaskSet(junk).ok).toBe(false);
    }
  });
  it('keeps a set as checked (what a stored version replays)', () => {
    const set: TaskSetContent = { title: 'T', tasks: [{ kind: 'number', prompt: 'Spaltmaß in mm', explain: '', limitS: null, tags: ['eigene Teile'], value: 0.05, tolerance: 0.01, unit: 'mm' }] };
    expect(checkTaskSet(set)).toEqual({ ok: true, value: set });
    const round = createRoundFrom(1, 1, set);
    for (const value of ['0,05', '0.05', '0,06', '0.04']) expect(judge(round, { answers: [] }, { task: 0, value }, ctx(2000)).player.answers[0]?.credit, value).toBe(1);
    expect(judge(round, { answers: [] }, { task: 0, value: '0,07' }, ctx(2000)).player.answers[0]?.credit).toBeCloseTo(-0.25);
  });
});
