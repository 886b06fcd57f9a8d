import { normalizeNickname } from '../../../shared/core/text.ts';

// m19: the pasted class list ("Name; Beruf; Jahr" a line, or tab-separated from a spreadsheet).

export interface ImportLine {
  line: number;
  displayName: string;
  trade: string;
  trainingYear: number;
}

/** Parses the pasted list; returns the lines to create and the numbers of lines that cannot be read. */
export function parseClassList(text: string, defaultYear = 1): { rows: ImportLine[]; unreadable: number[] } {
  const rows: ImportLine[] = [];
  const unreadable: number[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const [name = '', trade = '', year = ''] = raw.split(/\t|;/).map((cell) => cell.trim());
    const yearNumber = year === '' ? defaultYear : Number.parseInt(year, 10);
    if (!normalizeNickname(name).ok || !Number.isInteger(yearNumber) || yearNumber < 1 || yearNumber > 4) unreadable.push(i + 1);
    else rows.push({ line: i + 1, displayName: name, trade, trainingYear: yearNumber });
  });
  return { rows, unreadable };
}
