import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NICKNAME_MAX_CHARS } from '../core/text.ts';
import { MAX_ROUNDS_PER_ITEM } from './constants.ts';
import { ERRORS, MATCHMAKE_ERROR_CODE, errorText, isErrorCode, type ErrorCode } from './errors.ts';

const CODES = Object.keys(ERRORS) as ErrorCode[];
const LANGS = ['de', 'en'] as const;

describe('error registry', () => {
  it('has codes in UPPER_SNAKE_CASE', () => {
    expect(CODES.length).toBeGreaterThan(0);
    for (const code of CODES) expect(code).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
  });

  it('every code has a non-empty German and English text that reads as a sentence', () => {
    for (const code of CODES) {
      for (const lang of LANGS) {
        const text = ERRORS[code][lang];
        expect(typeof text, `${code}.${lang}`).toBe('string');
        expect(text.trim().length, `${code}.${lang}`).toBeGreaterThan(0);
        expect(text, `${code}.${lang} is trimmed`).toBe(text.trim());
        expect(text, `${code}.${lang} ends like a sentence`).toMatch(/[.!?]$/);
      }
      expect(Object.keys(ERRORS[code]).toSorted(), code).toEqual(LANGS.toSorted());
    }
  });

  it('German and English texts are translations, not copies', () => {
    for (const code of CODES) expect(ERRORS[code].de, code).not.toBe(ERRORS[code].en);
  });

  it('texts that quote a limit agree with the constant', () => {
    for (const lang of LANGS) {
      expect(ERRORS.NICKNAME_TOO_LONG[lang]).toContain(String(NICKNAME_MAX_CHARS));
      expect(ERRORS.PLAYLIST_INVALID[lang]).toContain(String(MAX_ROUNDS_PER_ITEM));
    }
  });

  it('docs/PROTOCOL.md lists exactly the registered codes', () => {
    const doc = readFileSync(new URL('../../docs/PROTOCOL.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## 8. Error codes'));
    const end = section.indexOf('\n## ', 1);
    const listed = [...(end === -1 ? section : section.slice(0, end)).matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]);
    expect([...new Set(listed)].toSorted()).toEqual(CODES.toSorted());
  });
});

describe('isErrorCode', () => {
  it('knows every registered code', () => {
    for (const code of CODES) expect(isErrorCode(code)).toBe(true);
  });

  it('refuses other strings, inherited property names and non-strings', () => {
    for (const v of ['', 'server_error', 'NOPE', '__proto__', 'constructor', 'toString', 'hasOwnProperty', null, undefined, 0, {}, ['SERVER_ERROR']]) {
      expect(isErrorCode(v)).toBe(false);
    }
  });
});

describe('errorText', () => {
  it('returns the text of a code in the asked language', () => {
    for (const code of CODES) {
      expect(errorText(code, 'de')).toBe(ERRORS[code].de);
      expect(errorText(code, 'en')).toBe(ERRORS[code].en);
    }
  });

  it('falls back to SERVER_ERROR for unknown codes and junk', () => {
    for (const v of ['NOPE', '', '__proto__', 'constructor', 'toString', undefined, null, 42, { code: 'KICKED' }]) {
      expect(errorText(v, 'de')).toBe(ERRORS.SERVER_ERROR.de);
      expect(errorText(v, 'en')).toBe(ERRORS.SERVER_ERROR.en);
    }
  });

  it('uses the matchmaking code 400 documented in the protocol', () => {
    expect(MATCHMAKE_ERROR_CODE).toBe(400);
  });
});
