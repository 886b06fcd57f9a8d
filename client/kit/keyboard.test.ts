import { describe, expect, it } from 'vitest';
import { DATENFLUSS_TEXTS } from '../../shared/games/datenfluss/texts.ts';
import { REAKTION_TEXTS } from '../../shared/games/reaktion/texts.ts';
import { withoutKeyHints } from './keyboard.ts';

// Without a keyboard (no fine pointer here), how-to texts lose their key hints (m13).
describe('key hints', () => {
  it('cuts the bracketed key hints of the how-to texts on touch devices', () => {
    for (const texts of [DATENFLUSS_TEXTS, REAKTION_TEXTS]) {
      for (const lang of ['de', 'en'] as const) {
        const cut = withoutKeyHints(texts[lang].howTo);
        expect(cut).not.toMatch(/Tasten|Leertaste|keys|space/i);
        expect(cut.length).toBeGreaterThan(20);
      }
    }
    expect(withoutKeyHints('Tippe, sobald der Ton kommt (oder Leertaste).')).toBe('Tippe, sobald der Ton kommt.');
  });
});
