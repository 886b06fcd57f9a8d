import { strFromU8, strToU8, zipSync } from 'fflate';
import type { TaskSetContent } from '../../shared/games/werkstatt/model.ts';
import { IMPORT_LIMITS, SET_FILE_FORMAT, SET_FILE_VERSION, TASK_SET_BODY_BYTES, type ImportProblem } from '../../shared/games/werkstatt/transfer.ts';
import { checkTaskSet } from '../../shared/games/werkstatt/validate.ts';
import { ImportRefusal, readZip } from './zip-reader.ts';

// The set file (docs/TASK-SET-FORMAT.md): one ZIP with `set.json` (format, version, the set)
// and, once photo tasks exist, a `photos/` folder. Export writes it; import reads it whole and
// either returns a complete, checked set or every problem (nothing is saved half).

/** What `set.json` holds (format version 1). */
export interface SetFile {
  format: typeof SET_FILE_FORMAT;
  version: number;
  exportedAt: string;
  set: TaskSetContent;
}

/** The set file of a set's content: a ZIP (bytes) with `set.json`. */
export function exportSetFile(content: TaskSetContent, now = new Date()): Uint8Array {
  const file: SetFile = { format: SET_FILE_FORMAT, version: SET_FILE_VERSION, exportedAt: now.toISOString(), set: content };
  return zipSync({ 'set.json': strToU8(JSON.stringify(file, null, 2)) }, { level: 6, mtime: now });
}

/** Entries a set file may hold besides set.json: folders and what zip tools of macOS add. */
const IGNORED = /^(__MACOSX\/.*|(.*\/)?\.DS_Store)$/;
const PHOTO_KEYS = ['photo', 'photos', 'image', 'images', 'picture'];
const hasPhotoKey = (o: unknown) => typeof o === 'object' && o !== null && PHOTO_KEYS.some((k) => Object.hasOwn(o, k));

/** True when any task (or option) refers to a photo: that needs the photo tasks of a later version. */
/** True when a set (as stored or as read from a file) names a photo anywhere: set files carry no photos yet. */
export function mentionsPhotos(set: unknown): boolean {
  if (typeof set !== 'object' || set === null) return false;
  const tasks = (set as { tasks?: unknown }).tasks;
  if (!Array.isArray(tasks)) return false;
  return tasks.some((t) => hasPhotoKey(t) || (typeof t === 'object' && t !== null && Array.isArray((t as { options?: unknown }).options) && (t as { options: unknown[] }).options.some(hasPhotoKey)));
}

export type SetFileResult = { ok: true; value: TaskSetContent } | { ok: false; problems: ImportProblem[] };

const refuse = (key: string): SetFileResult => ({ ok: false, problems: [{ row: null, column: null, key }] });

/**
 * Reads an uploaded set file (untrusted bytes, ≤ IMPORT_LIMITS.fileBytes) into a checked set,
 * or the problems: one file-level problem (ZIP threats, missing or foreign set.json, newer
 * format, photos) or every task problem of the check before saving (`task` = index).
 */
export function importSetFile(bytes: Uint8Array): SetFileResult {
  if (bytes.length > IMPORT_LIMITS.fileBytes) return refuse('file-too-large');
  let files: Map<string, Uint8Array>;
  try {
    files = readZip(bytes, { entries: IMPORT_LIMITS.zipEntries, inflatedBytes: IMPORT_LIMITS.inflatedBytes, ratio: IMPORT_LIMITS.ratio });
  } catch (err) {
    if (err instanceof ImportRefusal) return refuse(err.key);
    throw err;
  }
  for (const name of files.keys()) {
    if (name.startsWith('photos/')) return refuse('photos-unsupported');
    if (name !== 'set.json' && !IGNORED.test(name)) return refuse('zip-unexpected');
  }
  const json = files.get('set.json');
  if (!json) return refuse('set-json-missing');
  if (json.length > TASK_SET_BODY_BYTES * 2) return refuse('zip-bomb');
  let file: unknown;
  try {
    file = JSON.parse(strFromU8(json));
  } catch {
    return refuse('set-json-invalid');
  }
  if (typeof file !== 'object' || file === null || (file as SetFile).format !== SET_FILE_FORMAT) return refuse('format-unknown');
  const version = (file as SetFile).version;
  if (!Number.isInteger(version) || version < 1) return refuse('format-unknown');
  if (version > SET_FILE_VERSION) return refuse('format-newer');
  const set = (file as SetFile).set;
  if (mentionsPhotos(set)) return refuse('photos-unsupported');
  const checked = checkTaskSet(set);
  if (checked.ok) return checked;
  return { ok: false, problems: checked.problems.map((p) => (p.task === null ? { row: null, column: null, key: p.key } : { row: null, task: p.task, column: null, key: p.key })) };
}
