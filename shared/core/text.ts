import type { ErrorCode } from '../protocol/errors.ts';

/** Longest nickname in characters (code points), short enough for a phone-sized podium. */
export const NICKNAME_MAX_CHARS = 20;
/** Join codes are six digits: easy to type on a phone's number pad. */
export const JOIN_CODE_LENGTH = 6;

const ZWJ = '\u200d';
/** A zero-width joiner between two emoji (👩‍💻) is part of the emoji; anywhere else it only hides lookalikes. */
function isEmojiJoin(str: string, i: number): boolean {
  return /(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F)$/u.test(str.slice(0, i)) && /^\p{Extended_Pictographic}/u.test(str.slice(i + 1));
}

export type Checked<T> = { ok: true; value: T } | { ok: false; code: ErrorCode };

/**
 * Characters that draw nothing: Unicode's default-ignorable code points (zero-width marks,
 * U+034F combining grapheme joiner, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0,
 * variation selectors, bidi controls; DerivedCoreProperties.txt), all format characters, and
 * the blanks that are neither but draw nothing all the same (review N10: "Anna" + U+2800 sat
 * beside "Anna"): U+2800 braille pattern blank, U+1D159 musical null notehead.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\u2800\u{1D159}]/gu;
/** More than this many combining marks on one letter only stack into a smear ("zalgo"). */
const MAX_MARKS_PER_LETTER = 2;
const EXTRA_MARKS = new RegExp(`(\\p{M}{${MAX_MARKS_PER_LETTER}})\\p{M}+`, 'gu');
const VS16 = '\ufe0f';
/** A name needs something to read: a letter or a digit in any script (not only marks, symbols or braille blanks). */
const VISIBLE_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Cleans a nickname or an apprentice's name: NFKC (fullwidth Ａ is A, ﬁ is fi), whitespace
 * folded and trimmed, control and invisible characters dropped (the joiner inside an emoji
 * like 👩‍💻 and an emoji's presentation selector stay), then checks that a letter or digit
 * is left and the length. Refusals: NICKNAME_INVALID (not a string), NICKNAME_EMPTY,
 * NICKNAME_NO_LETTER, NICKNAME_TOO_LONG.
 */
export function normalizeNickname(raw: unknown): Checked<string> {
  if (typeof raw !== 'string') return { ok: false, code: 'NICKNAME_INVALID' };
  const cleaned = raw
    .normalize('NFKC')
    // Whitespace (tabs and line breaks too) becomes one space first, then invisible and
    // control characters go.
    .replace(/[\s\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(INVISIBLE, (ch, i: number, str: string) => ((ch === ZWJ && isEmojiJoin(str, i)) || (ch === VS16 && isAfterEmoji(str, i)) ? ch : ''))
    .replace(/ {2,}/g, ' ')
    .trim()
    // At most two combining marks per letter (Vietnamese needs two), then compose again:
    // removing a character may bring two others together that compose.
    .normalize('NFD')
    .replace(EXTRA_MARKS, '$1')
    .normalize('NFKC');
  if (cleaned.length === 0) return { ok: false, code: 'NICKNAME_EMPTY' };
  if (!VISIBLE_LETTER_OR_DIGIT.test(cleaned)) return { ok: false, code: 'NICKNAME_NO_LETTER' };
  if ([...cleaned].length > NICKNAME_MAX_CHARS) return { ok: false, code: 'NICKNAME_TOO_LONG' };
  return { ok: true, value: cleaned };
}

function isAfterEmoji(str: string, i: number): boolean {
  return /\p{Extended_Pictographic}$/u.test(str.slice(0, i));
}

/** Accepts "123 456", "123-456" and the like; returns the six digits or an error code. */
export function normalizeJoinCode(raw: unknown): Checked<string> {
  if (typeof raw !== 'string' || raw.length > 32) return { ok: false, code: 'CODE_INVALID' };
  const digits = raw.replace(/[\s-]/g, '');
  if (!new RegExp(`^[0-9]{${JOIN_CODE_LENGTH}}$`).test(digits)) return { ok: false, code: 'CODE_INVALID' };
  return { ok: true, value: digits };
}

/** Card codes: 16 characters of Crockford's base32 (no I, L, O, U), 80 bits, shown in groups of four. */
export const CARD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CARD_CODE_LENGTH = 16;

/** Accepts any case, spaces and dashes; reads O as 0 and I/L as 1. Returns the 16 characters or CARD_INVALID. */
export function normalizeCardCode(raw: unknown): Checked<string> {
  if (typeof raw !== 'string' || raw.length > 64) return { ok: false, code: 'CARD_INVALID' };
  const code = raw.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== CARD_CODE_LENGTH || [...code].some((ch) => !CARD_ALPHABET.includes(ch))) return { ok: false, code: 'CARD_INVALID' };
  return { ok: true, value: code };
}

/** "7KQ2M9XA…" → "7KQ2-M9XA-…" for printing. */
export function formatCardCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
