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

  it('keeps different names apart; accents and other marks do not make a name different (N10)', () => {
    expect(keyOf('Lena')).not.toBe(keyOf('Lina'));
    expect(keyOf('Jürgen')).toBe(keyOf('Ju\u0308rgen'));
    // A dot or line under or over a letter is invisible from the back of the room.
    expect(keyOf('Müller')).toBe(keyOf('Muller'));
    for (const raw of ['Mi\u0307a', 'Mia\u0331', 'Mia\u0323', 'Mi\u0323a\u0301']) expect(keyOf(raw), JSON.stringify(raw)).toBe(keyOf('Mia'));
    expect(keyOf('Ann\u0430\u0323')).toBe(keyOf('Anna'));
  });

  it('treats blanks that are not default-ignorable as invisible: braille blank, null notehead (N10)', () => {
    for (const raw of ['Anna\u2800', '\u2800Anna', 'An\u2800na', 'Anna\u{1D159}']) expect(keyOf(raw), JSON.stringify(raw)).toBe(keyOf('Anna'));
    expect(normalizeNickname('Anna\u2800')).toEqual({ ok: true, value: 'Anna' });
    expect(normalizeNickname('\u2800\u2800')).toEqual({ ok: false, code: 'NICKNAME_EMPTY' });
  });

  it('keeps at most two combining marks per letter (zalgo), so Vietnamese names stay whole', () => {
    const zalgo = normalizeNickname(`H${'\u0301\u0323\u0331\u0307'.repeat(5)}i`);
    expect(zalgo.ok && [...zalgo.value.normalize('NFD')].length).toBe(4);
    expect(normalizeNickname('Nguyễn Thị Ệ')).toEqual({ ok: true, value: 'Nguyễn Thị Ệ' });
  });
});
