import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import type { TaskSetContent } from '../../shared/games/werkstatt/model.ts';
import { IMPORT_LIMITS, SET_FILE_FORMAT, SET_FILE_VERSION, TASK_SET_BODY_BYTES, type ImportProblem } from '../../shared/games/werkstatt/transfer.ts';
import { checkTaskSet } from '../../shared/games/werkstatt/validate.ts';
import { mentionsPhotos, namePhotos, resolvePhotos, type ArchivePhoto } from './set-file-photos.ts';
import { ImportRefusal, readZip } from './zip-reader.ts';

export { mentionsPhotos } from './set-file-photos.ts';

// The set file (docs/TASK-SET-FORMAT.md): one ZIP with `set.json` (format, version, the set)
// and, since format version 2, the set's photos under `photos/`. Export writes it; import
// reads it whole and either returns a complete, checked set with its photos (still to be
// re-encoded by the upload pipeline) or every problem (nothing is saved half).

/** What `set.json` holds. */
export interface SetFile {
  format: typeof SET_FILE_FORMAT;
  version: number;
  exportedAt: string;
  set: TaskSetContent;
}

/**
 * The set file of a set's content: a ZIP (bytes) with `set.json` and, for each photo the set
 * names, `photos/foto-NN.jpg` with `photoBytes(id)` (the stored projector variant). JPEGs are
 * stored, not deflated (they do not shrink).
 */
export function exportSetFile(content: TaskSetContent, now = new Date(), photoBytes: ReadonlyMap<string, Uint8Array> = new Map()): Uint8Array {
  const { tasks, names } = namePhotos(content.tasks);
  const file: SetFile = { format: SET_FILE_FORMAT, version: SET_FILE_VERSION, exportedAt: now.toISOString(), set: { ...content, tasks } };
  const entries: Zippable = { 'set.json': strToU8(JSON.stringify(file, null, 2)) };
  for (const [id, name] of names) {
    const bytes = photoBytes.get(id);
    if (!bytes) throw new Error(`photo ${id} of the set is missing`);
    entries[name] = [bytes, { level: 0 }];
  }
  return zipSync(entries, { level: 6, mtime: now });
}

/** Entries a set file may hold besides set.json and photos/: folders and what zip tools of macOS add. */
export const IGNORED = /^(__MACOSX\/.*|(.*\/)?\.DS_Store|(.*\/)?Thumbs\.db|(.*\/)?desktop\.ini)$/i;
/** A sheet's XLSX beside its photos (sheet-archive.ts) is the one archive a ZIP upload may hold; it is read with the same reader. */
const SHEET_XLSX = /\.xlsx$/i;

export type SetFileResult = { ok: true; value: TaskSetContent; photos: ArchivePhoto[] } | { ok: false; problems: ImportProblem[] };

const refuse = (key: string): { ok: false; problems: ImportProblem[] } => ({ ok: false, problems: [{ row: null, column: null, key }] });

/**
 * The entries of an uploaded ZIP (≤ IMPORT_LIMITS.setFileBytes) — a set file or a sheet with its
 * photos — under a set file's limits, or the one refusal as a result (file-too-large, zip-…).
 */
export function entriesOf(bytes: Uint8Array): Map<string, Uint8Array> | { ok: false; problems: ImportProblem[] } {
  if (bytes.length > IMPORT_LIMITS.setFileBytes) return refuse('file-too-large');
  try {
    return readZip(bytes, { entries: IMPORT_LIMITS.zipEntries, inflatedBytes: IMPORT_LIMITS.setInflatedBytes, ratio: IMPORT_LIMITS.ratio, nestedOk: SHEET_XLSX });
  } catch (err) {
    if (err instanceof ImportRefusal) return refuse(err.key);
    throw err;
  }
}

/**
 * Reads an uploaded set file (untrusted bytes, ≤ IMPORT_LIMITS.setFileBytes) into a checked
 * set, or the problems: one file-level problem (ZIP threats, missing or foreign set.json, newer
 * format), every photo problem (`file` = its entry) and every task problem of the check before
 * saving (`task` = index). Version 1 files carry no photos; version 2 files may.
 */
export function importSetFile(bytes: Uint8Array): SetFileResult {
  const files = entriesOf(bytes);
  return files instanceof Map ? importSetEntries(files) : files;
}

/** importSetFile on the entries read already (entriesOf). */
export function importSetEntries(files: ReadonlyMap<string, Uint8Array>): SetFileResult {
  for (const name of files.keys()) if (name !== 'set.json' && !name.startsWith('photos/') && !IGNORED.test(name)) return refuse('zip-unexpected');
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
  let set: unknown = (file as SetFile).set;
  let photos: ArchivePhoto[] = [];
  const problems: ImportProblem[] = [];
  if (version === 1) {
    // Version 1 had no photos: any photo there is a forged or broken file.
    if (mentionsPhotos(set) || [...files.keys()].some((n) => n.startsWith('photos/'))) return refuse('photos-unsupported');
  } else {
    const raw = typeof set === 'object' && set !== null ? (set as { tasks?: unknown }).tasks : undefined;
    const resolved = resolvePhotos(raw, files);
    if (resolved.problems.some((p) => p.key === 'photos-unsupported')) return refuse('photos-unsupported');
    if (typeof set === 'object' && set !== null) set = { ...set, tasks: resolved.tasks };
    photos = resolved.photos;
    problems.push(...resolved.problems);
  }
  const checked = checkTaskSet(set);
  if (checked.ok && problems.length === 0) return { ok: true, value: checked.value, photos };
  if (!checked.ok) problems.push(...checked.problems.map((p) => (p.task === null ? { row: null, column: null, key: p.key } : { row: null, task: p.task, column: null, key: p.key })));
  return { ok: false, problems };
}
