import { randomUUID } from 'node:crypto';
import { IMPORT_LIMITS, type ImportProblem } from '../../shared/games/werkstatt/transfer.ts';
import { sniffFormat } from '../photos/photo-pipeline.ts';

// Photos inside a set file, format version 2 (docs/TASK-SET-FORMAT.md §1): a task's `photo`
// names an entry `photos/<name>` of the same ZIP. Export names each photo itself (never a
// sender's file name); import checks every reference and every photo entry here (names, sizes,
// first bytes) and hands the bytes on to the upload pipeline, which re-encodes them — nothing of
// the archive is stored as it came.

/** A photo entry of an imported set file: `id` is the placeholder the checked set names. */
export interface ArchivePhoto {
  id: string;
  file: string;
  bytes: Uint8Array;
  /** For a sheet's photo: the first row that names it (messages say "Zeile n"). */
  row?: number;
}

/** Entry names a photo may have: `photos/` + letters, digits, `-`, `_`, `.` + .jpg/.jpeg/.png/.webp. */
export const PHOTO_FILE = /^photos\/[A-Za-z0-9][A-Za-z0-9._-]{0,63}\.(jpe?g|png|webp)$/i;
/** Keys that name a picture; only a task's `photo` may (version 2), never an option's. */
const PHOTO_KEYS = ['photo', 'photos', 'image', 'images', 'picture'];
const isObject = (o: unknown): o is Record<string, unknown> => typeof o === 'object' && o !== null;
const hasKey = (o: unknown, keys: readonly string[]) => isObject(o) && keys.some((k) => Object.hasOwn(o, k));
const optionsOf = (t: unknown): unknown[] => (isObject(t) && Array.isArray(t.options) ? t.options : []);

/** True when a set (as stored or as read from a file) names a photo anywhere. */
export function mentionsPhotos(set: unknown): boolean {
  const tasks = isObject(set) && Array.isArray(set.tasks) ? set.tasks : [];
  return tasks.some((t) => hasKey(t, PHOTO_KEYS) || optionsOf(t).some((o) => hasKey(o, PHOTO_KEYS)));
}

/** The distinct photo ids a stored set names, in the order of their first task. */
export const photoIdsOf = (tasks: readonly { photo?: string }[]): string[] => [...new Set(tasks.flatMap((t) => (t.photo ? [t.photo] : [])))];

/** For export: the set with each photo id replaced by its entry name, and name → id. */
export function namePhotos<T extends { photo?: string }>(tasks: readonly T[]): { tasks: T[]; names: Map<string, string> } {
  const names = new Map(photoIdsOf(tasks).map((id, i) => [id, `photos/foto-${String(i + 1).padStart(2, '0')}.jpg`]));
  return { tasks: tasks.map((t) => (t.photo ? { ...t, photo: names.get(t.photo) as string } : t)), names };
}

const problem = (key: string, file: string, task?: number): ImportProblem => ({ row: null, ...(task === undefined ? {} : { task }), column: null, key, file });

/**
 * Resolves a version-2 set's photo references against the ZIP's `photos/` entries. Returns the
 * tasks with a placeholder id per photo (so the check before saving sees valid ids), the
 * photos to run through the upload pipeline, and every problem found (all or nothing).
 */
export function resolvePhotos(rawTasks: unknown, files: ReadonlyMap<string, Uint8Array>): { tasks: unknown; photos: ArchivePhoto[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const ids = new Map<string, string>();
  const tasks = Array.isArray(rawTasks) ? rawTasks : [];
  if (tasks.some((t) => hasKey(t, PHOTO_KEYS.filter((k) => k !== 'photo')) || optionsOf(t).some((o) => hasKey(o, PHOTO_KEYS)))) {
    return { tasks: rawTasks, photos: [], problems: [{ row: null, column: null, key: 'photos-unsupported' }] };
  }
  const resolved = tasks.map((t, i) => {
    if (!isObject(t) || t.photo === undefined || t.photo === null) return t;
    const name = t.photo;
    if (typeof name !== 'string' || !PHOTO_FILE.test(name)) problems.push(problem('photo-name', String(name).slice(0, 80), i));
    else if (!files.has(name)) problems.push(problem('photo-missing', name, i));
    else if (!ids.has(name)) ids.set(name, randomUUID());
    return { ...t, photo: (typeof name === 'string' && ids.get(name)) || randomUUID() };
  });
  const photos: ArchivePhoto[] = [];
  for (const [file, bytes] of files) {
    if (!file.startsWith('photos/')) continue;
    if (!PHOTO_FILE.test(file)) problems.push(problem('photo-name', file));
    else if (!ids.has(file)) problems.push(problem('photo-unused', file));
    else if (bytes.length > IMPORT_LIMITS.photoBytes) problems.push(problem('photo-too-large', file));
    // By content, as an upload: the pipeline checks again and re-encodes.
    else if (!sniffFormat(bytes)) problems.push(problem('photo-type', file));
    else photos.push({ id: ids.get(file) as string, file, bytes });
  }
  return { tasks: Array.isArray(rawTasks) ? resolved : rawTasks, photos, problems };
}
