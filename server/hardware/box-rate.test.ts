import { describe, expect, it } from 'vitest';
import { BoxRate } from './box-rate.ts';

describe('box message rate', () => {
  it('allows the per-second bound as a burst, refuses the next, pauses the box, and lets it back after the pause', () => {
    let t = 1000;
    const rate = new BoxRate(() => t, 20, 10_000);
    for (let i = 0; i < 20; i++) expect(rate.take('a')).toBe('ok');
    expect(rate.take('a')).toBe('flooded');
    expect(rate.take('a')).toBe('paused');
    expect(rate.paused('a')).toBe(true);
    expect(rate.take('b')).toBe('ok'); // other boxes are not affected
    t += 10_001;
    expect(rate.take('a')).toBe('ok');
  });

  it('refills continuously: a steady 20 a second is never a flood', () => {
    let t = 0;
    const rate = new BoxRate(() => t, 20, 10_000);
    for (let i = 0; i < 200; i++) {
      expect(rate.take('steady')).toBe('ok');
      t += 50;
    }
  });
});
