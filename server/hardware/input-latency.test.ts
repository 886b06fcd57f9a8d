import { describe, expect, it } from 'vitest';
import { InputLatency } from './input-latency.ts';

describe('transport latency per input kind', () => {
  it('summarises p50 and p99 per kind, null without presses', () => {
    const l = new InputLatency();
    for (let i = 1; i <= 100; i++) l.add('phone-touch', i);
    l.add('box', 4.04);
    l.add('box', Number.NaN);
    const s = l.summary();
    expect(s['phone-touch']).toEqual({ n: 100, p50Ms: 50, p99Ms: 99 });
    expect(s.box).toEqual({ n: 1, p50Ms: 4, p99Ms: 4 });
    expect(s['phone-sound']).toEqual({ n: 0, p50Ms: null, p99Ms: null });
    l.clear();
    expect(l.summary().box.n).toBe(0);
  });
});
