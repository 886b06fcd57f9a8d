import { describe, expect, it } from 'vitest';
import { normalizeNickname } from '../../shared/core/text.ts';
import { nameKey } from './name-key.ts';

/** The key of a name as a player would type it (cleaned first, as the room does). */
const keyOf = (raw: string): string => {
  const n = normalizeNickname(raw);
  if (!n.ok) throw new Error(`${JSON.stringify(raw)} refused: ${n.code}`);
  return nameKey(n.value);
};

describe('nameKey (case-folded TR39 skeleton)', () => {
  it('treats names that differ only in case as the same', () => {
    expect(keyOf('Anna')).toBe(keyOf('anna'));
    expect(keyOf('ÄRGER')).toBe(keyOf('ärger'));
    expect(keyOf(' anna ')).toBe(keyOf('Anna'));
    expect(keyOf('Anna')).not.toBe(keyOf('Anne'));
  });

  it('gives look-alikes of "Anna" the same key (issue 9 item 6)', () => {
    for (const raw of ['Anna\u3164', 'Anna\u034F', '\u0410nna', '\uFF21nna', 'Аnnа', 'A\u200Bnna']) {
      expect(keyOf(raw), JSON.stringify(raw)).toBe(keyOf('Anna'));
    }
  });

  it('knows classic confusables: rn/m, 0/O, l/I/1, Greek and Cyrillic look-alikes', () => {
    expect(keyOf('rnia')).toBe(keyOf('mia'));
    expect(keyOf('B0B')).toBe(keyOf('BOB'));
    expect(keyOf('A1i')).toBe(keyOf('Ali'));
    expect(keyOf('AIi')).toBe(keyOf('Ali'));
    expect(keyOf('Ρeter')).toBe(keyOf('Peter')); // Greek capital Rho
    expect(keyOf('Оlga')).toBe(keyOf('Olga')); // Cyrillic O
  });

  it('keeps different names apart, accents included', () => {
    expect(keyOf('Müller')).not.toBe(keyOf('Muller'));
    expect(keyOf('Lena')).not.toBe(keyOf('Lina'));
    expect(keyOf('Jürgen')).toBe(keyOf('Ju\u0308rgen'));
  });
});
