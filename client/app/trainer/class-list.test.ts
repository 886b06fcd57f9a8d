import { describe, expect, it } from 'vitest';
import { parseClassList } from './class-list.ts';

describe('parseClassList (m19: a class pasted as a list)', () => {
  it('reads "Name; Beruf; Jahr", tabs from a spreadsheet, and missing trade or year', () => {
    const { rows, unreadable } = parseClassList('Lena K.; Augenoptikerin; 2\nJonas M.\tFeinoptiker\t3\n\nTim 🚀\nAli;;4\n');
    expect(rows).toEqual([
      { line: 1, displayName: 'Lena K.', trade: 'Augenoptikerin', trainingYear: 2 },
      { line: 2, displayName: 'Jonas M.', trade: 'Feinoptiker', trainingYear: 3 },
      { line: 4, displayName: 'Tim 🚀', trade: '', trainingYear: 1 },
      { line: 5, displayName: 'Ali', trade: '', trainingYear: 4 },
    ]);
    expect(unreadable).toEqual([]);
  });

  it('names the lines it cannot read: no name, a year outside 1–4', () => {
    expect(parseClassList('; Mechatroniker; 1\nSarah; Optik; 5\nKai; Optik; zwei').unreadable).toEqual([1, 2, 3]);
  });
});
