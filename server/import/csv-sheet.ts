import Papa from 'papaparse';
import { IMPORT_LIMITS } from '../../shared/games/werkstatt/transfer.ts';
import { ImportRefusal } from './zip-reader.ts';

// CSV uploads as spreadsheet rows. Excel writes CSV in the office's code page (Windows-1252
// in Germany) with `;` between cells, "CSV UTF-8" with a byte-order mark and `;`; LibreOffice
// asks. So: UTF-8 when the bytes are valid UTF-8, else Windows-1252; the delimiter as
// PapaParse guesses it among `;`, `,` and tab. Every cell stays text.

/** The text of CSV bytes: UTF-8 (BOM dropped), else Windows-1252; refuses NUL bytes (binary files). */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new ImportRefusal('encoding');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Rows of a CSV upload (untrusted, ≤ IMPORT_LIMITS.fileBytes): every cell as text, row numbers
 * kept (blank lines stay as rows, so row n is line n). Stops reading past
 * IMPORT_LIMITS.sheetRows and throws ImportRefusal('sheet-rows'); `encoding` for binary data.
 */
export function readCsvRows(bytes: Uint8Array): string[][] {
  const text = decodeCsv(bytes);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: '', delimitersToGuess: [';', ',', '\t'], skipEmptyLines: false, dynamicTyping: false,
    header: false, preview: IMPORT_LIMITS.sheetRows + 1,
  });
  const rows = parsed.data.map((r) => (Array.isArray(r) ? r.map((c) => (typeof c === 'string' ? c : '')) : []));
  // A file ending in a line break yields one last empty row.
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  if (rows.length > IMPORT_LIMITS.sheetRows) throw new ImportRefusal('sheet-rows');
  return rows;
}
