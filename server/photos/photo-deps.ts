import type { TaskPhotoRepository } from '../repositories/task-photo-repository.ts';
import type { PhotoGate } from './photo-pipeline.ts';
import type { PhotoLinks } from './photo-links.ts';

/** What the photo routes need: storage, signed links, the processing gate and the quota. */
export interface PhotoDeps {
  repo: TaskPhotoRepository;
  links: PhotoLinks;
  gate: PhotoGate;
  /** Per-company storage in bytes (PHOTO_QUOTA_MB). */
  quotaBytes: number;
}
