import { describe, expect, it } from 'vitest';
import { REAKTION_FIGURES } from '../games/reaktion/figures.ts';
import { reaktion } from '../games/reaktion/index.ts';
import { figureCells, readFigures } from './figures.ts';
import { summarizeLevels, type RecordRound } from './record-summary.ts';

// The record per game and level, and stored figures as report cells (issue 21 §1).

const round = (gameId: string, level: number, score: number, figures: RecordRound['figures'], setTitle = ''): RecordRound =>
  ({ playedAt: '2026-12-01T10:00:00.000Z', gameId, level, setTitle, score, figures });

describe('summarizeLevels', () => {
  it('keeps levels apart, gives the learning curve and the game\'s own measure', () => {
    const s = summarizeLevels([
      round('reaktion', 1, 400, { medianMs: 420, falseStarts: 2, mistakes: [{ key: 'false-start', count: 2 }] }),
      round('reaktion', 2, 700, { medianMs: 300, mistakes: [] }),
      round('reaktion', 1, 600, { medianMs: 350, mistakes: [{ key: 'false-start', count: 1 }, { key: 'miss', count: 1 }] }),
      round('reaktion', 1, 500, null),
      round('werkstatt', 1, 800, { correctPct: 75 }, 'Prüfraum'),
      round('werkstatt', 1, 900, { correctPct: 100 }, 'Anderer Satz'),
    ]);
    expect(s.map((g) => [g.gameId, g.level, g.setTitle, g.rounds])).toEqual([['reaktion', 1, '', 3], ['reaktion', 2, '', 1], ['werkstatt', 1, 'Prüfraum', 1], ['werkstatt', 1, 'Anderer Satz', 1]]);
    const l1 = s[0]!;
    expect(l1).toMatchObject({ best: 600, median: 500, scores: [400, 600, 500] });
    expect(l1.measure).toEqual({ unit: 'ms', values: [420, 350, null], best: 350, median: 385 });
    // False starts happened in two rounds: recurring; the one miss did not recur.
    expect(l1.recurring).toEqual([{ key: 'false-start', count: 3, rounds: 2 }]);
    expect(s[2]!.measure).toEqual({ unit: 'pct', values: [75], best: 75, median: 75 });
  });

  it('a level whose rounds all predate figures has no measure', () => {
    expect(summarizeLevels([round('reaktion', 1, 10, null)])[0]!.measure).toBeNull();
  });
});

describe('readFigures and figureCells', () => {
  it('drops junk from stored JSON and keeps the known fields', () => {
    expect(readFigures(null)).toBeNull();
    expect(readFigures('x')).toBeNull();
    expect(readFigures({ medianMs: null, bestMs: -3, falseStarts: 'x', correctPct: 80, parts: [{ key: 'hex', right: 1, of: 2 }, { key: 5 }], mistakes: [{ key: 'miss', count: 0 }, { key: 'false-start', count: 2 }] }))
      .toEqual({ medianMs: null, correctPct: 80, parts: [{ key: 'hex', right: 1, of: 2 }], mistakes: [{ key: 'false-start', count: 2 }] });
  });

  it('names the parts and mistakes by the game; no figures gives empty cells', () => {
    const cells = figureCells(reaktion, { medianMs: 300, bestMs: 250, falseStarts: 1, misses: 0, mistakes: [{ key: 'false-start', count: 1 }] }, 'de');
    expect(cells).toEqual({ correctPct: null, medianMs: 300, bestMs: 250, falseStarts: 1, misses: 0, parts: '', mistakes: `${REAKTION_FIGURES.label('false-start', 'de')} ×1` });
    expect(figureCells(reaktion, null, 'en')).toEqual({ correctPct: null, medianMs: null, bestMs: null, falseStarts: null, misses: null, parts: '', mistakes: '' });
    expect(figureCells(undefined, { parts: [{ key: 't1', label: 'Prompt', right: 0.5, of: 1 }, { key: 'hex', right: 1, of: 2 }] }, 'de').parts).toBe('t1 (Prompt) 50 % · hex 1/2');
  });
});
