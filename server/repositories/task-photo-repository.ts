import { randomUUID } from 'node:crypto';
import type { TaskPhoto, PhotoVariant } from '../../shared/protocol/task-photos.ts';
import type { Db } from '../db/database.ts';
import type { ProcessedPhoto } from '../photos/photo-pipeline.ts';

/** An upload not in any saved set after this long is deleted (the editor uploads before saving). */
const ORPHAN_AFTER_H = 24;

/** Photo ids a set's stored content names (`tasks[].photo`, `tasks[].options[].photo`). SQL over jsonb, PGlite and PostgreSQL alike. */
const REFERENCED = `
  select distinct p.id from task_set_versions v join task_sets s on s.id = v.set_id,
    lateral jsonb_array_elements(v.content->'tasks') t(task),
    lateral (select t.task->>'photo' as id) p
  where s.company_id = $1 and p.id is not null`;

/**
 * Task photos (both variants as bytea). The only place this SQL lives. The bytes travel as
 * base64 text (decode/encode in SQL): PGlite runs in this thread, and its bytea parameters and
 * results are converted byte by byte in JavaScript — 110 ms of a blocked event loop to read an
 * 800 KB photo, 4 ms as base64 (measured; PostgreSQL takes the same SQL). Every method takes the
 * caller's company and matches it: another company's photo is exactly a missing one.
 */
export class TaskPhotoRepository {
  constructor(private readonly db: Db) {}

  /** Bytes the company's photos take (both variants). */
  async usedBytes(companyId: string): Promise<number> {
    const { rows } = await this.db.query<{ n: string | number | null }>('select coalesce(sum(bytes), 0) as n from task_photos where company_id = $1', [companyId]);
    return Number(rows[0]?.n ?? 0);
  }

  /**
   * Stores a processed photo unless the company would go over `quotaBytes` (then null).
   * First drops the company's uploads no saved set names after ORPHAN_AFTER_H hours.
   */
  async add(companyId: string, photo: ProcessedPhoto, quotaBytes: number): Promise<TaskPhoto | null> {
    const id = randomUUID();
    const stored = await this.db.transaction(async (tx) => {
      // Serialises uploads of one company so the quota holds under parallel requests.
      await tx.query('select id from companies where id = $1 for update', [companyId]);
      return insertPhotos(tx, companyId, [{ id, photo }], quotaBytes);
    });
    return stored ? { id, width: photo.width, height: photo.height, bytes: photo.projector.length + photo.phone.length } : null;
  }

  /** One variant's JPEG bytes, or null (missing, or another company's). */
  async read(id: string, companyId: string, variant: PhotoVariant): Promise<Buffer | null> {
    const column = variant === 'phone' ? 'phone' : 'projector';
    const { rows } = await this.db.query<{ data: string }>(`select encode(${column}, 'base64') as data from task_photos where id = $1 and company_id = $2`, [id, companyId]);
    return rows[0] ? Buffer.from(rows[0].data, 'base64') : null;
  }

  /** One variant by id alone (a phone's signed link was checked before), or null. */
  async readSigned(id: string, variant: PhotoVariant): Promise<Buffer | null> {
    const column = variant === 'phone' ? 'phone' : 'projector';
    const { rows } = await this.db.query<{ data: string }>(`select encode(${column}, 'base64') as data from task_photos where id = $1`, [id]);
    return rows[0] ? Buffer.from(rows[0].data, 'base64') : null;
  }

  /** Which of `ids` are photos of the company (a set may only name its own company's photos). */
  async existing(ids: readonly string[], companyId: string): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const { rows } = await this.db.query<{ id: string }>('select id from task_photos where company_id = $1 and id = any($2::text[])', [companyId, [...ids]]);
    return new Set(rows.map((r) => r.id));
  }

  /** Deletes the company's photos that no remaining set version names (after a set was deleted). Returns how many. */
  async purgeUnreferenced(companyId: string, candidates: readonly string[]): Promise<number> {
    if (candidates.length === 0) return 0;
    const { rows } = await this.db.query<{ id: string }>(
      `delete from task_photos where company_id = $1 and id = any($2::text[]) and id not in (${REFERENCED}) returning id`,
      [companyId, [...candidates]],
    );
    return rows.length;
  }

  /** Photo ids any stored version of the set names (read before deleting it). */
  async namedBy(setId: string, companyId: string): Promise<string[]> {
    const { rows } = await this.db.query<{ id: string }>(
      `select distinct t.task->>'photo' as id from task_set_versions v join task_sets s on s.id = v.set_id,
         lateral jsonb_array_elements(v.content->'tasks') t(task)
       where s.id = $1 and s.company_id = $2 and t.task->>'photo' is not null`,
      [setId, companyId],
    );
    return rows.map((r) => r.id);
  }
}

/**
 * Inside a transaction that holds the company's row lock: stores all `photos` with their ids,
 * or none when together they would take the company over `quotaBytes` (false; nothing written).
 * First drops the company's uploads no saved set names after ORPHAN_AFTER_H hours.
 */
export async function insertPhotos(tx: Pick<Db, 'query'>, companyId: string, photos: readonly { id: string; photo: ProcessedPhoto }[], quotaBytes: number): Promise<boolean> {
  await tx.query(
    `delete from task_photos where company_id = $1 and created_at < now() - interval '${ORPHAN_AFTER_H} hours' and id not in (${REFERENCED})`,
    [companyId],
  );
  const { rows } = await tx.query<{ n: string | number | null }>('select coalesce(sum(bytes), 0) as n from task_photos where company_id = $1', [companyId]);
  const adding = photos.reduce((n, p) => n + p.photo.projector.length + p.photo.phone.length, 0);
  if (Number(rows[0]?.n ?? 0) + adding > quotaBytes) return false;
  for (const { id, photo } of photos) {
    // One variant per statement, the event loop served between them: on PGlite each statement
    // blocks this thread for as long as its parameters take to pass into the database (about
    // 10 ms per 230 KB as base64, measured with scripts/bench/photo-store-bench.ts), and a round
    // in play waits that long for its next message. The update keeps the projector's stored value.
    await tx.query("insert into task_photos (id, company_id, width, height, projector, phone, bytes) values ($1, $2, $3, $4, decode($5, 'base64'), '', $6)", [
      id, companyId, photo.width, photo.height, photo.projector.toString('base64'), photo.projector.length + photo.phone.length,
    ]);
    await new Promise<void>((resolve) => setImmediate(resolve));
    await tx.query("update task_photos set phone = decode($2, 'base64') where id = $1", [id, photo.phone.toString('base64')]);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return true;
}
