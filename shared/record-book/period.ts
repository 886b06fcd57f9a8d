// Periods of the record-book supplement in Berlin calendar days (Europe/Berlin, CET/CEST):
// an apprentice's record book counts days as the company's clock shows them, so a round at
// 00:30 CEST on a Monday belongs to Monday although it is still Sunday in UTC.

/** A calendar date "YYYY-MM-DD" (Berlin wall clock, no time). */
export type DayKey = string;

/** An inclusive range of Berlin calendar days. */
export interface Period {
  from: DayKey;
  to: DayKey;
}

/** The longest period one supplement may cover (a training year and a day). */
export const MAX_PERIOD_DAYS = 366;

export const BERLIN = 'Europe/Berlin';
const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const dayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: BERLIN, year: 'numeric', month: '2-digit', day: '2-digit' });
const wallFormat = new Intl.DateTimeFormat('en-US', { timeZone: BERLIN, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });

/** The Berlin calendar day of an instant (ms since epoch or ISO string), as "YYYY-MM-DD". */
export function berlinDay(at: number | string | Date): DayKey {
  return dayFormat.format(new Date(at));
}

/** True when `raw` is a real calendar date "YYYY-MM-DD" (e.g. not 2026-02-30). */
export function isDayKey(raw: unknown): raw is DayKey {
  if (typeof raw !== 'string') return false;
  const m = DAY.exec(raw);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === raw;
}

/** Days since 1970-01-01 of a calendar date (timezone-free arithmetic on dates). */
function ordinal(day: DayKey): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

function fromOrdinal(n: number): DayKey {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** `day` moved by `n` calendar days (n may be negative). */
export function addDays(day: DayKey, n: number): DayKey {
  return fromOrdinal(ordinal(day) + n);
}

/** Weekday of a calendar date: 0 = Monday … 6 = Sunday (ISO order). */
export function weekday(day: DayKey): number {
  return (new Date(ordinal(day) * DAY_MS).getUTCDay() + 6) % 7;
}

/** Berlin's offset from UTC at an instant, in ms (3 600 000 in winter, 7 200 000 in summer). */
export function berlinOffsetMs(atMs: number): number {
  const p = Object.fromEntries(wallFormat.formatToParts(new Date(atMs)).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return wall - Math.floor(atMs / 1000) * 1000;
}

/**
 * The UTC instant (ms) at which a Berlin calendar day begins (00:00 local time). Midnight is
 * never inside a summer-time gap (the clocks change at 02:00/03:00), so it always exists once.
 */
export function berlinMidnightMs(day: DayKey): number {
  const local = ordinal(day) * DAY_MS;
  const guess = local - berlinOffsetMs(local);
  return local - berlinOffsetMs(guess);
}

/** The half-open UTC range [startMs, endMs) that a period's Berlin days cover (23 h or 25 h days included). */
export function periodBoundsMs(period: Period): { startMs: number; endMs: number } {
  return { startMs: berlinMidnightMs(period.from), endMs: berlinMidnightMs(addDays(period.to, 1)) };
}

/** Every calendar day of a period, oldest first. */
export function periodDays(period: Period): DayKey[] {
  const days: DayKey[] = [];
  for (let n = ordinal(period.from); n <= ordinal(period.to); n++) days.push(fromOrdinal(n));
  return days;
}

/**
 * The Berlin week (Monday to Sunday) that contains `nowMs`: the default, so a trainer who
 * downloads right after class gets that class (a tryout got an empty last week on a Sunday).
 */
export function currentWeek(nowMs: number): Period {
  const today = berlinDay(nowMs);
  const monday = addDays(today, -weekday(today));
  return { from: monday, to: addDays(monday, 6) };
}

/** The last full week (Monday to Sunday) before the Berlin week that contains `nowMs`. */
export function lastFullWeek(nowMs: number): Period {
  const today = berlinDay(nowMs);
  const monday = addDays(today, -weekday(today));
  return { from: addDays(monday, -7), to: addDays(monday, -1) };
}

/**
 * A period from query values: both dates given ("YYYY-MM-DD", from ≤ to, at most
 * MAX_PERIOD_DAYS days), or neither (then the week that contains `nowMs`, currentWeek).
 * Errors: 'PERIOD_INVALID' for one date alone, a malformed date, from after to, or too long a period.
 */
export function parsePeriod(from: unknown, to: unknown, nowMs: number): { ok: true; value: Period } | { ok: false; code: 'PERIOD_INVALID' } {
  if (from === undefined && to === undefined) return { ok: true, value: currentWeek(nowMs) };
  if (!isDayKey(from) || !isDayKey(to)) return { ok: false, code: 'PERIOD_INVALID' };
  const days = ordinal(to) - ordinal(from) + 1;
  if (days < 1 || days > MAX_PERIOD_DAYS) return { ok: false, code: 'PERIOD_INVALID' };
  return { ok: true, value: { from, to } };
}
