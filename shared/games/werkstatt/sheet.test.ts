import { describe, expect, it } from 'vitest';
import { SHEET_COLUMNS, SHEET_EXAMPLE, sheetToSet } from './sheet.ts';

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
