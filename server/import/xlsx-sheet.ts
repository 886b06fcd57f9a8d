import { strFromU8, zipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { IMPORT_LIMITS } from '../../shared/games/werkstatt/transfer.ts';
import { ImportRefusal, readZip } from './zip-reader.ts';

// XLSX uploads as spreadsheet rows. The reader is read-excel-file (maintained, reads values
// only; not SheetJS `xlsx`, CVE-2023-30533). Before it sees a byte, our own ZIP reader checks
// the archive (bombs, names, links, entry count, nesting), and we refuse macros, DOCTYPE
// (XXE, entity bombs), formula cells and oversized sheets; read-excel-file then gets a
// freshly written copy of exactly the entries we checked.

const XML_LIMITS = { entries: IMPORT_LIMITS.zipEntries, inflatedBytes: IMPORT_LIMITS.inflatedBytes, ratio: IMPORT_LIMITS.ratio };

/** Excel's cell reference "C7" as row 7, column "C". */
function cellRef(ref: string | undefined): { row: number | null; column: string | null } {
  const m = ref ? /^([A-Z]{1,3})(\d{1,7})$/.exec(ref) : null;
  return m ? { row: Number(m[2]), column: m[1]! } : { row: null, column: null };
}

/** Checks the unpacked parts of a workbook; throws ImportRefusal for the first threat found. */
function checkParts(parts: Map<string, Uint8Array>): void {
  if (!parts.has('[Content_Types].xml') || !parts.has('xl/workbook.xml')) throw new ImportRefusal('xlsx-invalid');
  for (const [name, bytes] of parts) {
    if (/vbaProject|\.bin$/i.test(name) && name.startsWith('xl/')) throw new ImportRefusal('xlsx-macro');
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const xml = strFromU8(bytes);
    if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new ImportRefusal('xml-doctype');
    if (name === '[Content_Types].xml' && /macroEnabled/i.test(xml)) throw new ImportRefusal('xlsx-macro');
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      const formula = /<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*>(?:(?!<\/c>)[\s\S])*?<f[\s>/]/.exec(xml) ?? /<f[\s>/]/.exec(xml);
      if (formula) {
        const at = cellRef(formula[1]);
        throw new ImportRefusal('formula', at.row, at.column);
      }
      const rows = xml.match(/<row\b/g)?.length ?? 0;
      if (rows > IMPORT_LIMITS.sheetRows) throw new ImportRefusal('sheet-rows');
    }
  }
}

/** A cell value of read-excel-file as text ('' when empty). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/**
 * Rows of the first sheet of an XLSX upload (untrusted, ≤ IMPORT_LIMITS.fileBytes), every cell
 * as text (numbers as written in the file, e.g. "0.05"). Throws ImportRefusal: the ZIP threats
 * of readZip, `xlsx-invalid`, `xlsx-macro`, `xml-doctype`, `formula` (with row and column
 * letter), `sheet-rows`, `sheet-columns`.
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const parts = readZip(bytes, XML_LIMITS);
  checkParts(parts);
  const clean = zipSync(Object.fromEntries(parts), { level: 1 });
  let data: unknown[][];
  try {
    data = await readSheet(Buffer.from(clean.buffer, clean.byteOffset, clean.byteLength), { parseNumber: (s: string) => s, trim: false });
  } catch {
    throw new ImportRefusal('xlsx-invalid');
  }
  if (data.length > IMPORT_LIMITS.sheetRows) throw new ImportRefusal('sheet-rows');
  if (data.some((r) => r.length > IMPORT_LIMITS.sheetColumns)) throw new ImportRefusal('sheet-columns');
  return data.map((r) => r.map(cellText));
}
