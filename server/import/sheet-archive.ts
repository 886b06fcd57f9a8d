import { randomUUID } from 'node:crypto';
import type { TaskSetContent } from '../../shared/games/werkstatt/model.ts';
import { sheetToSet } from '../../shared/games/werkstatt/sheet.ts';
import { IMPORT_LIMITS, type ImportProblem } from '../../shared/games/werkstatt/transfer.ts';
import { sniffFormat } from '../photos/photo-pipeline.ts';
import { readCsvRows } from './csv-sheet.ts';
import { IGNORED } from './set-archive.ts';
import type { ArchivePhoto } from './set-file-photos.ts';
import { readXlsxRows } from './xlsx-sheet.ts';
import { ImportRefusal } from './zip-reader.ts';

// A sheet with its photos (docs/TASK-SET-FORMAT.md §2.3): one ZIP holding exactly one sheet
// (.xlsx or .csv, after the template) and the photos its rows name in the "Foto" column, in
// any folder of the ZIP. One file, one upload: the trainer puts the filled template into the
// folder with the photos and zips that folder (Windows: "Senden an → ZIP-komprimierter
// Ordner"). Photos are found by file name (case does not matter: Windows does not care
// either; umlauts whichever way the zip tool wrote them: zip-names.ts, then composed here);
// photos no row names are left out, not stored. Each used photo is checked here
// (size, first bytes) and then, like any upload, re-encoded by the photo pipeline.

const SHEET = /\.(xlsx|csv)$/i;
const PHOTO = /\.(jpe?g|png|webp)$/i;
/** Excel's lock file "~$Aufgaben.xlsx" lies beside an open workbook and gets zipped along. */
const LOCK_FILE = /(^|\/)~\$/;

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
/** How a row's "Foto" and a ZIP entry meet: the file name, composed (macOS writes "u" + combining diaeresis, Excel "ü"), any case. */
const photoKey = (path: string) => baseName(path).normalize('NFC').toLowerCase();
const refuse = (key: string, file?: string): { ok: false; problems: ImportProblem[] } =>
  ({ ok: false, problems: [{ row: null, column: null, key, ...(file ? { file } : {}) }] });

/** True when a ZIP's entries hold a sheet (and so are a sheet with photos, not a set file). */
export const holdsSheet = (files: ReadonlyMap<string, Uint8Array>): boolean =>
  !files.has('set.json') && [...files.keys()].some((n) => SHEET.test(n) && !LOCK_FILE.test(n) && !IGNORED.test(n));

/** The checked set, its rows (task index → sheet row) and the photos to run through the pipeline; or every problem. */
export type SheetArchiveResult = { ok: true; value: TaskSetContent; rows: number[]; photos: ArchivePhoto[] } | { ok: false; problems: ImportProblem[] };

/**
 * Reads a sheet ZIP's entries (from entriesOf: ZIP threats checked already) into a checked set
 * titled `title`. Problems: `sheet-count` (none or several sheets), `zip-unexpected` (another
 * kind of file, named), the sheet's own problems by row and column, and per row naming a photo:
 * `sheet-photo-missing`, `sheet-photo-twice`, `sheet-photo-too-large` (over
 * IMPORT_LIMITS.sheetPhotoBytes), `photo-type` (not JPEG, PNG or WebP by content), each with the
 * row and the file name. All or nothing.
 */
export async function importSheetArchive(files: ReadonlyMap<string, Uint8Array>, title: string): Promise<SheetArchiveResult> {
  const sheets: string[] = [];
  const photosByName = new Map<string, string[]>();
  for (const name of files.keys()) {
    if (IGNORED.test(name) || LOCK_FILE.test(name)) continue;
    if (SHEET.test(name)) sheets.push(name);
    else if (PHOTO.test(name)) {
      const key = photoKey(name);
      photosByName.set(key, [...(photosByName.get(key) ?? []), name]);
    } else return refuse('zip-unexpected', name.slice(0, 120));
  }
  if (sheets.length !== 1) return refuse('sheet-count');
  const sheetName = sheets[0]!;
  let rows: string[][];
  try {
    rows = /\.xlsx$/i.test(sheetName) ? await readXlsxRows(files.get(sheetName)!) : readCsvRows(files.get(sheetName)!);
  } catch (err) {
    if (err instanceof ImportRefusal) return { ok: false, problems: [{ row: err.row, column: err.column, key: err.key }] };
    throw err;
  }

  // One placeholder id per photo file, however many rows name it; the first row is kept for messages.
  const used = new Map<string, ArchivePhoto>();
  const result = sheetToSet(rows, title, (cell, row) => {
    const entries = photosByName.get(photoKey(cell.trim().replace(/\\/g, '/'))) ?? [];
    if (entries.length === 0) return { key: 'sheet-photo-missing' };
    if (entries.length > 1) return { key: 'sheet-photo-twice' };
    const entry = entries[0]!;
    const bytes = files.get(entry)!;
    if (bytes.length > IMPORT_LIMITS.sheetPhotoBytes) return { key: 'sheet-photo-too-large' };
    // By content, as an upload: the pipeline checks again and re-encodes.
    if (!sniffFormat(bytes)) return { key: 'photo-type' };
    const known = used.get(entry);
    if (known) return { id: known.id };
    const photo: ArchivePhoto = { id: randomUUID(), file: cell.trim().slice(0, 120), bytes, row };
    used.set(entry, photo);
    return { id: photo.id };
  });
  if (!result.ok) return result;
  return { ok: true, value: result.value, rows: result.rows, photos: [...used.values()] };
}
