import express, { type NextFunction, type Request, type Response } from 'express';
import { IMPORT_LIMITS, TASK_SET_BODY_BYTES } from '../../shared/games/werkstatt/transfer.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { PHOTO_LIMITS } from '../../shared/protocol/task-photos.ts';
import { sendError } from './http-error.ts';

// Every HTTP body is small (docs/PROTOCOL.md §1): a declared length beyond the limit is refused
// before a byte is read, and parsers stop counting at their own limit (chunked bodies too).
// Colyseus reads matchmaking bodies without a limit; we parse them first, so it never has to.

/** Largest request body anywhere, in bytes (the trainer API's JSON limit is the same). */
export const MAX_HTTP_BODY_BYTES = 16 * 1024;
/** Largest matchmaking body (join options), in bytes. */
export const MAX_MATCHMAKE_BODY_BYTES = 4 * 1024;

/**
 * The only routes that take more than MAX_HTTP_BODY_BYTES (security review §4.1: raise the
 * limit only for these paths, and only after the session check — the account routes admit the
 * caller before they read such a body): a task-set save (JSON) and a set or spreadsheet import
 * (file bytes). Each has its own 413 code with a text that names the cap.
 */
export const LARGE_BODY_ROUTES: readonly { path: RegExp; bytes: number; code: ErrorCode }[] = [
  { path: /^\/api\/task-sets\/import$/, bytes: IMPORT_LIMITS.setFileBytes, code: 'IMPORT_TOO_LARGE' },
  { path: /^\/api\/task-sets\/import-sheet$/, bytes: IMPORT_LIMITS.fileBytes, code: 'IMPORT_TOO_LARGE' },
  { path: /^\/api\/task-sets(\/[^/]+)?$/, bytes: TASK_SET_BODY_BYTES, code: 'TASK_SET_TOO_LARGE' },
  // A trainer's photo upload: its route checks the session before reading, and counts (chunked too).
  { path: /^\/api\/task-photos$/, bytes: PHOTO_LIMITS.maxBytes, code: 'PHOTO_TOO_LARGE' },
];

/** The photo upload's path (its route lifts the JSON cap for this path only). */
export const PHOTO_UPLOAD_PATH = '/api/task-photos';

/** The body cap (bytes) and its 413 code for a request path. */
export function bodyCapOf(path: string): { bytes: number; code: ErrorCode } {
  const route = LARGE_BODY_ROUTES.find((r) => r.path.test(path));
  return route ? { bytes: route.bytes, code: route.code } : { bytes: MAX_HTTP_BODY_BYTES, code: 'BODY_TOO_LARGE' };
}

/** 413 for any request that announces a body above its path's cap (bodyCapOf); the connection then closes. */
export function refuseLargeBodies(req: Request, res: Response, next: NextFunction): void {
  const length = Number(req.headers['content-length'] ?? 0);
  const cap = bodyCapOf(req.path);
  if (!(length > cap.bytes)) return next();
  res.set('Connection', 'close');
  sendError(req, res, 413, cap.code);
}

/** Parses matchmaking JSON (any content type, as the SDK may send text/plain) up to its limit. */
export const matchmakeJson = express.json({ limit: MAX_MATCHMAKE_BODY_BYTES, strict: true, type: () => true });

/** Turns parser errors into our codes; anything else is a server error, logged in one line. */
export function bodyErrors(err: unknown, req: Request, res: Response, _next: NextFunction): void {
  const type = (err as { type?: string }).type;
  if (type === 'entity.too.large') {
    res.set('Connection', 'close');
    return sendError(req, res, 413, 'BODY_TOO_LARGE');
  }
  if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported' || type === 'request.aborted') return sendError(req, res, 400, 'MESSAGE_INVALID');
  console.error('[http]', (err as Error).message ?? err);
  sendError(req, res, 500, 'SERVER_ERROR');
}
