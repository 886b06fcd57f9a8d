import { describe, expect, it } from 'vitest';
import { listFiles, readRepoFile } from '../helpers/source-scan.ts';

// House rule: source files stay within 250 lines, or say at their top why not (a comment
// starting "Over 250 lines" above the first declaration, i.e. among the imports and the
// file's opening comment), so a long file is a decision, not drift.

const MAX_LINES = 250;
const SOURCE = /\.(?:ts|mts|mjs|js)$/;
const REASON = /Over 250 lines/;
/** The first line of code that is not an import: the file's "top" ends there. */
const FIRST_DECLARATION = /^(?:export|const|let|var|class|function|interface|type|async|declare)\b/m;

/** The imports and comments before the first declaration. */
function topOf(text: string): string {
  const m = FIRST_DECLARATION.exec(text.replace(/^import[\s\S]*?;$/gm, ''));
  return m ? text.replace(/^import[\s\S]*?;$/gm, '').slice(0, m.index) : text;
}

/** Files over MAX_LINES without a reason at their top. */
function unexplainedLongFiles(files: readonly { path: string; text: string }[]): string[] {
  return files
    .filter(({ text }) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0) > MAX_LINES)
    .filter(({ text }) => !REASON.test(topOf(text)))
    .map(({ path }) => path);
}

describe('file sizes', () => {
  it(`no file of client/, server/ or shared/ exceeds ${MAX_LINES} lines without a reason at its top`, () => {
    const files = ['client', 'server', 'shared'].flatMap((dir) => listFiles(dir, SOURCE)).map((path) => ({ path, text: readRepoFile(path) }));
    expect(files.length).toBeGreaterThan(100);
    expect(unexplainedLongFiles(files)).toEqual([]);
  });

  it('self-check: catches a long file without a reason, accepts one with it', () => {
    const long = 'x\n'.repeat(MAX_LINES + 1);
    const late = `import { a } from './a.ts';\nexport const b = 1;\n// Over 250 lines on purpose: too late.\n${long}`;
    const early = `import { a } from './a.ts';\n// Over 250 lines on purpose: a table.\nexport const b = 1;\n${long}`;
    expect(unexplainedLongFiles([{ path: 'a.ts', text: long }, { path: 'b.ts', text: early }, { path: 'c.ts', text: 'x\n'.repeat(MAX_LINES) }, { path: 'd.ts', text: late }])).toEqual(['a.ts', 'd.ts']);
  });
});
