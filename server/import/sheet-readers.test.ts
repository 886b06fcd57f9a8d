import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SHEET_COLUMNS } from '../../shared/games/werkstatt/sheet.ts';
import { readCsvRows } from './csv-sheet.ts';
import { csvTemplate, xlsxTemplate } from './sheet-template.ts';
import { readXlsxRows } from './xlsx-sheet.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const refusal = async (work: () => unknown): Promise<unknown> => {
  try {
    await work();
    return 'ok';
  } catch (err) {
    const e = err as { key?: string; row?: number | null; column?: string | null };
    return e.key ? { key: e.key, row: e.row, column: e.column } : String(err);
  }
};
/** The XLSX template with its sheet XML changed (and maybe more parts). */
function xlsxWith(edit: (sheet: string) => string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const parts = unzipSync(xlsxTemplate());
  parts['xl/worksheets/sheet1.xml'] = strToU8(edit(strFromU8(parts['xl/worksheets/sheet1.xml']!)));
  return zipSync({ ...parts, ...extra });
}

describe('CSV reader', () => {
  it('reads the template (UTF-8 with BOM, semicolons) with every heading intact', () => {
    const rows = readCsvRows(csvTemplate());
    expect(rows[0]).toEqual([...SHEET_COLUMNS]);
    expect(rows).toHaveLength(4);
  });

  it('guesses commas, keeps quoted separators and line breaks, keeps blank lines as rows', () => {
    expect(readCsvRows(enc('Art,Frage\r\n\r\nZahl,"a, b\nc"\r\n'))).toEqual([['Art', 'Frage'], [''], ['Zahl', 'a, b\nc']]);
  });

  it('reads Windows-1252 (German Excel "CSV") and refuses binary data', async () => {
    const cp1252 = new Uint8Array([...enc('Art;Frage\nZahl;Spaltma'), 0xdf, ...enc(' in '), 0xb5, 0x6d]);
    expect(readCsvRows(cp1252)[1]).toEqual(['Zahl', 'Spaltmaß in µm']);
    expect(await refusal(() => readCsvRows(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])))).toMatchObject({ key: 'encoding' });
  });

  it('stops at the row cap instead of reading a huge sheet', async () => {
    const huge = enc(`Art;Frage\n${'Zahl;x\n'.repeat(100_000)}`);
    const started = performance.now();
    expect(await refusal(() => readCsvRows(huge))).toMatchObject({ key: 'sheet-rows' });
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('XLSX reader (read-excel-file behind our checks)', () => {
  it('reads the template: headings and example rows as text, numbers as written', async () => {
    const rows = await readXlsxRows(xlsxTemplate());
    expect(rows[0]).toEqual([...SHEET_COLUMNS]);
    expect(rows[2]!.slice(0, 2)).toEqual(['Zahl', 'Spaltmaß der Führung in mm?']);
    const numeric = xlsxWith((s) => s.replace('<c r="L3" t="inlineStr"><is><t xml:space="preserve">0,05</t></is></c>', '<c r="L3"><v>0.05</v></c>'));
    expect((await readXlsxRows(numeric))[2]![11]).toBe('0.05');
  });

  it('refuses a formula cell and names its row and column', async () => {
    const formula = xlsxWith((s) => s.replace('<c r="L3" t="inlineStr"><is><t xml:space="preserve">0,05</t></is></c>', '<c r="L3"><f>HYPERLINK("http://evil.example","x")</f><v>0</v></c>'));
    expect(await refusal(() => readXlsxRows(formula))).toEqual({ key: 'formula', row: 3, column: 'L' });
  });

  it('refuses macros, DOCTYPE/entities (XXE, billion laughs), too many rows, and an XLSX bomb', async () => {
    expect(await refusal(() => readXlsxRows(xlsxWith((s) => s, { 'xl/vbaProject.bin': new Uint8Array([1, 2, 3]) })))).toMatchObject({ key: 'xlsx-macro' });
    const xxe = xlsxWith((s) => s.replace('?>', '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'));
    expect(await refusal(() => readXlsxRows(xxe))).toMatchObject({ key: 'xml-doctype' });
    const rows = Array.from({ length: 150 }, (_, i) => `<row r="${i + 5}"><c r="A${i + 5}" t="inlineStr"><is><t>Zahl</t></is></c></row>`).join('');
    expect(await refusal(() => readXlsxRows(xlsxWith((s) => s.replace('</sheetData>', `${rows}</sheetData>`))))).toMatchObject({ key: 'sheet-rows' });
    const bomb = xlsxWith((s) => s.replace('</worksheet>', `<!--${' '.repeat(9 * 1024 * 1024)}--></worksheet>`));
    expect(await refusal(() => readXlsxRows(bomb))).toMatchObject({ key: 'zip-bomb' });
  });

  it('refuses a ZIP that is no workbook, and damaged data, with a code', async () => {
    expect(await refusal(() => readXlsxRows(zipSync({ 'set.json': strToU8('{}') })))).toMatchObject({ key: 'xlsx-invalid' });
    const broken = xlsxWith((s) => s.replace('<sheetData>', '<sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row>'));
    expect(['ok', 'xlsx-invalid']).toContain(((await refusal(() => readXlsxRows(broken))) as { key?: string }).key ?? 'ok');
  });
});
