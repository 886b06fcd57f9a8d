import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './xlsx.ts';

// The XLSX keeps what a user typed (issue 21 §1): read back with a second library, and the
// sheet XML checked for string cells (t="s") where text was written and numbers elsewhere.

const TYPED = ['3-4', '007', '1/2', '=HYPERLINK("x")', '12.5', 'Łukasz Ömer', '2026-12-06'];

describe('toXlsx', () => {
  it('text cells stay text, numbers stay numbers, empty stays empty', async () => {
    const bytes = await toXlsx([
      { name: 'Sitzung', table: { header: ['Spieler', 'Punkte', 'Median ms'], rows: TYPED.map((name, i) => [name, 100 * i, i === 0 ? null : 250 + i]) } },
      { name: 'Zweites/Blatt:[x]', table: { header: ['A'], rows: [['x']] } },
    ]);
    const sheets = await readXlsxFile(bytes);
    expect(sheets.map((s) => s.sheet)).toEqual(['Sitzung', 'Zweites Blatt  x ']);
    const data = sheets[0]!.data;
    expect(data[0]).toEqual(['Spieler', 'Punkte', 'Median ms']);
    expect(data.slice(1).map((r) => r[0])).toEqual(TYPED);
    expect(data.slice(1).map((r) => r[1])).toEqual(TYPED.map((_, i) => 100 * i));
    expect(data[1]![2]).toBeNull();

    const files = unzipSync(new Uint8Array(bytes));
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const cells = [...xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*)>/g)].map((m) => ({ col: m[1], row: Number(m[2]), attrs: m[3] ?? '' }));
    const nameCells = cells.filter((c) => c.col === 'A');
    expect(nameCells).toHaveLength(TYPED.length + 1);
    for (const c of nameCells) expect(c.attrs, `A${c.row}`).toContain('t="s"');
    for (const c of cells.filter((x) => x.col === 'B' && x.row > 1)) expect(c.attrs, `B${c.row}`).not.toContain('t="s"');
    // The text cells carry the text number format "@" (they stay text when edited).
    const styles = strFromU8(files['xl/styles.xml']!);
    expect(styles).toMatch(/formatCode="@"/);
    // No formula anywhere: "=HYPERLINK" is a string.
    expect(xml).not.toContain('<f>');
  });
});
