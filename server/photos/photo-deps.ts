import type { TaskPhotoRepository } from '../repositories/task-photo-repository.ts';
import type { EncodePhoto } from './photo-encoder.ts';
import type { PhotoGate } from './photo-pipeline.ts';
import type { PhotoLinks } from './photo-links.ts';

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
