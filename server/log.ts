import { ServerError } from '@colyseus/core';
import { isErrorCode, type ErrorCode } from '../shared/protocol/errors.ts';

/**
 * Server logging without secrets. Errors are printed as name, code, message and stack only,
 * never their extra fields (Colyseus's OnAuthException carries the join options: card
 * codes, host and seat keys; PGlite's errors carry query parameters). An expected refusal
 * is one line with its error code. Lines of one kind are capped per window so a flood of
 * refusals cannot flood the log.
 */

const MAX_LINE_CHARS = 600;
const BURST_LINES = 20;
const BURST_WINDOW_MS = 10_000;

// Field names whose values never go into a line, however an object got here.
const SECRET_FIELD = /^(card|key|hostKey|seatKey|password|passwordHash|cookie|token|authorization|_verifiedHost|options|auth|client|params)$/i;
// Any name ending in card/key/password/token/secret, camel-case too (hostKey, seatKey,
// reconnectionToken), as `name=value`, `name: value` or `"name":"value"` (review N6). The name
// starts where a run of letters starts and is at most 200 letters long: an open-ended `[A-Za-z_]*`
// backtracked through every letter of a long run at every position (quadratic: a 12 KB room id
// in a Colyseus log line cost 0.46 s of CPU, up to 20 such lines per 10 s).
const SECRET_TEXT = /(?<![A-Za-z_])([A-Za-z_]{0,200}?(?:card|key|password|token|secret))(["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,;}&]+)/gi;
// Headers whose whole value is secret (every cookie, any authorization scheme): to the line end.
const SECRET_HEADER = /\b(cookie|set-cookie|authorization)(["']?\s*[:=]\s*)[^\n]*/gi;
// A card code on its own (typed into a nickname field, say): Crockford base 32, 4 × 4.
const CARD_CODE = /\b[0-9A-HJKMNP-TV-Z]{4}(?:-?[0-9A-HJKMNP-TV-Z]{4}){3}\b/g;

/** Replaces `name=value` / `"name": value` secrets, secret headers and card codes in free text. */
export function redactText(text: string): string {
  return text.replace(SECRET_HEADER, '$1$2[redacted]').replace(SECRET_TEXT, '$1$2[redacted]').replace(CARD_CODE, '[card]');
}

/** One error as safe text: name, code, message, stack and causes; never other fields. */
export function describeError(err: unknown, withStack = true, depth = 0): string {
  if (!(err instanceof Error)) return redactText(typeof err === 'string' ? err : safeJson(err));
  const code = (err as { code?: unknown }).code;
  const head = `${err.name}${code !== undefined ? ` [${String(code)}]` : ''}: ${err.message}`;
  const stack = withStack && err.stack ? err.stack.split('\n').slice(1, 8).join('\n') : '';
  const cause = depth < 3 && err.cause !== undefined ? `\ncaused by ${describeError(err.cause, withStack, depth + 1)}` : '';
  return redactText(`${head}${stack ? `\n${stack}` : ''}${cause}`);
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (k, v) => (k && SECRET_FIELD.test(k) ? '[redacted]' : v))?.slice(0, MAX_LINE_CHARS) ?? String(value);
  } catch {
    return String(value);
  }
}

function format(args: unknown[]): string {
  return args.map((a) => (typeof a === 'string' ? redactText(a).slice(0, MAX_LINE_CHARS * 4) : describeError(a))).join(' ');
}

const bursts = new Map<string, { startedAt: number; lines: number; dropped: number }>();

/** True when a line of this kind may be printed now; says how many were dropped before. */
function allowed(kind: string, now = Date.now()): { ok: boolean; dropped: number } {
  let b = bursts.get(kind);
  if (!b || now - b.startedAt > BURST_WINDOW_MS) {
    const dropped = b?.dropped ?? 0;
    if (bursts.size > 1000) bursts.clear();
    b = { startedAt: now, lines: 0, dropped: 0 };
    bursts.set(kind, b);
    b.lines++;
    return { ok: true, dropped };
  }
  if (b.lines >= BURST_LINES) {
    b.dropped++;
    return { ok: false, dropped: 0 };
  }
  b.lines++;
  return { ok: true, dropped: 0 };
}

/** Logs an expected refusal: one line with where and the code (capped per code in a flood). */
export function logRefusal(where: string, code: ErrorCode): void {
  const gate = allowed(`refusal:${code}`);
  if (!gate.ok) return;
  console.info(`[refused] ${where}: ${code}${gate.dropped ? ` (+${gate.dropped} more not shown)` : ''}`);
}

/** Logs an unexpected error safely (see describeError). */
export function logError(where: string, err: unknown): void {
  const gate = allowed(`error:${where.replace(/[0-9a-zA-Z_-]{8,}/g, '*')}`);
  if (!gate.ok) return;
  console.error(`[error] ${where}: ${describeError(err)}${gate.dropped ? `\n(+${gate.dropped} similar errors not shown)` : ''}`);
}

/** The ErrorCode of a refusal (our ServerError, possibly wrapped by Colyseus), or null. */
export function refusalCode(err: unknown): ErrorCode | null {
  for (let e = err, depth = 0; e instanceof Error && depth < 3; e = e.cause, depth++) {
    if (e instanceof ServerError && isErrorCode(e.message)) return e.message;
  }
  return null;
}

/** Logs what a room hook threw: a refusal as one line, anything else as a safe error. */
export function logRoomException(roomId: string, hook: string, err: unknown): void {
  const code = refusalCode(err);
  if (code) logRefusal(`room ${roomId} ${hook}`, code);
  else logError(`room ${roomId} ${hook}`, (err as Error)?.cause ?? err);
}

/**
 * Colyseus's logger (defineServer's `logger` option), formatting through the rules above.
 * Every level is capped like refusals (review N6: Colyseus logs a client's room id on every
 * `reconnect` call, so anonymous requests could fill the disk) and cut to MAX_LINE_CHARS.
 */
function capped(kind: string, print: (line: string) => void) {
  return (...args: unknown[]) => {
    const gate = allowed(`colyseus-${kind}`);
    if (gate.ok) print(`${format(args).slice(0, MAX_LINE_CHARS)}${gate.dropped ? ` (+${gate.dropped} more not shown)` : ''}`);
  };
}

export const safeLogger = {
  debug: () => {},
  trace: () => {},
  info: capped('info', (line) => console.info(line)),
  warn: capped('warn', (line) => console.warn(line)),
  error: capped('error', (line) => console.error(line)),
};
