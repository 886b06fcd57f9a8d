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

/** Trims, folds inner whitespace, strips control and invisible characters, checks length. */
export function normalizeNickname(raw: unknown): Checked<string> {
  if (typeof raw !== 'string') return { ok: false, code: 'NICKNAME_INVALID' };
  const cleaned = raw
    .normalize('NFC')
    // Whitespace (tabs and line breaks too) becomes one space first, then invisible and
    // control characters go; the zero-width joiner stays so emoji like 👩‍💻 keep together.
    .replace(/[\s\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(/\p{Cf}/gu, (ch, i: number, str: string) => (ch === ZWJ && isEmojiJoin(str, i) ? ch : ''))
    .replace(/ {2,}/g, ' ')
    .trim();
  if (cleaned.length === 0) return { ok: false, code: 'NICKNAME_EMPTY' };
  if ([...cleaned].length > NICKNAME_MAX_CHARS) return { ok: false, code: 'NICKNAME_TOO_LONG' };
  return { ok: true, value: cleaned };
}

/** Key under which two nicknames count as the same ("Anna" and " anna "). */
export function nicknameKey(nickname: string): string {
  return nickname.toLocaleLowerCase('de-DE');
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
