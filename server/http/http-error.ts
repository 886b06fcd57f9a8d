import type { Request, Response } from 'express';
import type { ErrorCode } from '../../shared/protocol/errors.ts';

/**
 * Answers an error code (docs/PROTOCOL.md §1): `{ error }`, and for matchmaking paths also
 * `code` (the status), the shape the Colyseus SDK turns into its error's code and message.
 */
export function sendError(req: Request, res: Response, status: number, error: ErrorCode): void {
  res.status(status).json(req.originalUrl.startsWith('/matchmake/') ? { code: status, error } : { error });
}

/** 429 RATE_LIMITED with Retry-After in seconds. */
export function sendRateLimited(req: Request, res: Response, retryAfterS: number): void {
  res.set('Retry-After', String(retryAfterS));
  sendError(req, res, 429, 'RATE_LIMITED');
}

/**
 * A shared store (Redis, when scaled out) did not answer in time: 503 SERVICE_UNAVAILABLE
 * with Retry-After, logged in one line (README "Redis outage": what fails closed).
 */
export function sendUnavailable(req: Request, res: Response, what: string, err: unknown): void {
  console.warn(`[degraded] ${what}: ${err instanceof Error ? err.message.slice(0, 120) : 'store unavailable'}`);
  res.set('Retry-After', '2');
  sendError(req, res, 503, 'SERVICE_UNAVAILABLE');
}
