import express, { type NextFunction, type Request, type Response } from 'express';
import { PHOTO_LIMITS } from '../../shared/protocol/task-photos.ts';
import { sendError } from './http-error.ts';

// Every HTTP body is small (docs/PROTOCOL.md §1): a declared length beyond the limit is refused
// before a byte is read, and parsers stop counting at their own limit (chunked bodies too).
// Colyseus reads matchmaking bodies without a limit; we parse them first, so it never has to.

/** Largest request body anywhere, in bytes (the trainer API's JSON limit is the same). */
export const MAX_HTTP_BODY_BYTES = 16 * 1024;
/** Largest matchmaking body (join options), in bytes. */
export const MAX_MATCHMAKE_BODY_BYTES = 4 * 1024;

/** The one path that takes more: a trainer's photo upload (its route checks the session before reading, and counts). */
export const PHOTO_UPLOAD_PATH = '/api/task-photos';

/**
 * 413 for any request that announces a body above MAX_HTTP_BODY_BYTES (a photo upload:
 * PHOTO_LIMITS.maxBytes, code PHOTO_TOO_LARGE); the connection then closes.
 */
export function refuseLargeBodies(req: Request, res: Response, next: NextFunction): void {
  const length = Number(req.headers['content-length'] ?? 0);
  const upload = req.method === 'POST' && req.path === PHOTO_UPLOAD_PATH;
  if (!(length > (upload ? PHOTO_LIMITS.maxBytes : MAX_HTTP_BODY_BYTES))) return next();
  res.set('Connection', 'close');
  sendError(req, res, 413, upload ? 'PHOTO_TOO_LARGE' : 'BODY_TOO_LARGE');
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
