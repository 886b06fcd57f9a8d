import { describe, expect, it } from 'vitest';
import { cleanDevice, ConnectionChecks, MAX_CHECKS, medianRtt } from './connection-check.ts';

describe('connection check (Verbindung prüfen)', () => {
  it('lists each phone once, numbered in order, with the median of its round trips', () => {
    const checks = new ConnectionChecks();
    const id = checks.open();
    expect(checks.arrive(id, 'phone-aaaaaaaa', 'Android · Chrome', [30, 10, 20])?.rttMs).toBe(20);
    expect(checks.arrive(id, 'phone-bbbbbbbb', 'iPhone · Safari', [5, 7])?.n).toBe(2);
    // A reload of the same phone updates its line instead of adding one.
    checks.arrive(id, 'phone-aaaaaaaa', 'Android · Chrome', [12]);
    expect(checks.arrivals(id)!.map((a) => [a.n, a.rttMs])).toEqual([[1, 12], [2, 6]]);
  });

  it('refuses unknown checks and invalid reports', () => {
    const checks = new ConnectionChecks();
    const id = checks.open();
    expect(checks.arrive('nope-nope-nope', 'phone-aaaaaaaa', 'x', [1])).toBeNull();
    expect(checks.arrive(id, 'short', 'x', [1])).toBeNull();
    expect(medianRtt([])).toBeNull();
    expect(medianRtt([1, Number.NaN])).toBeNull();
    expect(medianRtt(Array.from({ length: 11 }, () => 1))).toBeNull();
    expect(medianRtt('12')).toBeNull();
  });

  it('keeps memory bounded: the oldest check goes, old checks expire', () => {
    let now = 0;
    const checks = new ConnectionChecks(() => now);
    const first = checks.open();
    for (let i = 0; i < MAX_CHECKS; i++) checks.open();
    expect(checks.has(first)).toBe(false);
    const late = checks.open();
    now += 3 * 60 * 60 * 1000;
    expect(checks.has(late)).toBe(false);
  });

  it('cleans what a phone says about itself', () => {
    expect(cleanDevice('<script>alert(1)</script>')).toBe('scriptalert(1)/script');
    expect(cleanDevice(42)).toBe('?');
    expect(cleanDevice('a'.repeat(100))).toHaveLength(40);
  });
});
