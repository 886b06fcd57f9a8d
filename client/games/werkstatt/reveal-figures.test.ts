import { describe, expect, it } from 'vitest';
import type { WerkstattDetail, WerkstattTaskResult } from '../../../shared/games/werkstatt/wire.ts';
import { numberBins, tapsOf } from './reveal-figures.ts';

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

  it('bins numbers, counts each once and marks the bin of the right value', () => {
    const bins = numberBins([0.05, 0.05, 0.06, 0.5, 0.04], 0.05);
    expect(bins).toHaveLength(6);
    expect(bins.reduce((n, b) => n + b[2], 0)).toBe(5);
    expect(bins.filter((b) => b[3])).toHaveLength(1);
    expect(bins[0]).toEqual([0.04, expect.closeTo(0.1167, 3), 4, true]);
    expect(numberBins([2, 2], 2)).toEqual([[2, 3, 2, true]]);
    expect(numberBins([], 1)).toEqual([]);
  });
});
