import { describe, expect, it } from 'vitest';
import { DATENFLUSS_TEXTS } from '../../shared/games/datenfluss/texts.ts';
import { REAKTION_TEXTS } from '../../shared/games/reaktion/texts.ts';
import { stripKeyHints, withoutKeyHints } from './keyboard.ts';

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

  it('always cuts them for the projector, where nobody plays (Reaktion how-to once said "Leertaste" to the class)', () => {
    expect(REAKTION_TEXTS.de.howTo).toMatch(/Leertaste/);
    expect(stripKeyHints(REAKTION_TEXTS.de.howTo)).not.toMatch(/Leertaste/);
    expect(stripKeyHints(REAKTION_TEXTS.en.howTo)).not.toMatch(/space/i);
  });
});
