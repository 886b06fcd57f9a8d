import { describe, expect, it } from 'vitest';
import { SHEET_COLUMNS, SHEET_EXAMPLE, sheetToSet } from './sheet.ts';
import { UNFITTED_RY } from './spot.ts';

const H = [...SHEET_COLUMNS];
/** A row of the template from named cells. */
const row = (cells: Record<string, string>) => H.map((c) => cells[c] ?? '');
const problemsOf = (rows: string[][], title = 'Satz') => {
  const r = sheetToSet(rows, title);
  return r.ok ? [] : r.problems;
};

describe('spreadsheet import (sheetToSet)', () => {
  it('turns the template example into a checked set, numbers with comma or point', () => {
    const r = sheetToSet([H, ...SHEET_EXAMPLE.map((x) => [...x])], 'Vorlage');
    expect(r.ok && r.value.tasks.map((t) => t.kind)).toEqual(['choice', 'number', 'order']);
    expect(r.ok && r.value.tasks[1]).toMatchObject({ value: 0.05, tolerance: 0.01, unit: 'mm' });
    const point = sheetToSet([H, row({ Art: 'zahl', Frage: 'Wert?', Wert: '0.05', Toleranz: '0.01' })], 'P');
    expect(point.ok && point.value.tasks[0]).toMatchObject({ value: 0.05, tolerance: 0.01 });
  });

  it('reads several right answers, headings in any case, and skips blank rows (row numbers stay as shown)', () => {
    const rows = [H.map((h) => h.toUpperCase()), [], row({ Art: 'Auswahl', Frage: 'Welche?', 'Antwort 1': 'a', 'Antwort 2': 'b', 'Antwort 3': 'c', Richtig: '1; 3' })];
    const r = sheetToSet(rows, 'S');
    expect(r.ok && r.value.tasks[0]).toMatchObject({ options: [{ text: 'a', right: true }, { text: 'b', right: false }, { text: 'c', right: true }] });
  });

  it('lists every bad row with its row number, column and problem; nothing is imported', () => {
    const rows = [
      H,
      row({ Art: 'Auswahl', Frage: 'Gut?', 'Antwort 1': 'ja', 'Antwort 2': 'nein', Richtig: '1' }),
      row({ Art: 'Zauber', Frage: 'x' }),
      row({ Art: 'Zahl', Frage: 'Wert?', Wert: 'viel' }),
      row({ Art: 'Auswahl', Frage: 'Welche?', 'Antwort 1': 'a', 'Antwort 2': 'b', Richtig: '5' }),
      row({ Art: 'Zahl', Frage: 'Spalt?', Wert: '1', Toleranz: '0,5' }),
      row({ Art: 'Reihenfolge', Frage: 'Schritte', 'Antwort 1': 'a', 'Antwort 2': 'b' }),
    ];
    expect(problemsOf(rows)).toEqual([
      { row: 3, column: 'Art', key: 'kind-unknown' },
      { row: 4, column: 'Wert', key: 'not-a-number' },
      { row: 5, column: 'Richtig', key: 'right-list' },
      { row: 6, column: 'Toleranz', key: 'tolerance-wide' },
      { row: 7, column: 'Antwort 1', key: 'steps-count' },
    ]);
  });

  it('refuses missing, unknown and doubled headings, and prototype keys as headings or values', () => {
    expect(problemsOf([['Frage', 'Antwort 1']])).toEqual([{ row: 1, column: 'Art', key: 'header-missing' }]);
    expect(problemsOf([['Art', 'Frage', '__proto__', 'Frage']])).toEqual([{ row: 1, column: '__proto__', key: 'header-unknown' }, { row: 1, column: 'Frage', key: 'header-twice' }]);
    expect(problemsOf([H, row({ Art: '__proto__', Frage: 'constructor' })])).toEqual([{ row: 2, column: 'Art', key: 'kind-unknown' }]);
    expect(problemsOf([H, row({ Art: 'toString', Frage: 'x' })])).toEqual([{ row: 2, column: 'Art', key: 'kind-unknown' }]);
    expect(problemsOf([H, row({ Art: 'Constructor', Frage: 'x' })])).toEqual([{ row: 2, column: 'Art', key: 'kind-unknown' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses formulas, over-long cells, too many rows, columns and tasks, and an empty sheet', () => {
    expect(problemsOf([H, row({ Art: 'Zahl', Frage: 'Wert?', Wert: '=1+1' })])).toEqual([{ row: 2, column: 'Wert', key: 'formula' }]);
    expect(problemsOf([H, row({ Art: 'Zahl', Frage: 'x'.repeat(401), Wert: '1' })])).toEqual([{ row: 2, column: 'Frage', key: 'cell-too-long' }]);
    const task = row({ Art: 'Zahl', Frage: 'Wert?', Wert: '1' });
    expect(problemsOf([H, ...Array.from({ length: 21 }, () => task)])).toEqual([{ row: null, column: null, key: 'too-many-tasks' }]);
    expect(problemsOf([H, ...Array.from({ length: 100 }, () => task)])).toEqual([{ row: null, column: null, key: 'sheet-rows' }]);
    expect(problemsOf([[...H, ...Array.from({ length: 30 }, () => 'x')]])).toEqual([{ row: null, column: null, key: 'sheet-columns' }]);
    expect(problemsOf([H, []])).toEqual([{ row: null, column: null, key: 'sheet-empty' }]);
    expect(problemsOf([H, task], '')).toEqual([{ row: null, column: null, key: 'title' }]);
  });
});

const ID = '7d0c5f3e-2b1a-4c8d-9e6f-0a1b2c3d4e5f';
const ID2 = '8e1d6a4f-3c2b-4d9e-8f70-1b2c3d4e5f60';
/** A ZIP holding endschalter.jpg and presse.png (the server's lookup checks the bytes, too). */
const inZip = (name: string) => (name === 'endschalter.jpg' ? { id: ID } : name === 'presse.png' ? { id: ID2 } : { key: 'sheet-photo-missing' });
const spot = (cells: Record<string, string>) => row({ Art: 'Stelle', Frage: 'Wo ist der Endschalter?', Foto: 'endschalter.jpg', 'Stelle X (%)': '10', 'Stelle Y (%)': '20,5', 'Stelle Breite (%)': '15', 'Stelle Höhe (%)': '12', ...cells });
/** A circle spot: centre 50 % / 40 %, radius 10 % of the width. */
const circle = (cells: Record<string, string>) => spot({ 'Stelle X (%)': '50', 'Stelle Y (%)': '40', 'Stelle Breite (%)': '', 'Stelle Höhe (%)': '', 'Stelle Radius (%)': '10', ...cells });
/** The problems of a sheet whose photos are in the ZIP (inZip). */
const zipProblems = (rows: string[][]) => { const r = sheetToSet([H, ...rows], 'S', inZip); return r.ok ? [] : r.problems; };

describe('sheet rows with a photo and a spot (sheetToSet with a photo lookup)', () => {

  it('reads a spot task: the photo by file name, the rectangle from percent to 0..1, and each task\'s row', () => {
    const r = sheetToSet([H, [], spot({}), row({ Art: 'Auswahl', Frage: 'Welcher?', Foto: 'presse.png', 'Antwort 1': 'a', 'Antwort 2': 'b', Richtig: '2' })], 'Fotos', inZip);
    expect(r.ok && r.value.tasks[0]).toEqual({ kind: 'spot', prompt: 'Wo ist der Endschalter?', explain: '', limitS: null, tags: [], photo: ID, region: { shape: 'rect', x: 0.1, y: 0.205, w: 0.15, h: 0.12 } });
    expect(r.ok && r.value.tasks[1]).toMatchObject({ kind: 'choice', photo: ID2 });
    expect(r.ok && r.rows).toEqual([3, 4]);
  });

  it('takes headings without "(%)", "Hoehe" and "Bild", and the kind in English', () => {
    const head = H.map((h) => (h === 'Stelle Höhe (%)' ? 'stelle hoehe' : h === 'Foto' ? 'Bild' : h.replace(' (%)', '')));
    const r = sheetToSet([head, spot({ Art: 'spot' })], 'S', inZip);
    expect(r.ok && r.value.tasks[0]).toMatchObject({ kind: 'spot', region: { h: 0.12 } });
  });

  it('names the row and the file of a photo missing from the ZIP, or of a sheet without a ZIP', () => {
    const r = sheetToSet([H, spot({}), spot({ Foto: 'fehlt.jpg' })], 'S', inZip);
    expect(r.ok ? [] : r.problems).toEqual([{ row: 3, column: 'Foto', key: 'sheet-photo-missing', file: 'fehlt.jpg' }]);
    expect(problemsOf([H, spot({})])).toEqual([{ row: 2, column: 'Foto', key: 'sheet-photo-no-zip', file: 'endschalter.jpg' }]);
  });

  it('refuses a spot without photo or region, outside the photo, too large, and a region on another kind', () => {
    expect(zipProblems([spot({ Foto: '' })])).toEqual([{ row: 2, column: 'Foto', key: 'sheet-photo-needed' }]);
    expect(zipProblems([spot({ 'Stelle Höhe (%)': '' })])).toEqual([{ row: 2, column: 'Stelle Höhe (%)', key: 'sheet-region' }]);
    expect(zipProblems([spot({ 'Stelle X (%)': '90' })])).toEqual([{ row: 2, column: 'Stelle X (%)', key: 'sheet-region' }]);
    expect(zipProblems([spot({ 'Stelle Y (%)': '-5' })])).toEqual([{ row: 2, column: 'Stelle X (%)', key: 'sheet-region' }]);
    expect(zipProblems([spot({ 'Stelle Breite (%)': '0,5' })])).toEqual([{ row: 2, column: 'Stelle X (%)', key: 'sheet-region' }]);
    expect(zipProblems([spot({ 'Stelle Breite (%)': '60', 'Stelle Höhe (%)': '50' })])).toEqual([{ row: 2, column: 'Stelle Breite (%)', key: 'region-large' }]);
    expect(zipProblems([spot({ 'Stelle X (%)': 'links' })])).toEqual([{ row: 2, column: 'Stelle X (%)', key: 'not-a-number' }]);
    expect(zipProblems([spot({ 'Antwort 1': 'a' })])).toEqual([{ row: 2, column: 'Antwort 1', key: 'answers-extra' }]);
    expect(zipProblems([row({ Art: 'Zahl', Frage: 'Wert?', Wert: '1', 'Stelle Y (%)': '5' })])).toEqual([{ row: 2, column: 'Stelle Y (%)', key: 'region-extra' }]);
  });

  it('reads a circle: X and Y its centre, "Stelle Radius (%)" in % of the photo\'s width; the server fits ry to the photo', () => {
    const r = sheetToSet([H, circle({})], 'S', inZip);
    expect(r.ok && r.value.tasks[0]).toMatchObject({ kind: 'spot', region: { shape: 'circle', x: 0.5, y: 0.4, rx: 0.1, ry: UNFITTED_RY } });
    expect(zipProblems([circle({ 'Stelle Y (%)': '' })])).toEqual([{ row: 2, column: 'Stelle Y (%)', key: 'sheet-circle' }]);
    expect(zipProblems([circle({ 'Stelle Breite (%)': '10' })])).toEqual([{ row: 2, column: 'Stelle Breite (%)', key: 'sheet-circle' }]);
    expect(zipProblems([circle({ 'Stelle X (%)': '95' })])).toEqual([{ row: 2, column: 'Stelle Radius (%)', key: 'sheet-circle' }]);
    expect(zipProblems([circle({ 'Stelle Radius (%)': '0,2' })])).toEqual([{ row: 2, column: 'Stelle Radius (%)', key: 'sheet-circle' }]);
    expect(zipProblems([row({ Art: 'Zahl', Frage: 'Wert?', Wert: '1', 'Stelle Radius (%)': '5' })])).toEqual([{ row: 2, column: 'Stelle Radius (%)', key: 'region-extra' }]);
  });
});
