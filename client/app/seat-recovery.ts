import type { ErrorCode } from '../../shared/protocol/errors.ts';

// Part of the rejoin policy (app.ts): which refusals of a rejoin say nothing about the seat.
// Such a refusal must not make the page throw the seat key away: the seat may well be there a
// moment later (a restarting server, Redis coming back, a join budget that refills).

/** Refusals that pass: the server could not be reached or could not decide now. */
const PASSING: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['CONNECTION_LOST', 'SERVER_ERROR', 'SERVICE_UNAVAILABLE', 'RATE_LIMITED']);

/**
 * True when a rejoin refused with `code` should be tried again later with the same key
 * (the key is kept); false when the refusal is an answer about the seat or the session
 * (gone, kicked, wrong version …).
 */
export function rejoinMayRetry(code: ErrorCode): boolean {
  return PASSING.has(code);
}
