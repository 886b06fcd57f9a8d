import { describe, expect, it } from 'vitest';
import { wt } from './ui-texts.ts';

// Newcomer finding: the fixed hint "Komma oder Punkt, z. B. 0,05" gave the answer away when
// the right value was 0,05. The number hints name no number at all.

describe('Werkstatt number hints', () => {
  it('name no example number (it could be the answer)', () => {
    for (const lang of ['de', 'en'] as const) {
      expect(wt(lang, 'numberHint')).not.toMatch(/\d/);
      expect(wt(lang, 'numberBad')).not.toMatch(/\d/);
    }
    expect(wt('de', 'numberHint')).toBe('Komma oder Punkt erlaubt');
    expect(wt('en', 'numberHint')).toBe('Comma or point allowed');
  });
});
