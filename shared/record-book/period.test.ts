import { describe, expect, it } from 'vitest';
import { addDays, berlinDay, berlinMidnightMs, currentWeek, isDayKey, lastFullWeek, parsePeriod, periodBoundsMs, periodDays, weekday } from './period.ts';
import { formatClock, formatDay, formatDuration } from './texts.ts';

const ms = (iso: string) => Date.parse(iso);
const H = 3_600_000;

describe('Berlin calendar days', () => {
  it('a round after midnight Berlin time belongs to the Berlin day, in winter and in summer', () => {
    expect(berlinDay('2026-03-28T22:59:00Z')).toBe('2026-03-28'); // 23:59 CET
    expect(berlinDay('2026-03-28T23:30:00Z')).toBe('2026-03-29'); // 00:30 CET, Sunday
    expect(berlinDay('2026-03-29T21:59:00Z')).toBe('2026-03-29'); // 23:59 CEST
    expect(berlinDay('2026-03-29T22:30:00Z')).toBe('2026-03-30'); // 00:30 CEST, Monday
    expect(berlinDay('2026-10-25T22:59:00Z')).toBe('2026-10-25'); // 23:59 CET after the change back
    expect(berlinDay('2026-10-25T23:00:00Z')).toBe('2026-10-26');
  });

  it('the last Sunday of March has 23 hours, the last Sunday of October 25', () => {
    expect(berlinMidnightMs('2026-03-29')).toBe(ms('2026-03-28T23:00:00Z'));
    expect(berlinMidnightMs('2026-03-30') - berlinMidnightMs('2026-03-29')).toBe(23 * H);
    expect(berlinMidnightMs('2026-10-25')).toBe(ms('2026-10-24T22:00:00Z'));
    expect(berlinMidnightMs('2026-10-26') - berlinMidnightMs('2026-10-25')).toBe(25 * H);
    expect(berlinMidnightMs('2026-07-01')).toBe(ms('2026-06-30T22:00:00Z'));
  });

  it('a week over a clock change covers its Berlin days exactly', () => {
    expect(periodBoundsMs({ from: '2026-03-23', to: '2026-03-29' })).toEqual({ startMs: ms('2026-03-22T23:00:00Z'), endMs: ms('2026-03-29T22:00:00Z') });
    const oct = periodBoundsMs({ from: '2026-10-19', to: '2026-10-25' });
    expect(oct.endMs - oct.startMs).toBe((7 * 24 + 1) * H);
    expect(periodDays({ from: '2026-10-24', to: '2026-10-27' })).toEqual(['2026-10-24', '2026-10-25', '2026-10-26', '2026-10-27']);
  });

  it('calendar arithmetic: weekdays, adding days over month and year ends, real dates only', () => {
    expect(weekday('2026-03-29')).toBe(6);
    expect(weekday('2026-03-30')).toBe(0);
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(isDayKey('2026-02-28')).toBe(true);
    for (const bad of ['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', '', 20260101, null]) expect(isDayKey(bad), String(bad)).toBe(false);
  });
});

describe('weeks (Monday to Sunday, Berlin): the default is the current week', () => {
  it('on a Sunday it is the week before, not the current one', () => {
    expect(lastFullWeek(ms('2026-12-06T17:00:00Z'))).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    // The default: the week that contains today (Sunday evening still belongs to it; Monday 00:30 Berlin starts the next).
    expect(currentWeek(ms('2026-12-06T17:00:00Z'))).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(currentWeek(ms('2026-12-06T23:30:00Z'))).toEqual({ from: '2026-12-07', to: '2026-12-13' });
  });
  it('Monday 00:30 summer time (Sunday 22:30 UTC) already counts the week just ended', () => {
    expect(lastFullWeek(ms('2026-03-29T22:30:00Z'))).toEqual({ from: '2026-03-23', to: '2026-03-29' });
    expect(lastFullWeek(ms('2026-03-29T21:30:00Z'))).toEqual({ from: '2026-03-16', to: '2026-03-22' });
  });
  it('query values: both dates or neither; bad ones are PERIOD_INVALID', () => {
    const now = ms('2026-12-06T12:00:00Z');
    expect(parsePeriod(undefined, undefined, now)).toEqual({ ok: true, value: { from: '2026-11-30', to: '2026-12-06' } });
    expect(parsePeriod('2026-03-23', '2026-04-05', now)).toEqual({ ok: true, value: { from: '2026-03-23', to: '2026-04-05' } });
    expect(parsePeriod('2026-03-23', '2026-03-23', now).ok).toBe(true);
    expect(parsePeriod('2026-01-01', '2026-12-31', now).ok).toBe(true);
    for (const [from, to] of [['2026-03-23', undefined], ['2026-03-24', '2026-03-23'], ['2026-02-30', '2026-03-02'], ['2025-01-01', '2026-01-02'], [['2026-01-01'], '2026-01-02']]) {
      expect(parsePeriod(from, to, now), `${String(from)}..${String(to)}`).toEqual({ ok: false, code: 'PERIOD_INVALID' });
    }
  });
});

describe('dates and times as printed', () => {
  it('days carry weekday and four-digit year', () => {
    expect(formatDay('2026-03-29', 'de')).toBe('So., 29.03.2026');
    expect(formatDay('2026-03-29', 'en')).toBe('Sun, 29 Mar 2026');
  });
  it('times carry their zone, so the repeated hour in October is unambiguous', () => {
    expect(formatClock('2026-03-29T00:59:00Z', 'de')).toBe('01:59 MEZ');
    expect(formatClock('2026-03-29T01:00:00Z', 'de')).toBe('03:00 MESZ');
    expect(formatClock('2026-10-25T00:30:00Z', 'de')).toBe('02:30 MESZ');
    expect(formatClock('2026-10-25T01:30:00Z', 'de')).toBe('02:30 MEZ');
    expect(formatClock('2026-10-25T01:30:00Z', 'en')).toBe('02:30 CET');
  });
  it('durations in whole minutes, at least one for any play', () => {
    expect(formatDuration(0, 'de')).toBe('0 Min.');
    expect(formatDuration(20_000, 'de')).toBe('1 Min.');
    expect(formatDuration(12.4 * 60_000, 'de')).toBe('12 Min.');
    expect(formatDuration(65 * 60_000, 'de')).toBe('1 Std. 5 Min.');
    expect(formatDuration(65 * 60_000, 'en')).toBe('1 h 5 min');
  });
});
