import type { Db } from '../db/database.ts';
import { loadServerKey, PHOTO_LINK_KEY } from '../repositories/server-key-repository.ts';
import { TaskPhotoRepository } from '../repositories/task-photo-repository.ts';
import { PhotoEncoder, type EncodePhoto } from './photo-encoder.ts';
import { PhotoGate } from './photo-pipeline.ts';
import { PhotoLinks } from './photo-links.ts';

/** What the photo routes need: storage, signed links, the processing gate, the re-encoder and the quota. */
export interface PhotoDeps {
  repo: TaskPhotoRepository;
  links: PhotoLinks;
  gate: PhotoGate;
  /** Re-encodes one photo (photo-encoder.ts: in a child process at lower priority). */
  encode: EncodePhoto;
  /** Per-company storage in bytes (PHOTO_QUOTA_MB). */
  quotaBytes: number;
}

/**
 * The photo parts the server runs on `db`: storage, links signed with the database's photo-link
 * key, the gate, a re-encoder child (ended by `close`) and the quota of `quotaMb` MiB per company.
 */
export async function createPhotoDeps(db: Db, quotaMb: number): Promise<{ photos: PhotoDeps; close: () => Promise<void> }> {
  const encoder = new PhotoEncoder();
  const photos: PhotoDeps = {
    repo: new TaskPhotoRepository(db),
    links: new PhotoLinks(await loadServerKey(db, PHOTO_LINK_KEY)),
    gate: new PhotoGate(),
    encode: encoder.encode,
    quotaBytes: Math.round(quotaMb * 1024 * 1024),
  };
  return { photos, close: () => encoder.close() };
}
