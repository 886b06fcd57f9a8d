import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PhotoVariant } from '../../shared/protocol/task-photos.ts';

// Phones have no account: a round's photos reach them as signed, expiring links that only
// the players of that round receive (in the public round). The key lives in the database
// (server_keys, server-key-repository.ts) so every process of a scale-out signs and checks alike.

const mac = (key: Buffer, id: string, variant: PhotoVariant, expiresS: number) =>
  createHmac('sha256', key).update(`${id}.${variant}.${expiresS}`).digest('base64url').slice(0, 32);

/** Signs photo links with one key. */
export class PhotoLinks {
  constructor(private readonly key: Buffer) {}

  /** `/api/task-photos/<id>/<variant>?e=<unix s>&t=<mac>`, valid until `expiresS` (Unix seconds). */
  url(id: string, variant: PhotoVariant, expiresS: number): string {
    const e = Math.ceil(expiresS);
    return `/api/task-photos/${id}/${variant}?e=${e}&t=${mac(this.key, id, variant, e)}`;
  }

  /** True when `t` signs (id, variant, e) and `e` (Unix seconds) is not past `nowS`. */
  check(id: string, variant: PhotoVariant, e: unknown, t: unknown, nowS = Date.now() / 1000): boolean {
    if (typeof e !== 'string' || !/^[0-9]{1,12}$/.test(e) || typeof t !== 'string' || t.length !== 32) return false;
    if (Number(e) < nowS) return false;
    const want = Buffer.from(mac(this.key, id, variant, Number(e)));
    const got = Buffer.from(t);
    return got.length === want.length && timingSafeEqual(got, want);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Seconds a round's photo links stay valid after its play ends (reveal, podium). */
export const PHOTO_LINK_EXTRA_S = 2 * 60 * 60;

/**
 * A public round with every `tasks[i].photo: { id }` given signed links to both variants,
 * valid until `expiresS` (Unix seconds). Anything else passes unchanged.
 */
export function linkPhotos(pub: unknown, links: PhotoLinks, expiresS: number): unknown {
  if (!isRecord(pub) || !Array.isArray(pub.tasks)) return pub;
  const tasks = pub.tasks.map((t: unknown) => {
    if (!isRecord(t) || !isRecord(t.photo) || typeof t.photo.id !== 'string') return t;
    const id = t.photo.id;
    return { ...t, photo: { id, phone: links.url(id, 'phone', expiresS), projector: links.url(id, 'projector', expiresS) } };
  });
  return { ...pub, tasks };
}
