import { describe, expect, it } from 'vitest';
import { defineTexts, formatNumber, formatText } from './format.ts';

describe('formatText', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(formatText('Runde {n} von {total}', { n: 2, total: 5 })).toBe('Runde 2 von 5');
    expect(formatText('{a} und {b}', { a: 'x' })).toBe('x und {b}');
    expect(formatText('ohne Platzhalter')).toBe('ohne Platzhalter');
  });

  it('picks singular for exactly one, plural otherwise', () => {
    const text = 'Noch {n} {n|Runde|Runden} bis zur Wertung';
    expect(formatText(text, { n: 1 })).toBe('Noch 1 Runde bis zur Wertung');
    expect(formatText(text, { n: 2 })).toBe('Noch 2 Runden bis zur Wertung');
    expect(formatText(text, { n: 0 })).toBe('Noch 0 Runden bis zur Wertung');
    expect(formatText(text, { n: 1.5 })).toBe('Noch 1.5 Runden bis zur Wertung');
    expect(formatText('{r} {r|Runde|Runden} · {p} Spieler', { r: 1, p: 3 })).toBe('1 Runde · 3 Spieler');
    expect(formatText('{n|one|many}', {})).toBe('{n|one|many}');
  });

  it('allows an empty singular or plural form', () => {
    expect(formatText('{n} Teil{n||e}', { n: 1 })).toBe('1 Teil');
    expect(formatText('{n} Teil{n||e}', { n: 4 })).toBe('4 Teile');
    expect(formatText('{n} part{n||s}', { n: 4 })).toBe('4 parts');
  });
});

describe('defineTexts', () => {
  const tx = defineTexts({
    de: { hits: '{n} {n|Treffer|Treffer}', parts: '{n} {n|Teil|Teile}' },
    en: { hits: '{n} {n|hit|hits}', parts: '{n} {n|part|parts}' },
  });

  it('looks up by language and fills with plurals', () => {
    expect(tx('de', 'parts', { n: 1 })).toBe('1 Teil');
    expect(tx('de', 'parts', { n: 3 })).toBe('3 Teile');
    expect(tx('en', 'hits', { n: 1 })).toBe('1 hit');
    expect(tx('en', 'hits', { n: 0 })).toBe('0 hits');
  });
});

describe('formatNumber', () => {
  it('writes the decimal sign of the language', () => {
    expect(formatNumber(39.5, 'de')).toBe('39,5');
    expect(formatNumber(39.5, 'en')).toBe('39.5');
    expect(formatNumber(1234.56, 'de', 0)).toBe('1.235');
  });
});
