import { describe, expect, it } from 'vitest';
import { reaktionResultLines } from '../../client/games/reaktion/ui-texts.ts';
import { FIGURE_HEADINGS } from '../../shared/reports/figures.ts';
import { listFiles, readRepoFile, scanSource } from '../helpers/source-scan.ts';

// One word for one thing (issue 21, newcomer): a press before Reaktion's signal is a
// "Frühstart" everywhere a person reads it — on the phone, at the reveal, in the session
// report, CSV, XLSX, PDF and the docs. It said "Fehlstart" on the phones and "Frühstart" in
// the reports, so a trainer could not tell they were the same count. "Frühstart" says what
// happened (pressed too early); "Fehlstart" also reads as "a start that failed", which in a
// workshop is a machine that did not start. English: "false start" throughout.

/** Words that must not reach a reader, with the word to use instead. */
const AVOID: [RegExp, string][] = [[/Fehlstart/i, 'Frühstart']];
const SOURCE = /\.(?:ts|mts|mjs|js)$/;

/** Every string literal of client/, server/, shared/ and every Markdown doc that uses an avoided word. */
function offenders(): string[] {
  const code = ['client', 'server', 'shared'].flatMap((dir) => listFiles(dir, SOURCE)).filter((p) => !p.endsWith('.test.ts'));
  const docs = ['README.md', ...listFiles('docs', /\.md$/)];
  const found: string[] = [];
  for (const path of code) {
    for (const s of scanSource(readRepoFile(path)).strings) {
      for (const [word, use] of AVOID) if (word.test(s.text)) found.push(`${path}:${s.line} "${s.text.slice(0, 60)}" → ${use}`);
    }
  }
  for (const path of docs) {
    readRepoFile(path).split('\n').forEach((line, i) => {
      for (const [word, use] of AVOID) if (word.test(line)) found.push(`${path}:${i + 1} → ${use}`);
    });
  }
  return found;
}

describe('terminology', () => {
  it('no text a person reads says "Fehlstart": the term is "Frühstart" (false start)', () => {
    expect(offenders()).toEqual([]);
  });

  it('the phone/reveal lines and the report column use the same word', () => {
    expect(reaktionResultLines({ medianMs: 200, hits: 1, falseStarts: 2, misses: 0 }, 'de')).toContain('2 Frühstarts');
    expect(FIGURE_HEADINGS.de.falseStarts).toBe('Frühstarts');
    expect(reaktionResultLines({ medianMs: 200, hits: 1, falseStarts: 2, misses: 0 }, 'en')).toContain('2 false starts');
    expect(FIGURE_HEADINGS.en.falseStarts).toBe('False starts');
  });
});
