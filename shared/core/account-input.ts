// Limits and checks of trainer, company and apprentice input: pure, used by the server and
// by the first-run form (which shows every problem at once).
import type { ErrorCode } from '../protocol/errors.ts';
import { normalizeNickname } from './text.ts';

// Limits of trainer and company input; the error texts quote them (errors.ts).
export const LOGIN_MIN_CHARS = 3;
export const LOGIN_MAX_CHARS = 64;
export const NAME_MAX_CHARS = 80;
export const PASSWORD_MIN_CHARS = 10;
// scrypt accepts any length; the cap only keeps requests small.
export const PASSWORD_MAX_CHARS = 200;

export type Checked<T> = { ok: true; value: T } | { ok: false; code: ErrorCode };

const LOGIN = /^[\p{L}\p{N}._@-]+$/u;
// Control and format characters (and line breaks) make names unreadable or spoof others.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

export function checkLogin(v: unknown): Checked<string> {
  if (typeof v !== 'string') return { ok: false, code: 'LOGIN_INVALID' };
  const login = v.trim().normalize('NFC');
  const n = [...login].length;
  return n >= LOGIN_MIN_CHARS && n <= LOGIN_MAX_CHARS && LOGIN.test(login) ? { ok: true, value: login } : { ok: false, code: 'LOGIN_INVALID' };
}

/**
 * Why a login fails checkLogin, for a message that names the actual problem (a space is the
 * common one: people type their full name): `{ kind: 'char', char }` is the first character
 * not allowed, `{ kind: 'length', chars }` the trimmed length outside 3–64; null when valid.
 */
export function loginProblem(v: string): { kind: 'char'; char: string } | { kind: 'length'; chars: number } | null {
  const login = v.trim().normalize('NFC');
  const bad = [...login].find((c) => !LOGIN.test(c));
  if (bad !== undefined) return { kind: 'char', char: bad };
  const n = [...login].length;
  return n < LOGIN_MIN_CHARS || n > LOGIN_MAX_CHARS ? { kind: 'length', chars: n } : null;
}

/** A person's display name or a company name. */
export function checkName(v: unknown): Checked<string> {
  if (typeof v !== 'string') return { ok: false, code: 'NAME_INVALID' };
  const name = v.trim().replace(/\s+/g, ' ').normalize('NFC');
  const n = [...name].length;
  return n >= 1 && n <= NAME_MAX_CHARS && !INVISIBLE.test(name) ? { ok: true, value: name } : { ok: false, code: 'NAME_INVALID' };
}

/** Passwords are taken as typed (no trimming): 10 to 200 characters. */
export function checkPassword(v: unknown): Checked<string> {
  if (typeof v !== 'string') return { ok: false, code: 'PASSWORD_INVALID' };
  const n = [...v].length;
  return n >= PASSWORD_MIN_CHARS && n <= PASSWORD_MAX_CHARS ? { ok: true, value: v } : { ok: false, code: 'PASSWORD_INVALID' };
}

export function checkRole(v: unknown): Checked<'admin' | 'trainer'> {
  if (v === undefined) return { ok: true, value: 'trainer' };
  return v === 'admin' || v === 'trainer' ? { ok: true, value: v } : { ok: false, code: 'MESSAGE_INVALID' };
}

export const TRADE_MAX_CHARS = 80;

/** An apprentice profile: display name or pseudonym (shown in rounds, so nickname rules), trade, training year. */
export function checkApprentice(b: Record<string, unknown>): Checked<{ displayName: string; trade: string; trainingYear: number }> {
  const name = normalizeNickname(b.displayName);
  if (!name.ok) return name;
  const rawTrade = b.trade ?? '';
  if (typeof rawTrade !== 'string') return { ok: false, code: 'TRADE_INVALID' };
  const trade = rawTrade.trim().replace(/\s+/g, ' ').normalize('NFC');
  if ([...trade].length > TRADE_MAX_CHARS || INVISIBLE.test(trade)) return { ok: false, code: 'TRADE_INVALID' };
  const year = b.trainingYear;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 4) return { ok: false, code: 'YEAR_INVALID' };
  return { ok: true, value: { displayName: name.value, trade, trainingYear: year } };
}
