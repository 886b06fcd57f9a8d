import { describe, expect, it } from 'vitest';
import { junkValues } from '../../tests/helpers/garbage.ts';
import { createRng } from './rng.ts';
import { CARD_ALPHABET, CARD_CODE_LENGTH, formatCardCode, JOIN_CODE_LENGTH, NICKNAME_MAX_CHARS, normalizeCardCode, normalizeJoinCode, normalizeNickname } from './text.ts';

const ok = (value: string) => ({ ok: true, value });
const codePoints = (s: string): number => [...s].length;

describe('normalizeNickname', () => {
  it('trims surrounding whitespace', () => {
    expect(normalizeNickname('  Anna  ')).toEqual(ok('Anna'));
    expect(normalizeNickname('\u00a0Anna\u3000')).toEqual(ok('Anna'));
  });

  it('folds runs of inner spaces (incl. no-break and wide spaces) into one space', () => {
    expect(normalizeNickname('Anna    Berg')).toEqual(ok('Anna Berg'));
    expect(normalizeNickname('Anna\u00a0\u00a0Berg')).toEqual(ok('Anna Berg'));
    expect(normalizeNickname('Anna \u2003 \u3000Berg')).toEqual(ok('Anna Berg'));
  });

  it('removes control characters', () => {
    expect(normalizeNickname('An\u0000na')).toEqual(ok('Anna'));
    expect(normalizeNickname('\u001b[31mAnna')).toEqual(ok('[31mAnna'));
    expect(normalizeNickname('Anna\u0007\u007f\u0085')).toEqual(ok('Anna'));
    // Tabs and line breaks never survive into the name (whatever else happens to them).
    for (const raw of ['Anna\tBerg', 'Anna\nBerg', 'Anna\r\nBerg', 'Anna\u2028Berg', 'Anna\u2029Berg']) {
      const r = normalizeNickname(raw);
      expect(r.ok, JSON.stringify(raw)).toBe(true);
      if (r.ok) expect(r.value).not.toMatch(/[\t\n\r\u2028\u2029]/);
      expect(r).toEqual({ ok: true, value: 'Anna Berg' });
    }
  });

  it('removes zero-width and other invisible formatting characters', () => {
    expect(normalizeNickname('A\u200bnna')).toEqual(ok('Anna')); // zero-width space
    expect(normalizeNickname('\ufeffAnna')).toEqual(ok('Anna')); // byte-order mark
    expect(normalizeNickname('A\u00adnna')).toEqual(ok('Anna')); // soft hyphen
    expect(normalizeNickname('\u202eAnna')).toEqual(ok('Anna')); // right-to-left override
    expect(normalizeNickname('A\u2060n\u200cn\u200da')).toEqual(ok('Anna'));
  });

  it('refuses a name that is empty after cleaning', () => {
    for (const raw of ['', '   ', '\t\n', '\u200b\u200b', '\u0000', ' \ufeff \u00a0 ']) {
      expect(normalizeNickname(raw), JSON.stringify(raw)).toEqual({ ok: false, code: 'NICKNAME_EMPTY' });
    }
  });

  it('drops fillers and other default-ignorables; refuses names without a visible letter or digit (issue 9 item 6)', () => {
    // Hangul fillers (U+3164, U+115F) and the combining grapheme joiner draw nothing.
    for (const raw of ['\u3164', '\u115F', '\u1160', '\uFFA0', '\u3164\u3164 \u115F', '\u034F']) {
      expect(normalizeNickname(raw), JSON.stringify(raw)).toEqual({ ok: false, code: 'NICKNAME_EMPTY' });
    }
    // Braille blanks alone are now dropped like the other invisibles (N10): nothing is left.
    for (const raw of ['\u2800', '\u2800\u2800']) expect(normalizeNickname(raw), JSON.stringify(raw)).toEqual({ ok: false, code: 'NICKNAME_EMPTY' });
    // Only accents, only symbols: nothing to read on the podium.
    for (const raw of ['\u0301\u0301\u0301', '😀😀', '---', '...', '\u2800\u0301']) {
      expect(normalizeNickname(raw), JSON.stringify(raw)).toEqual({ ok: false, code: 'NICKNAME_NO_LETTER' });
    }
    expect(normalizeNickname('Anna\u3164')).toEqual(ok('Anna'));
    expect(normalizeNickname('Anna\u034F')).toEqual(ok('Anna'));
    expect(normalizeNickname('An\u115Fna')).toEqual(ok('Anna'));
    expect(normalizeNickname('R2D2')).toEqual(ok('R2D2'));
    expect(normalizeNickname('7')).toEqual(ok('7'));
  });

  it('folds compatibility forms (NFKC): fullwidth letters, ligatures, superscripts', () => {
    expect(normalizeNickname('\uFF21nna')).toEqual(ok('Anna'));
    expect(normalizeNickname('\uFB01ona')).toEqual(ok('fiona'));
    expect(normalizeNickname('Max\u00B2')).toEqual(ok('Max2'));
    // A removed invisible mark between a letter and its accent: still one composed letter.
    expect(normalizeNickname('Rene\u034F\u0301')).toEqual(ok('René'));
  });

  it('refuses anything that is not a string', () => {
    for (const raw of [undefined, null, 42, true, {}, [], ['Anna'], { toString: () => 'Anna' }]) {
      expect(normalizeNickname(raw)).toEqual({ ok: false, code: 'NICKNAME_INVALID' });
    }
  });

  it(`allows ${NICKNAME_MAX_CHARS} characters and refuses one more`, () => {
    expect(normalizeNickname('a'.repeat(NICKNAME_MAX_CHARS))).toEqual(ok('a'.repeat(NICKNAME_MAX_CHARS)));
    expect(normalizeNickname('a'.repeat(NICKNAME_MAX_CHARS + 1))).toEqual({ ok: false, code: 'NICKNAME_TOO_LONG' });
  });

  it('counts the length after cleaning', () => {
    const twenty = 'b'.repeat(NICKNAME_MAX_CHARS);
    expect(normalizeNickname(`   ${twenty}   `)).toEqual(ok(twenty));
    expect(normalizeNickname(`${'b'.repeat(10)}\u200b\u200b\u200b${'b'.repeat(10)}`)).toEqual(ok(twenty));
  });

  it('counts an emoji as one character, not as two UTF-16 units', () => {
    const emoji = `T${'😀'.repeat(NICKNAME_MAX_CHARS - 1)}`;
    expect(emoji.length).toBe(2 * NICKNAME_MAX_CHARS - 1);
    expect(normalizeNickname(emoji)).toEqual(ok(emoji));
    expect(normalizeNickname(`${emoji}😀`)).toEqual({ ok: false, code: 'NICKNAME_TOO_LONG' });
    expect(normalizeNickname('Ada 👩‍💻')).toEqual(ok('Ada 👩‍💻'));
    expect(normalizeNickname('Ida ❤️')).toEqual(ok('Ida ❤️'));
    expect(normalizeNickname('Tim 🚀')).toEqual(ok('Tim 🚀'));
  });

  it('composes accents (NFC), so "é" typed two ways is the same name of one character', () => {
    const decomposed = 'Rene\u0301';
    expect(normalizeNickname(decomposed)).toEqual(ok('René'));
    expect(normalizeNickname('e\u0301'.repeat(NICKNAME_MAX_CHARS))).toEqual(ok('é'.repeat(NICKNAME_MAX_CHARS)));
  });

  it('keeps HTML as plain text (the client renders with textContent; nothing is escaped or stripped)', () => {
    for (const raw of ['<b>Anna</b>', '<img src=x>', 'Tom & Jerry', '&lt;3', '"Ali"', "O'Neil"]) {
      expect(normalizeNickname(raw)).toEqual(ok(raw));
    }
  });

  it('keeps umlauts and other letters', () => {
    expect(normalizeNickname('Jürgen Ößelmann')).toEqual(ok('Jürgen Ößelmann'));
    expect(normalizeNickname('Zoë Ğül')).toEqual(ok('Zoë Ğül'));
  });

  it('on any string input, either refuses or returns a clean, idempotent name', () => {
    const rng = createRng(4711);
    const inputs: string[] = [];
    for (let i = 0; i < 500; i++) {
      const len = rng.int(0, 30);
      // Mix of ASCII, controls, spaces, invisible marks and astral characters.
      const pool = ['a', 'Z', ' ', '\t', '\n', '\u0000', '\u200b', '\u00a0', '\u202e', '😀', 'é', 'e\u0301', '<', '\u2028'];
      inputs.push(Array.from({ length: len }, () => rng.pick(pool)).join(''));
    }
    for (const raw of inputs) {
      const r = normalizeNickname(raw);
      if (!r.ok) {
        expect(['NICKNAME_EMPTY', 'NICKNAME_NO_LETTER', 'NICKNAME_TOO_LONG']).toContain(r.code);
        continue;
      }
      expect(r.value).toBe(r.value.trim());
      expect(r.value).not.toMatch(/\s\s|[\p{Cc}\p{Zl}\p{Zp}]|(?<!\p{Extended_Pictographic}|\uFE0F)\p{Cf}/u);
      expect(codePoints(r.value)).toBeGreaterThan(0);
      expect(codePoints(r.value)).toBeLessThanOrEqual(NICKNAME_MAX_CHARS);
      expect(normalizeNickname(r.value)).toEqual(r);
    }
  });

  it('never throws on junk values', () => {
    for (const raw of junkValues(99, 300)) {
      const r = normalizeNickname(raw);
      expect(typeof r.ok).toBe('boolean');
    }
  });
});

describe('normalizeJoinCode', () => {
  it('accepts six digits and returns them', () => {
    expect(JOIN_CODE_LENGTH).toBe(6);
    expect(normalizeJoinCode('123456')).toEqual(ok('123456'));
    expect(normalizeJoinCode('000000')).toEqual(ok('000000'));
  });

  it('drops spaces and dashes people type or paste', () => {
    for (const raw of ['123 456', '123-456', ' 123456 ', '12 34 56', '1-2-3-4-5-6', '123\u00a0456', '\t123456\n']) {
      expect(normalizeJoinCode(raw), JSON.stringify(raw)).toEqual(ok('123456'));
    }
  });

  it('refuses wrong lengths, letters, other separators and other digit scripts', () => {
    for (const raw of ['', '12345', '1234567', '12a456', 'abcdef', '123.456', '123_456', '123/456', '１２３４５６', '١٢٣٤٥٦', '+123456', '-123456-7']) {
      expect(normalizeJoinCode(raw), JSON.stringify(raw)).toEqual({ ok: false, code: 'CODE_INVALID' });
    }
  });

  it('refuses overlong input before cleaning it', () => {
    expect(normalizeJoinCode(`123456${' '.repeat(40)}`)).toEqual({ ok: false, code: 'CODE_INVALID' });
  });

  it('refuses non-strings and never throws on junk', () => {
    for (const raw of [123456, null, undefined, ['123456'], { code: '123456' }]) {
      expect(normalizeJoinCode(raw)).toEqual({ ok: false, code: 'CODE_INVALID' });
    }
    for (const raw of junkValues(7, 300)) {
      const r = normalizeJoinCode(raw);
      if (r.ok) expect(r.value).toMatch(/^\d{6}$/);
    }
  });
});

describe('normalizeNickname and emoji', () => {
  it('keeps a zero-width joiner inside an emoji sequence and drops it elsewhere', () => {
    expect(normalizeNickname('👩‍💻 Ada')).toEqual({ ok: true, value: '👩‍💻 Ada' });
    expect(normalizeNickname('An\u200dna')).toEqual({ ok: true, value: 'Anna' });
  });
});

describe('card codes', () => {
  it('accept any case, spaces and dashes and read O as 0, I and L as 1', () => {
    expect(normalizeCardCode('7kq2-m9xa 0b1c-dEfG')).toEqual({ ok: true, value: '7KQ2M9XA0B1CDEFG' });
    expect(normalizeCardCode(' OOOO-IIII-LLLL-oooo ')).toEqual({ ok: true, value: '0000111111110000' });
  });

  it('refuse wrong lengths, letters outside the alphabet (U) and junk', () => {
    const bad = ['7KQ2-M9XA-0B1C-DEF', '7KQ2-M9XA-0B1C-DEFGH', 'UUUU-UUUU-UUUU-UUUU', '7KQ2-M9XA-0B1C-DEF!', 'x'.repeat(65), ...junkValues(7, 200)];
    for (const [i, value] of bad.entries()) {
      expect(normalizeCardCode(value), `value #${i}`).toEqual({ ok: false, code: 'CARD_INVALID' });
    }
  });

  it('print in groups of four; every alphabet letter survives normalising', () => {
    expect(formatCardCode('7KQ2M9XA0B1CDEFG')).toBe('7KQ2-M9XA-0B1C-DEFG');
    expect(CARD_ALPHABET).toHaveLength(32);
    const all = CARD_ALPHABET.slice(0, CARD_CODE_LENGTH);
    expect(normalizeCardCode(formatCardCode(all).toLowerCase())).toEqual({ ok: true, value: all });
  });
});
