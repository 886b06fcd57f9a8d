import { describe, expect, it } from 'vitest';
import type { CoverageMatrix } from '../../shared/protocol/coverage.ts';
import { coverageCsv } from './coverage-csv.ts';

const MATRIX: CoverageMatrix = {
  trade: null, year: null, practisedMinPct: 60, items: ['mech-bbp-15', 'eat-bbp-13'],
  rows: [
    { apprenticeId: 'a', displayName: '=Mia', tradeId: 'mechatroniker', tradeText: '', trainingYear: 2, cells: {
      'mech-bbp-15': { status: 'practised', rounds: 3, bestPct: 90, lastPlayedAt: '2026-10-24T22:30:00.000Z' }, 'eat-bbp-13': null } },
    { apprenticeId: 'b', displayName: 'Ben', tradeId: 'elektroniker-automatisierungstechnik', tradeText: 'Elektroniker', trainingYear: 1, cells: {
      'mech-bbp-15': null, 'eat-bbp-13': { status: 'started', rounds: 1, bestPct: 30, lastPlayedAt: '2026-03-01T10:00:00.000Z' } } },
    { apprenticeId: 'c', displayName: 'Kai', tradeId: null, tradeText: 'Zerspaner', trainingYear: 1, cells: { 'mech-bbp-15': null, 'eat-bbp-13': null } },
  ],
};

const parse = (b: Buffer) => b.toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((l) => l.split(';'));

describe('coverage CSV', () => {
  it('one row per apprentice: status words per item, counts, the last day in Berlin; formulas stay text', () => {
    const [head, mia, ben, kai] = parse(coverageCsv(MATRIX, 'de'));
    expect(head).toEqual(['Name', 'Beruf', 'Ausbildungsjahr', 'mech-bbp-15 Aufbauen und Prüfen von Steuerungen', expect.stringMatching(/^eat-bbp-13 Technische Auftragsanalyse/), 'Anzahl geübt', 'Anzahl begonnen', 'Anzahl offen', 'Zuletzt gespielt (Datum, Europe/Berlin)']);
    // 22:30 UTC on 24 October is already the 25th in Berlin (summer time, +2 h).
    expect(mia).toEqual(["'=Mia", 'Mechatroniker/-in', '2', 'geübt', '', '1', '0', '0', '2026-10-25']);
    expect(ben).toEqual(['Ben', 'Elektroniker/-in für Automatisierungstechnik', '1', '', 'begonnen', '0', '1', '0', '2026-03-01']);
    expect(kai).toEqual(['Kai', 'Beruf wählen: Zerspaner', '1', '', '', '0', '0', '0', '']);
    expect(parse(coverageCsv(MATRIX, 'en'))[1]!.slice(1, 4)).toEqual(['Mechatronics technician', '2', 'practised']);
  });
});
