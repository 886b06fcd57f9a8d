import { describe, expect, it } from 'vitest';
import type { WerkstattDetail, WerkstattTaskResult } from '../../../shared/games/werkstatt/wire.ts';
import { binLabel, numberBins, tapsOf } from './reveal-figures.ts';
import { numberCredit } from '../../../shared/games/werkstatt/credit.ts';
import type { NumberTask } from '../../../shared/games/werkstatt/model.ts';

const detail = (...tasks: WerkstattTaskResult[]): WerkstattDetail => ({ level: 1, correctPct: 0, answered: tasks.length, of: tasks.length, tasks });

describe('Werkstatt reveal figures', () => {
  it('collects every tap of a task, anonymous, skipping skipped tasks and other answers', () => {
    const details = [
      detail({ c: 1, a: [0.5, 0.5], s: [0, 0.4, 0.4, 0.2, 0.2], x: '' }),
      detail({ c: 0, a: null, s: [0, 0.4, 0.4, 0.2, 0.2], x: '' }),
      detail({ c: -0.04, a: [0.1, 0.9], s: [0, 0.4, 0.4, 0.2, 0.2], x: '' }),
      detail({ c: 1, a: 3, s: [3, 0], x: '' }),
    ];
    expect(tapsOf(details, 0)).toEqual([[0.5, 0.5], [0.1, 0.9]]);
    expect(tapsOf(details, 1)).toEqual([]);
  });

  it('bins numbers, counts each once and gives the right answers a bin of their own', () => {
    const bins = numberBins([0.05, 0.05, 0.06, 0.5, 0.04, 0.01], 0.05, 0.01);
    expect(bins.reduce((n, b) => n + b[2], 0)).toBe(6);
    expect(bins.filter((b) => b[3])).toEqual([[0.04, 0.060000000000000005, 4, true]].map(([f, t, c, r]) => [expect.closeTo(f as number, 9), expect.closeTo(t as number, 9), c, r]));
    expect(bins.map((b) => b[2])).toEqual([1, 0, 0, 4, 0, 0, 1]);
    expect(numberBins([2, 2], 2, 0)).toEqual([[2, 2, 2, true]]);
    expect(numberBins([], 1, 0.1)).toEqual([]);
  });

  // Newcomer: "✓ 3–4" on the projector also counted wrong answers (a bin straddled the band).
  it('never mixes right and wrong answers in one bin, over many random classes', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 300; run++) {
      const right = Math.round(rand() * 100) / 10;
      const tol = Math.round(rand() * 10) / 10;
      const values = Array.from({ length: 1 + Math.floor(rand() * 30) }, () => Math.round((right + (rand() - 0.5) * 8) * 10) / 10);
      const isRight = (v: number) => numberCredit({ kind: 'number', prompt: '', explain: '', tags: [], unit: '', value: right, tolerance: tol, limitS: 20 } as NumberTask, v) === 1;
      const bins = numberBins(values, right, tol);
      expect(bins.reduce((n, b) => n + b[2], 0)).toBe(values.length);
      expect(bins.filter((b) => b[3])).toHaveLength(1);
      // Wrong bins lie outside the band, and each wrong value lies in one of them.
      for (const [from, to, , good] of bins) if (!good) expect(to <= right - tol + 1e-9 || from >= right + tol - 1e-9, JSON.stringify(bins)).toBe(true);
      for (const v of values.filter((x) => !isRight(x))) expect(bins.some(([from, to, , good]) => !good && v >= from && v <= to)).toBe(true);
      expect(bins.find((b) => b[3])?.[2]).toBe(values.filter(isRight).length);
    }
    const bins = numberBins([3, 3.5, 4, 4.5, 4.5, 2], 3.5, 0.5);
    expect(bins.filter((b) => b[3]).map((b) => binLabel(b, 'mm', 'de'))).toEqual(['✓ 3–4 mm']);
    expect(bins.find((b) => b[3])?.[2]).toBe(3);
    expect(bins.filter((b) => !b[3]).map((b) => binLabel(b, 'mm', 'de')).join(' ')).not.toContain('✓');
    expect(binLabel([0.05, 0.05, 1, true], 'mm', 'de')).toBe('✓ 0,05 mm');
  });
});
