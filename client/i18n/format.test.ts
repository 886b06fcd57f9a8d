import { describe, expect, it } from 'vitest';
import { formatText } from './format.ts';

describe('formatText', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(formatText('Runde {n} von {total}', { n: 2, total: 5 })).toBe('Runde 2 von 5');
    expect(formatText('{a} und {b}', { a: 'x' })).toBe('x und {b}');
  });

  it('picks singular for exactly one, plural otherwise', () => {
    const text = 'Noch {n} {n|Runde|Runden} bis zur Wertung';
    expect(formatText(text, { n: 1 })).toBe('Noch 1 Runde bis zur Wertung');
    expect(formatText(text, { n: 2 })).toBe('Noch 2 Runden bis zur Wertung');
    expect(formatText(text, { n: 0 })).toBe('Noch 0 Runden bis zur Wertung');
    expect(formatText('{r} {r|Runde|Runden} · {p} Spieler', { r: 1, p: 3 })).toBe('1 Runde · 3 Spieler');
    expect(formatText('{n|one|many}', {})).toBe('{n|one|many}');
  });
});
