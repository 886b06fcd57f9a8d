import writeXlsxFile, { type Cell as XlsxCell, type Sheet } from 'write-excel-file/node';
import type { ReportTable } from './report-tables.ts';

// Report downloads as Excel workbooks (issue 21 §1): what a user typed stays what it was.
// Every text cell is written as a string (t="s" in the sheet XML) with the text number
// format "@", so a nickname "3-4" never becomes the 3rd of April and "007" keeps its
// zeros, also after the cell is edited; numbers (points, ms, %) stay numbers. A string is
// never a formula in XLSX, so no "'" prefix is needed (unlike the CSV).
// Library: write-excel-file (maintained, pure JS, only fflate; not SheetJS `xlsx`, whose
// npm copy has CVE-2023-30533).

/** Longest sheet name Excel accepts. */
const SHEET_NAME_MAX = 31;
/** Column width bounds, in characters. */
const WIDTH_MIN = 6;
const WIDTH_MAX = 60;

function cell(value: string | number | null, header = false): XlsxCell {
  if (value === null) return null;
  if (typeof value === 'number') return { type: Number, value };
  return { type: String, value, format: '@', ...(header ? { fontWeight: 'bold' as const } : {}) };
}

function width(table: ReportTable, col: number): number {
  const longest = Math.max(...[table.header, ...table.rows].map((r) => String(r[col] ?? '').length));
  return Math.min(WIDTH_MAX, Math.max(WIDTH_MIN, longest + 2));
}

/** The bytes of an .xlsx workbook with one sheet per table (header row bold and kept in view). */
export async function toXlsx(sheets: readonly { name: string; table: ReportTable }[]): Promise<Buffer> {
  const data: Sheet<Buffer>[] = sheets.map(({ name, table }) => ({
    sheet: name.replace(/[\\/?*[\]:]/g, ' ').slice(0, SHEET_NAME_MAX) || 'Sheet',
    data: [table.header.map((h) => cell(h, true)), ...table.rows.map((row) => row.map((v) => cell(v)))],
    columns: table.header.map((_, i) => ({ width: width(table, i) })),
    stickyRowsCount: 1,
  }));
  return writeXlsxFile(data).toBuffer();
}
