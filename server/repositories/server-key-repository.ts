import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';

/**
 * A named server secret (32 random bytes), made once per installation and then read, so
 * every process of a scale-out uses the same one (the phones' photo links: 'photo-links').
 */
export async function loadServerKey(db: Db, name: string): Promise<Buffer> {
  await db.query('insert into server_keys (name, secret) values ($1, $2) on conflict (name) do nothing', [name, randomBytes(32).toString('base64')]);
  const { rows } = await db.query<{ secret: string }>('select secret from server_keys where name = $1', [name]);
  return Buffer.from(rows[0]!.secret, 'base64');
}

/** The key name of the phones' photo links. */
export const PHOTO_LINK_KEY = 'photo-links';
