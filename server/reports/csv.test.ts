import { describe, expect, it } from 'vitest';
import { berlinDateTime, berlinOffset, safeFileName, toCsv } from './csv.ts';

describe('CSV for a German Excel', () => {
  it('starts with the UTF-8 BOM, separates by ; and ends lines with CRLF', () => {
    const bytes = toCsv([['Name', 'Punkte'], ['Jürgen', 830]]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('Name;Punkte\r\nJürgen;830\r\n');
    // ü is two UTF-8 bytes, not Latin-1.
    expect(bytes.includes(Buffer.from([0xc3, 0xbc]))).toBe(true);
  });

  it('escapes cells that would start a formula, including after quoting', () => {
    const text = toCsv([['=1+2', '+49 170', '-5', '@SUM(A1)', '\tx', 'a=b', -5]]).subarray(3).toString('utf8');
    expect(text).toBe("'=1+2;'+49 170;'-5;'@SUM(A1);'\tx;a=b;-5\r\n");
    expect(toCsv([['=HYPERLINK("http://x";"y")']]).subarray(3).toString('utf8')).toBe(`"'=HYPERLINK(""http://x"";""y"")"\r\n`);
  });

  it('quotes separators, quotes and line breaks; empty for null', () => {
    const text = toCsv([['a;b', 'say "hi"', 'two\nlines', null, '']]).subarray(3).toString('utf8');
    expect(text).toBe('"a;b";"say ""hi""";"two\nlines";;\r\n');
  });

  it('makes file names safe for a header', () => {
    expect(safeFileName('Müller & Söhne: Runde 1')).toBe('Muller_Sohne_Runde_1');
    expect(safeFileName('"\r\n')).toBe('export');
  });
});

describe('CSV dates', () => {
  it('are Berlin wall-clock time, summer and winter', () => {
    expect(berlinDateTime('2026-11-24T13:05:00Z')).toBe('2026-11-24 14:05');
    expect(berlinDateTime('2026-07-01T22:30:00Z')).toBe('2026-07-02 00:30');
  });

  it('carry their UTC offset, so the hour that happens twice in October is unambiguous', () => {
    expect(berlinOffset('2026-11-24T13:05:00Z')).toBe('UTC+01:00');
    expect(berlinOffset('2026-07-01T22:30:00Z')).toBe('UTC+02:00');
    // 25 October 2026: 02:30 Berlin happens at 00:30 UTC (summer time) and again at 01:30 UTC.
    expect([berlinDateTime('2026-10-25T00:30:00Z'), berlinOffset('2026-10-25T00:30:00Z')]).toEqual(['2026-10-25 02:30', 'UTC+02:00']);
    expect([berlinDateTime('2026-10-25T01:30:00Z'), berlinOffset('2026-10-25T01:30:00Z')]).toEqual(['2026-10-25 02:30', 'UTC+01:00']);
  });
});
