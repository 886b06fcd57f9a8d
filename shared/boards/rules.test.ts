import { describe, expect, it } from 'vitest';
import { assignRanks, boardPoints, isPeriod, periodStart } from './rules.ts';

const at = (iso: string) => new Date(iso);

describe('board periods in Europe/Berlin', () => {
  it('a week starts on Monday 00:00 Berlin time (winter: UTC+1)', () => {
    // Tuesday 2026-11-24 13:00 UTC → Monday 2026-11-23 00:00 CET = 2026-11-22 23:00 UTC.
    expect(periodStart('week', at('2026-11-24T13:00:00Z'))?.toISOString()).toBe('2026-11-22T23:00:00.000Z');
    // Sunday 23:30 Berlin still belongs to the week that began six days before.
    expect(periodStart('week', at('2026-11-29T22:30:00Z'))?.toISOString()).toBe('2026-11-22T23:00:00.000Z');
    // Monday 00:30 Berlin (Sunday 23:30 UTC) is already the new week.
    expect(periodStart('week', at('2026-11-29T23:30:00Z'))?.toISOString()).toBe('2026-11-29T23:00:00.000Z');
  });

  it('summer time: Monday 00:00 CEST is 22:00 UTC the day before', () => {
    expect(periodStart('week', at('2026-07-08T10:00:00Z'))?.toISOString()).toBe('2026-07-05T22:00:00.000Z');
  });

  it('weeks and months across the DST changes', () => {
    // DST begins Sunday 2026-03-29; that week began Monday 03-23 in winter time.
    expect(periodStart('week', at('2026-03-29T12:00:00Z'))?.toISOString()).toBe('2026-03-22T23:00:00.000Z');
    // DST ends Sunday 2026-10-25; the week began Monday 10-19 in summer time.
    expect(periodStart('week', at('2026-10-25T12:00:00Z'))?.toISOString()).toBe('2026-10-18T22:00:00.000Z');
    expect(periodStart('month', at('2026-04-01T00:30:00Z'))?.toISOString()).toBe('2026-03-31T22:00:00.000Z');
    // 31 March 23:30 UTC is already 1 April in Berlin.
    expect(periodStart('month', at('2026-03-31T23:30:00Z'))?.toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(periodStart('month', at('2026-03-31T21:30:00Z'))?.toISOString()).toBe('2026-02-28T23:00:00.000Z');
  });

  it('a week crosses a year end; all time has no start', () => {
    // Thursday 2027-01-01 → Monday 2026-12-28.
    expect(periodStart('week', at('2027-01-01T12:00:00Z'))?.toISOString()).toBe('2026-12-27T23:00:00.000Z');
    expect(periodStart('month', at('2027-01-01T12:00:00Z'))?.toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(periodStart('all', at('2027-01-01T12:00:00Z'))).toBeNull();
  });

  it('every instant of a year lies in its week, which starts on a Berlin Monday midnight', () => {
    const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 7 * 3600_000 + 13 * 60_000) {
      const start = periodStart('week', new Date(t))!;
      expect(start.getTime()).toBeLessThanOrEqual(t);
      expect(t - start.getTime()).toBeLessThan(7 * 24 * 3600_000 + 3600_000);
      expect(fmt.format(start)).toBe('Mon 00:00');
    }
  });

  it('knows its periods', () => {
    expect(['week', 'month', 'all'].every(isPeriod)).toBe(true);
    expect(isPeriod('year')).toBe(false);
  });
});

describe('board points and ranks', () => {
  it('scale a score to 0–1000 by the game maximum and clamp', () => {
    expect(boardPoints({ maxScore: 1000 }, 734)).toBe(734);
    expect(boardPoints({ maxScore: 500 }, 250)).toBe(500);
    expect(boardPoints({ maxScore: 1000 }, -40)).toBe(0);
    expect(boardPoints({ maxScore: 1000 }, 1200)).toBe(1000);
    expect(boardPoints({ maxScore: 1000 }, Number.NaN)).toBe(0);
  });

  it('share a rank on equal values (1, 1, 3)', () => {
    const rows = [
      { apprenticeId: 'a', displayName: 'A', value: 800, rounds: 5 },
      { apprenticeId: 'b', displayName: 'B', value: 800, rounds: 3 },
      { apprenticeId: 'c', displayName: 'C', value: 700, rounds: 9 },
      { apprenticeId: 'd', displayName: 'D', value: 650, rounds: 3 },
    ];
    expect(assignRanks(rows).map((r) => r.rank)).toEqual([1, 1, 3, 4]);
    expect(assignRanks([])).toEqual([]);
  });
});
