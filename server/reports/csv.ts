/**
 * CSV that a German Excel opens correctly by double-click: UTF-8 with BOM (else umlauts
 * break), `;` as separator (Excel's list separator in German locales), CRLF line ends.
 * Cells that Excel would read as a formula (= + - @, or tab / CR first) get a leading `'`
 * (OWASP "CSV injection"): a nickname like `=HYPERLINK(…)` stays text.
 */
const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export type Cell = string | number | null;

function cell(value: Cell): string {
  if (value === null) return '';
  // Numbers are ours (never a formula); a negative number stays a number.
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The bytes of a CSV file: header row first. */
export function toCsv(rows: readonly (readonly Cell[])[]): Buffer {
  return Buffer.from(BOM + rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n', 'utf8');
}

/** A file name safe in a Content-Disposition header (ASCII letters, digits, - _ .). */
export function safeFileName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 80) || 'export';
}

// Swedish formatting is ISO-like ("2026-11-24 14:05"), which Excel reads as a date in any locale.
const berlinFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/** A time as Berlin wall-clock "YYYY-MM-DD HH:MM" (what the trainer saw on the clock). */
export function berlinDateTime(iso: string): string {
  return berlinFormat.format(new Date(iso));
}

const offsetFormat = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });

/**
 * Berlin's offset from UTC at that moment, "UTC+01:00" (winter) or "UTC+02:00" (summer time):
 * with berlinDateTime the time is unambiguous. "UTC" first, so no spreadsheet reads it as a formula or number.
 */
export function berlinOffset(iso: string): string {
  const name = offsetFormat.formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+00:00';
  const m = /([+-]\d{2}):?(\d{2})?/.exec(name);
  return m ? `UTC${m[1]}:${m[2] ?? '00'}` : 'UTC+00:00';
}
