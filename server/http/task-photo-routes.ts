import type { Request, Response } from 'express';
import { hashToken, readTokenCookie, SESSION_COOKIE } from '../auth/session-cookie.ts';
import { PHOTO_LIMITS, type PhotoUsage, type PhotoVariant } from '../../shared/protocol/task-photos.ts';
import { fail, idParam, type AccountDeps, type AccountRoute } from './account-route.ts';

/**
 * The body up to `max` bytes, or null past it (the rest stays unread; the connection then
 * closes). With a declared length (≤ max) the chunks are copied straight into one buffer of
 * that size: the upload is held once, not as chunks and again joined.
 */
function readCapped(req: Request, max: number, declared: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const into = declared > 0 ? Buffer.allocUnsafe(declared) : null;
    const chunks: Buffer[] = [];
    let n = 0;
    let done = false;
    const finish = (value: Buffer | null | Error) => {
      if (done) return;
      done = true;
      if (value instanceof Error) reject(value);
      else resolve(value);
    };
    req.on('data', (c: Buffer) => {
      if (n + c.length > max || (into && n + c.length > into.length)) {
        req.pause();
        return finish(null);
      }
      if (into) c.copy(into, n);
      else chunks.push(c);
      n += c.length;
    });
    req.on('end', () => finish(into ? into.subarray(0, n) : Buffer.concat(chunks)));
    req.on('error', (err) => finish(err));
    req.on('close', () => finish(new Error('upload aborted')));
  });
}

/** Response headers of a served photo: a clean JPEG that never runs as a page (review §4.1). */
function photoHeaders(res: Response, id: string, variant: PhotoVariant, cache: string): void {
  res.set({
    'Content-Type': 'image/jpeg',
    'Cache-Control': cache,
    'Content-Security-Policy': "sandbox; default-src 'none'",
    'Content-Disposition': `inline; filename="foto-${id}-${variant}.jpg"`,
    'X-Content-Type-Options': 'nosniff',
  });
}

const VARIANTS: readonly PhotoVariant[] = ['projector', 'phone'];

/**
 * Task photos: upload (any trainer; JPEG/PNG/WebP by content, re-encoded, metadata gone),
 * the company's usage, and serving one variant to a trainer of the company or to a phone
 * with a signed, expiring link from its round. Everything else answers like a missing photo.
 */
export function taskPhotoRoutes(deps: AccountDeps): AccountRoute[] {
  const { photos } = deps;
  return [
    {
      // The raw file as the body (no multipart). The session was checked before a byte is read.
      method: 'post', path: '/task-photos', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const declared = Number(req.headers['content-length'] ?? 0);
        if (declared > PHOTO_LIMITS.maxBytes) return res.set('Connection', 'close'), fail(res, 413, 'PHOTO_TOO_LARGE');
        const body = await readCapped(req, PHOTO_LIMITS.maxBytes, declared);
        if (body === null) return res.set('Connection', 'close'), fail(res, 413, 'PHOTO_TOO_LARGE');
        if (body.length === 0) return fail(res, 415, 'PHOTO_TYPE');
        const processed = await photos.gate.run(() => photos.encode(body));
        if (processed === null) return res.set('Retry-After', '5'), fail(res, 503, 'PHOTO_BUSY');
        if (processed === 'PHOTO_TYPE') return fail(res, 415, 'PHOTO_TYPE');
        if (typeof processed === 'string') return fail(res, 422, processed);
        const stored = await photos.repo.add(me.companyId, processed, photos.quotaBytes);
        return stored ? res.status(201).json({ photo: stored }) : fail(res, 413, 'PHOTO_QUOTA_FULL');
      },
    },
    {
      method: 'get', path: '/task-photos/usage', access: 'trainer', body: false,
      handle: async (_req, res, me) => res.json({ usedBytes: await photos.repo.usedBytes(me.companyId), quotaBytes: photos.quotaBytes } satisfies PhotoUsage),
    },
    {
      // A trainer's session cookie, or a round's signed link (`e`, `t`); 401 with neither.
      method: 'get', path: '/task-photos/:id/:variant', access: 'public', body: false,
      handle: async (req, res) => {
        const id = idParam(req);
        const variant = VARIANTS.find((v) => v === req.params.variant);
        if (req.query.t !== undefined) {
          const ok = id !== null && variant !== undefined && photos.links.check(id, variant, req.query.e, req.query.t);
          const data = ok ? await photos.repo.readSigned(id, variant) : null;
          if (!data) return fail(res, 404, 'NOT_FOUND');
          photoHeaders(res, id as string, variant as PhotoVariant, 'private, max-age=3600');
          return res.send(data);
        }
        const token = readTokenCookie(req, SESSION_COOKIE);
        const me = token ? await deps.trainers.findBySession(hashToken(token)) : null;
        if (!me) return fail(res, 401, 'AUTH_REQUIRED');
        if (me.companyId === null) return fail(res, 403, 'ADMIN_REQUIRED');
        const data = id && variant ? await photos.repo.read(id, me.companyId, variant) : null;
        if (!data) return fail(res, 404, 'NOT_FOUND');
        photoHeaders(res, id as string, variant as PhotoVariant, 'private, max-age=86400, immutable');
        return res.send(data);
      },
    },
  ];
}
