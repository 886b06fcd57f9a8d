import { describe, expect, it } from 'vitest';
import { GAMES } from '../games/index.ts';
import { TRADES } from '../games/trades.ts';
import { coverageSummary, isPractisedScore, itemCoverage, levelsServing, PRACTISED_MIN_PCT, scorePct, type LevelPlay } from './rules.ts';

// Two made-up games: A's level 1 serves item X, level 2 serves X and Y; B's level 1 serves Y.
const A = { id: 'a', maxScore: 1000, levels: [1, 2], curriculum: { 1: ['mech-bbp-3'], 2: ['mech-bbp-3', 'mech-bbp-13'] } } as const;
const B = { id: 'b', maxScore: 200, levels: [1], curriculum: { 1: ['mech-bbp-13'] } } as const;
const GAMES_AB = [A, B];
const play = (gameId: string, level: number, rounds: number, best: number, median: number, lastPlayedAt: string): LevelPlay => ({ gameId, level, rounds, best, median, lastPlayedAt });

describe('coverage rule: "geübt"', () => {
  it('a round counts as practice from 60 % of the game maximum on, not below', () => {
    expect(PRACTISED_MIN_PCT).toBe(60);
    expect(isPractisedScore(600, 1000)).toBe(true);
    expect(isPractisedScore(599, 1000)).toBe(false);
    expect(isPractisedScore(120, 200)).toBe(true);
    expect(isPractisedScore(119.9, 200)).toBe(false);
    expect(isPractisedScore(Number.NaN, 1000)).toBe(false);
    expect(isPractisedScore(500, 0)).toBe(false);
  });

  it('scales scores to whole percent and clamps them', () => {
    expect(scorePct(333, 1000)).toBe(33);
    expect(scorePct(150, 200)).toBe(75);
    expect(scorePct(1200, 1000)).toBe(100);
    expect(scorePct(-5, 1000)).toBe(0);
  });

  it('finds the levels that serve an item', () => {
    expect(levelsServing(GAMES_AB, 'mech-bbp-13').map((l) => `${l.game.id}${l.level}`)).toEqual(['a2', 'b1']);
    expect(levelsServing(GAMES_AB, 'feinopt-bbp-1')).toEqual([]);
  });

  it('an item is practised when one serving level reached 60 %, started when played below, open when not played, and says so per level', () => {
    const plays = [
      play('a', 1, 3, 550, 400, '2026-11-02T09:00:00.000Z'),
      play('a', 2, 1, 700, 700, '2026-11-05T09:00:00.000Z'),
      play('c', 1, 9, 999, 999, '2026-12-01T09:00:00.000Z'), // a game this registry does not know
    ];
    const [x, y, z] = itemCoverage(GAMES_AB, ['mech-bbp-3', 'mech-bbp-13', 'feinopt-bbp-1'], plays);
    expect(x).toMatchObject({ itemId: 'mech-bbp-3', status: 'practised', rounds: 4, bestPct: 70, lastPlayedAt: '2026-11-05T09:00:00.000Z' });
    expect(x!.levels).toEqual([
      { gameId: 'a', level: 1, rounds: 3, bestPct: 55, medianPct: 40, lastPlayedAt: '2026-11-02T09:00:00.000Z', practised: false },
      { gameId: 'a', level: 2, rounds: 1, bestPct: 70, medianPct: 70, lastPlayedAt: '2026-11-05T09:00:00.000Z', practised: true },
    ]);
    expect(y).toMatchObject({ status: 'practised', rounds: 1 });
    expect(y!.levels[1]).toEqual({ gameId: 'b', level: 1, rounds: 0, bestPct: null, medianPct: null, lastPlayedAt: null, practised: false });
    expect(z).toEqual({ itemId: 'feinopt-bbp-1', status: 'no-levels', rounds: 0, bestPct: null, lastPlayedAt: null, levels: [] });

    const onlyLow = itemCoverage(GAMES_AB, ['mech-bbp-3'], [play('a', 1, 2, 590, 500, '2026-11-02T09:00:00.000Z')]);
    expect(onlyLow[0]!.status).toBe('started');
    expect(itemCoverage(GAMES_AB, ['mech-bbp-3'], [])[0]!.status).toBe('open');
    // The group matrix asks without median: the level says null, the rule is the same.
    const noMedian = itemCoverage(GAMES_AB, ['mech-bbp-3'], [{ ...play('a', 2, 1, 700, 0, 'x'), median: null }]);
    expect(noMedian[0]!.levels[1]).toMatchObject({ medianPct: null, bestPct: 70, practised: true });
    expect(coverageSummary([...itemCoverage(GAMES_AB, ['mech-bbp-3', 'mech-bbp-13', 'feinopt-bbp-1'], plays), ...onlyLow])).toEqual({ practised: 2, started: 1, open: 0, total: 3 });
  });

  it('every item of every trade is served by at least one shipped level (no trade lists an item no game can practise)', () => {
    for (const [id, trade] of Object.entries(TRADES)) {
      for (const item of trade.items) expect(levelsServing(GAMES, item).length, `${id}: ${item}`).toBeGreaterThan(0);
    }
  });
});
