import { describe, expect, it } from 'vitest';
import { SHEET_COLUMNS } from '../../shared/games/werkstatt/sheet.ts';
import { cp850Bytes, makeZip, zipWithRawNames } from '../../tests/helpers/zip-craft.ts';
import { entriesOf } from './set-archive.ts';
import { holdsSheet, importSheetArchive } from './sheet-archive.ts';

// A sheet with its photos in one ZIP, read without the server: which file is the sheet, how a
// row finds its photo, what is ignored and what is refused.

const H = [...SHEET_COLUMNS];
const row = (cells: Record<string, string>) => H.map((c) => cells[c] ?? '').join(';');
const spot = (foto: string) => row({ Art: 'Stelle', Frage: 'Wo?', Foto: foto, 'Stelle X (%)': '10', 'Stelle Y (%)': '10', 'Stelle Breite (%)': '30', 'Stelle Höhe (%)': '30' });
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const read = (entries: Record<string, string | Uint8Array> | Uint8Array) => {
  const files = entriesOf(entries instanceof Uint8Array ? entries : makeZip(entries));
  if (!(files instanceof Map)) throw new Error(JSON.stringify(files));
  return files;
};

describe('importSheetArchive', () => {
  it('finds photos by file name in any folder and any case, once per photo, and ignores lock files and macOS extras', async () => {
    const files = read({
      'Ordner/aufgaben.csv': `${H.join(';')}\n${spot('Endschalter.JPG')}\n${spot('endschalter.jpg')}\n`,
      'Ordner/bilder/endschalter.jpg': JPEG, 'Ordner/~$aufgaben.xlsx': 'lock', '__MACOSX/Ordner/._endschalter.jpg': 'x', 'Ordner/.DS_Store': 'x', 'Ordner/frei.png': JPEG,
    });
    expect(holdsSheet(files)).toBe(true);
    const r = await importSheetArchive(files, 'Satz');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.photos.map((p) => ({ file: p.file, row: p.row }))).toEqual([{ file: 'Endschalter.JPG', row: 2 }]);
    expect(r.value.tasks.map((t) => t.photo)).toEqual([r.photos[0]!.id, r.photos[0]!.id]);
    expect(r.rows).toEqual([2, 3]);
  });

  it('refuses another kind of file, a photo twice under one name, and a ZIP with no or two sheets', async () => {
    expect(await importSheetArchive(read({ 'a.csv': `${H.join(';')}\n${spot('e.jpg')}\n`, 'e.jpg': JPEG, 'notiz.txt': 'x' }), 'S')).toEqual({ ok: false, problems: [{ row: null, column: null, key: 'zip-unexpected', file: 'notiz.txt' }] });
    const twice = await importSheetArchive(read({ 'a.csv': `${H.join(';')}\n${spot('e.jpg')}\n`, 'x/e.jpg': JPEG, 'y/E.jpg': JPEG }), 'S');
    expect(twice).toEqual({ ok: false, problems: [{ row: 2, column: 'Foto', key: 'sheet-photo-twice', file: 'e.jpg' }] });
    expect(await importSheetArchive(read({ 'a.csv': 'x', 'b.xlsx': 'y' }), 'S')).toEqual({ ok: false, problems: [{ row: null, column: null, key: 'sheet-count' }] });
    // A ZIP of photos alone is neither a sheet nor a set file.
    expect(holdsSheet(read({ 'e.jpg': JPEG }))).toBe(false);
    expect(holdsSheet(read({ 'set.json': '{}', 'a.csv': 'x' }))).toBe(false);
  });

  it('finds photos with umlauts whatever the zip tool: CP850 (Windows Explorer), UTF-8, decomposed (macOS), any case', async () => {
    const sheet = `${H.join(';')}\n${spot('Prüfstand.jpg')}\n${spot('MAß.PNG')}\n${spot('öl-Ablass.JPG'.normalize('NFD'))}\n`;
    const entries: [string, string | Uint8Array][] = [['Übungen/Prüfungsaufgaben.csv', sheet], ['Übungen/Prüfstand.jpg', JPEG], ['Übungen/Maß.png', PNG], ['Übungen/Öl-Ablass.jpg', JPEG]];
    const windows = read(zipWithRawNames(entries.map(([n, v]) => [cp850Bytes(n), v])));
    const utf8 = read(Object.fromEntries(entries));
    const mac = read(zipWithRawNames(entries.map(([n, v]) => [new TextEncoder().encode(n.normalize('NFD')), v])));
    for (const files of [windows, utf8, mac]) {
      const r = await importSheetArchive(files, 'Satz');
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (r.ok) expect(r.photos.map((p) => p.file)).toEqual(['Prüfstand.jpg', 'MAß.PNG', 'öl-Ablass.JPG'.normalize('NFD')]);
    }
  });

  it('names a photo that is still not there by its row and file ("Pruefstand.jpg" is not "Prüfstand.jpg")', async () => {
    const files = read(zipWithRawNames([[cp850Bytes('a.csv'), `${H.join(';')}\n${spot('Pruefstand.jpg')}\n`], [cp850Bytes('Prüfstand.jpg'), JPEG]]));
    expect(await importSheetArchive(files, 'S')).toEqual({ ok: false, problems: [{ row: 2, column: 'Foto', key: 'sheet-photo-missing', file: 'Pruefstand.jpg' }] });
  });
});
