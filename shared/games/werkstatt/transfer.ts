import type { Lang } from '../../protocol/errors.ts';
import { PHOTO_LIMITS } from '../../protocol/task-photos.ts';
import { SET_LIMITS } from './model.ts';

// Caps and problem keys of moving a task set in and out as a file (docs/TASK-SET-FORMAT.md):
// the set file (ZIP with set.json) and the spreadsheet import (CSV, XLSX). The server checks
// every cap; the editor shows each problem in German or English (IMPORT_TEXTS).

/**
 * Largest JSON body of a task-set save, in bytes. A set at every cap (SET_LIMITS: 20 tasks ×
 * (200 + 280 + 8 × 80 + 6 × 32 + 12) characters + title ≈ 26,500 characters) is ≤ 80 KB as
 * UTF-8 even when every character takes 3 bytes; 128 KiB leaves room for JSON keys and quotes
 * (tests/unit/task-set-body.test.ts builds that set and measures it).
 */
export const TASK_SET_BODY_BYTES = 128 * 1024;

/** Caps of an imported file (ZIP set file or spreadsheet), each refused with its own problem. */
export const IMPORT_LIMITS = {
  /** Bytes of an uploaded spreadsheet (CSV or XLSX) or of a set file without photos. */
  fileBytes: 1024 * 1024,
  /**
   * Bytes of an uploaded set file (ZIP with photos). A set has at most 20 photos (one per task),
   * each the stored projector variant (≤ 1600 px JPEG: ~0.2–0.5 MB for a photo, 1.46 MB measured
   * for pure noise, the worst case): 20 × 1.5 MB < 32 MiB, so every set the server can store
   * exports into a file it can import again.
   */
  setFileBytes: 32 * 1024 * 1024,
  /** Bytes of one photo inside a set file (above every stored projector variant). */
  photoBytes: 2 * 1024 * 1024,
  /** Photos in one set file (one per task at most). */
  photos: SET_LIMITS.tasks,
  /** Entries of a ZIP (set file or XLSX); a normal XLSX has about 10, a set file 1. */
  zipEntries: 64,
  /** Bytes all entries of a spreadsheet ZIP (XLSX) may inflate to together. */
  inflatedBytes: 8 * 1024 * 1024,
  /** Bytes all entries of a set file may inflate to together (photos + set.json). */
  setInflatedBytes: 33 * 1024 * 1024,
  /** Largest inflated/compressed ratio of one entry (XML compresses ~10–30×; bombs ~1000×). */
  ratio: 200,
  /** Characters of one ZIP entry name. */
  nameChars: 200,
  /** Rows of a spreadsheet (header included); more is refused before the rows are read. */
  sheetRows: 100,
  /** Columns of a spreadsheet. */
  sheetColumns: 40,
  /** Characters of one spreadsheet cell. */
  cellChars: 400,
  /** Tasks of an imported set (the same cap as the editor's). */
  tasks: SET_LIMITS.tasks,
  /**
   * Bytes of one photo in a sheet's ZIP: the cap of a photo upload (PHOTO_LIMITS.maxBytes;
   * photos straight from a phone, which the pipeline shrinks). The ZIP itself: setFileBytes.
   */
  sheetPhotoBytes: PHOTO_LIMITS.maxBytes,
} as const;

/** Name of the set file's format; `version` counts up when old readers could misread a file. */
export const SET_FILE_FORMAT = 'azubi-arcade.task-set';
export const SET_FILE_VERSION = 2;

/** What can be wrong with an imported file as a whole (row and column null) or in one row. */
export type ImportProblemKey =
  | 'file-too-large' | 'file-type' | 'zip-invalid' | 'zip-entries' | 'zip-bomb' | 'zip-path' | 'zip-link'
  | 'zip-encrypted' | 'zip-nested' | 'zip-unexpected' | 'set-json-missing' | 'set-json-invalid' | 'format-unknown'
  | 'format-newer' | 'photos-unsupported' | 'xlsx-macro' | 'xlsx-invalid' | 'xml-doctype' | 'formula'
  | 'sheet-rows' | 'sheet-columns' | 'cell-too-long' | 'encoding' | 'header-missing' | 'header-unknown'
  | 'header-twice' | 'sheet-empty' | 'kind-unknown' | 'not-a-number' | 'right-list' | 'answers-extra'
  | 'too-many-tasks' | 'reader-limit'
  | 'photo-name' | 'photo-missing' | 'photo-unused' | 'photo-too-large' | 'photo-type' | 'photo-invalid' | 'photo-pixels'
  | 'sheet-photo-missing' | 'sheet-photo-no-zip' | 'sheet-photo-needed' | 'sheet-photo-twice' | 'sheet-photo-too-large'
  | 'sheet-count' | 'sheet-region' | 'sheet-circle' | 'region-extra' | 'region-small';

/**
 * One problem of an import. `row` is the spreadsheet's row number as Excel shows it (header =
 * row 1) or, for a set file, null; `task` the task's index in a set file; `column` the German
 * column name of the template; `key` an ImportProblemKey or a problem key of the check before
 * saving (shared/games/werkstatt/validate.ts).
 */
export interface ImportProblem {
  row: number | null;
  task?: number;
  column: string | null;
  key: string;
  /** For a photo of a set file: its entry name in the ZIP (`photos/…`); for a sheet's row: the file name in the row's "Foto" cell. A text with `{file}` names it. */
  file?: string;
}

/** `400 IMPORT_INVALID` carries every problem found; nothing was saved. */
export interface ImportInvalidReply {
  error: 'IMPORT_INVALID';
  problems: ImportProblem[];
}

const MB = (bytes: number) => String(Math.round(bytes / 1024 / 1024));

/** What each import problem says, in the trainer's language. */
export const IMPORT_TEXTS: Readonly<Record<Lang, Readonly<Record<ImportProblemKey, string>>>> = {
  de: {
    'file-too-large': `Die Datei ist zu groß: höchstens ${MB(IMPORT_LIMITS.fileBytes)} MB für eine Tabelle, ${MB(IMPORT_LIMITS.setFileBytes)} MB für einen Aufgabensatz mit Fotos.`,
    'file-type': 'Diese Dateiart geht nicht. Erlaubt sind ein Aufgabensatz als ZIP, eine CSV- oder eine XLSX-Tabelle.',
    'zip-invalid': 'Die ZIP-Datei ist beschädigt oder keine ZIP-Datei.',
    'zip-entries': `Die ZIP-Datei enthält zu viele Dateien (höchstens ${IMPORT_LIMITS.zipEntries}).`,
    'zip-bomb': `Die ZIP-Datei entpackt sich zu groß (höchstens ${MB(IMPORT_LIMITS.inflatedBytes)} MB) oder ihre Größenangaben stimmen nicht.`,
    'zip-path': 'Die ZIP-Datei enthält einen unzulässigen Dateinamen (z. B. „../“ oder einen absoluten Pfad).',
    'zip-link': 'Die ZIP-Datei enthält eine Verknüpfung (Symlink). Das ist nicht erlaubt.',
    'zip-encrypted': 'Die ZIP-Datei ist verschlüsselt oder nutzt ein unbekanntes Packverfahren.',
    'zip-nested': 'Die ZIP-Datei enthält eine weitere ZIP-Datei. Das ist nicht erlaubt.',
    'zip-unexpected': 'Die ZIP-Datei enthält Dateien, die nicht zu einem Aufgabensatz gehören.',
    'set-json-missing': 'In der ZIP-Datei fehlt „set.json“. Ist das ein exportierter Aufgabensatz?',
    'set-json-invalid': '„set.json“ ist kein gültiges JSON.',
    'format-unknown': '„set.json“ ist kein Aufgabensatz von Azubi Arcade.',
    'format-newer': 'Diese Datei stammt aus einer neueren Version von Azubi Arcade. Bitte aktualisiere zuerst.',
    'photos-unsupported': 'Die Datei nennt Fotos an einer Stelle, an der keine sein dürfen (Dateiformat 1 oder bei einer Antwort). Exportiere den Satz neu.',
    'photo-name': 'Unzulässiger Fotoname: erlaubt ist „photos/<Name>.jpg“ (auch .png, .webp; Buchstaben, Ziffern, „-“, „_“, „.“).',
    'photo-missing': 'Die Aufgabe nennt ein Foto, das in der ZIP-Datei fehlt.',
    'photo-unused': 'Dieses Foto liegt in der ZIP-Datei, aber keine Aufgabe nutzt es.',
    'photo-too-large': `Das Foto ist zu groß: höchstens ${MB(IMPORT_LIMITS.photoBytes)} MB je Foto in einem Aufgabensatz.`,
    'photo-type': 'Das ist kein Foto im Format JPEG, PNG oder WebP (geprüft am Inhalt, nicht am Namen).',
    'photo-invalid': 'Das Foto ist beschädigt und lässt sich nicht lesen.',
    'photo-pixels': 'Das Foto hat zu viele Pixel (höchstens 40 Megapixel, 12.000 Pixel je Seite).',
    'xlsx-macro': 'Die Tabelle enthält Makros. Speichere sie als normale .xlsx-Datei ohne Makros.',
    'xlsx-invalid': 'Die XLSX-Datei ist beschädigt oder keine Excel-Tabelle.',
    'xml-doctype': 'Die XLSX-Datei enthält unzulässige XML-Angaben (DOCTYPE).',
    formula: 'Formeln sind nicht erlaubt. Trage den Wert direkt ein (Zelle kopieren, „Nur Werte einfügen“).',
    'sheet-rows': `Die Tabelle hat zu viele Zeilen (höchstens ${IMPORT_LIMITS.sheetRows}).`,
    'sheet-columns': `Die Tabelle hat zu viele Spalten (höchstens ${IMPORT_LIMITS.sheetColumns}).`,
    'cell-too-long': `Der Zellinhalt ist zu lang (höchstens ${IMPORT_LIMITS.cellChars} Zeichen).`,
    encoding: 'Die CSV-Datei ist weder UTF-8 noch Windows-1252. Speichere sie als „CSV UTF-8“.',
    'header-missing': 'Diese Spalte fehlt in der ersten Zeile. Nimm die Vorlage.',
    'header-unknown': 'Unbekannte Spaltenüberschrift. Nimm die Überschriften der Vorlage.',
    'header-twice': 'Diese Spaltenüberschrift kommt zweimal vor.',
    'sheet-empty': 'Die Tabelle enthält keine Aufgaben.',
    'kind-unknown': 'Art muss „Auswahl“, „Zahl“, „Reihenfolge“ oder „Stelle“ sein.',
    'not-a-number': 'Hier gehört eine Zahl hin (Komma oder Punkt, z. B. 0,05).',
    'right-list': 'Gib die Nummern der richtigen Antworten an, z. B. „1“ oder „1, 3“.',
    'answers-extra': 'Zahl- und Stelle-Aufgaben haben keine Antworten; lass diese Spalten leer.',
    'too-many-tasks': `Ein Satz hat höchstens ${IMPORT_LIMITS.tasks} Aufgaben.`,
    'reader-limit': 'Die Datei braucht zum Lesen zu viel Speicher oder Zeit. Ist sie beschädigt? Nimm die Vorlage.',
    'sheet-photo-missing': 'Foto „{file}“ fehlt in der ZIP-Datei.',
    'sheet-photo-no-zip': 'Foto „{file}“: Lade die Tabelle zusammen mit ihren Fotos als eine ZIP-Datei hoch.',
    'sheet-photo-needed': 'Eine Stelle-Aufgabe braucht ein Foto: Trage in „Foto“ den Dateinamen ein.',
    'sheet-photo-twice': 'Foto „{file}“ liegt zweimal in der ZIP-Datei (in verschiedenen Ordnern). Lass nur eines drin.',
    'sheet-photo-too-large': `Foto „{file}“ ist zu groß: höchstens ${MB(IMPORT_LIMITS.sheetPhotoBytes)} MB je Foto.`,
    'sheet-count': 'Die ZIP-Datei muss genau eine Tabelle (.xlsx oder .csv) enthalten, dazu die Fotos – oder „set.json“ eines exportierten Aufgabensatzes.',
    'sheet-region': 'Die Stelle muss ganz im Foto liegen: X, Y, Breite und Höhe in Prozent des Fotos (0 bis 100), X + Breite und Y + Höhe höchstens 100, Breite und Höhe mindestens 1.',
    'sheet-circle': 'Ein Kreis als Stelle: X und Y sind seine Mitte, „Stelle Radius (%)“ in Prozent der Fotobreite (mindestens 0,5); Breite und Höhe bleiben leer, und der Kreis muss ganz im Foto liegen.',
    'region-extra': 'Nur eine Stelle-Aufgabe hat eine Stelle; lass diese Spalten leer.',
    'region-small': 'Die Stelle ist kleiner als eine Fingerspitze auf einem kleinen Handy (44 Pixel bei 360 Pixel Breite). Importiert; größer wäre fairer.',
  },
  en: {
    'file-too-large': `The file is too large: at most ${MB(IMPORT_LIMITS.fileBytes)} MB for a sheet, ${MB(IMPORT_LIMITS.setFileBytes)} MB for a task set with photos.`,
    'file-type': 'This kind of file does not work. Allowed: a task set as ZIP, a CSV or an XLSX sheet.',
    'zip-invalid': 'The ZIP file is damaged or not a ZIP file.',
    'zip-entries': `The ZIP file holds too many files (at most ${IMPORT_LIMITS.zipEntries}).`,
    'zip-bomb': `The ZIP file unpacks too large (at most ${MB(IMPORT_LIMITS.inflatedBytes)} MB) or its sizes are wrong.`,
    'zip-path': 'The ZIP file holds a forbidden file name (e.g. "../" or an absolute path).',
    'zip-link': 'The ZIP file holds a link (symlink). That is not allowed.',
    'zip-encrypted': 'The ZIP file is encrypted or uses an unknown packing method.',
    'zip-nested': 'The ZIP file holds another ZIP file. That is not allowed.',
    'zip-unexpected': 'The ZIP file holds files that do not belong to a task set.',
    'set-json-missing': 'The ZIP file has no "set.json". Is it an exported task set?',
    'set-json-invalid': '"set.json" is not valid JSON.',
    'format-unknown': '"set.json" is not an Azubi Arcade task set.',
    'format-newer': 'This file comes from a newer version of Azubi Arcade. Please update first.',
    'photos-unsupported': 'The file names photos where none may be (file format 1, or at an answer). Export the set again.',
    'photo-name': 'Forbidden photo name: allowed is "photos/<name>.jpg" (also .png, .webp; letters, digits, "-", "_", ".").',
    'photo-missing': 'The task names a photo that is missing from the ZIP file.',
    'photo-unused': 'This photo is in the ZIP file, but no task uses it.',
    'photo-too-large': `The photo is too large: at most ${MB(IMPORT_LIMITS.photoBytes)} MB per photo in a task set.`,
    'photo-type': 'This is not a JPEG, PNG or WebP photo (checked by its content, not its name).',
    'photo-invalid': 'The photo is damaged and cannot be read.',
    'photo-pixels': 'The photo has too many pixels (at most 40 megapixels, 12,000 pixels a side).',
    'xlsx-macro': 'The sheet holds macros. Save it as a plain .xlsx file without macros.',
    'xlsx-invalid': 'The XLSX file is damaged or not an Excel sheet.',
    'xml-doctype': 'The XLSX file holds forbidden XML declarations (DOCTYPE).',
    formula: 'Formulas are not allowed. Enter the value itself (copy the cell, "paste values only").',
    'sheet-rows': `The sheet has too many rows (at most ${IMPORT_LIMITS.sheetRows}).`,
    'sheet-columns': `The sheet has too many columns (at most ${IMPORT_LIMITS.sheetColumns}).`,
    'cell-too-long': `The cell is too long (at most ${IMPORT_LIMITS.cellChars} characters).`,
    encoding: 'The CSV file is neither UTF-8 nor Windows-1252. Save it as "CSV UTF-8".',
    'header-missing': 'This column is missing from the first row. Use the template.',
    'header-unknown': 'Unknown column heading. Use the headings of the template.',
    'header-twice': 'This column heading appears twice.',
    'sheet-empty': 'The sheet holds no tasks.',
    'kind-unknown': 'Art must be "Auswahl", "Zahl", "Reihenfolge" or "Stelle".',
    'not-a-number': 'A number belongs here (comma or point, e.g. 0.05).',
    'right-list': 'Give the numbers of the right answers, e.g. "1" or "1, 3".',
    'answers-extra': 'Number and spot tasks have no answers; leave these columns empty.',
    'too-many-tasks': `A set has at most ${IMPORT_LIMITS.tasks} tasks.`,
    'reader-limit': 'Reading the file takes too much memory or time. Is it damaged? Use the template.',
    'sheet-photo-missing': 'Photo "{file}" is missing from the ZIP file.',
    'sheet-photo-no-zip': 'Photo "{file}": upload the sheet together with its photos as one ZIP file.',
    'sheet-photo-needed': 'A spot task needs a photo: enter its file name under "Foto".',
    'sheet-photo-twice': 'Photo "{file}" is in the ZIP file twice (in different folders). Keep only one.',
    'sheet-photo-too-large': `Photo "{file}" is too large: at most ${MB(IMPORT_LIMITS.sheetPhotoBytes)} MB per photo.`,
    'sheet-count': 'The ZIP file must hold exactly one sheet (.xlsx or .csv) and the photos, or the "set.json" of an exported task set.',
    'sheet-region': 'The spot must lie inside the photo: X, Y, width and height in percent of the photo (0 to 100), X + width and Y + height at most 100, width and height at least 1.',
    'sheet-circle': 'A circle as the spot: X and Y are its centre, "Stelle Radius (%)" in percent of the photo\'s width (at least 0.5); leave width and height empty, and the circle must lie inside the photo.',
    'region-extra': 'Only a spot task has a spot; leave these columns empty.',
    'region-small': 'The spot is smaller than a fingertip on a small phone (44 pixels at 360 pixels width). Imported; larger would be fairer.',
  },
};
