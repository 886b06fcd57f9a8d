import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// Reads source files for the architecture tests (layering, SQL placement, forbidden globals).
// A small lexer separates code, comments and string literals, so a rule word inside a
// comment or a text does not count, while the same word in code does.

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');

export interface ScannedSource {
  /** Comments blanked out; strings kept (for import specifiers). */
  withoutComments: string;
  /** Comments and the contents of string, template and regex literals blanked out. */
  codeOnly: string;
  /** The text of every string and template literal, with its 1-based line. */
  strings: { text: string; line: number }[];
}

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');
const REGEX_MAY_FOLLOW = new Set([...'(,=:[!&|?{};+-*%<>~^', '']);
const REGEX_KEYWORDS = /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|void|yield|await)$/;

/** Splits TypeScript/JavaScript source into code, comments and literals (see ScannedSource). */
export function scanSource(src: string): ScannedSource {
  let withoutComments = '';
  let codeOnly = '';
  const strings: { text: string; line: number }[] = [];
  // Stack of open template literals; each entry counts braces of its current `${ }` expression.
  const templates: number[] = [];
  let i = 0;
  let line = 1;
  const take = (end: number, kind: 'code' | 'comment' | 'literal'): string => {
    const part = src.slice(i, end);
    withoutComments += kind === 'comment' ? blank(part) : part;
    codeOnly += kind === 'code' ? part : blank(part);
    for (const ch of part) if (ch === '\n') line++;
    i = end;
    return part;
  };
  const readTemplate = (): void => {
    // i is just after a backtick or a closing `}` of an expression.
    const startLine = line;
    let j = i;
    while (j < src.length && src[j] !== '`' && !(src[j] === '$' && src[j + 1] === '{')) j += src[j] === '\\' ? 2 : 1;
    strings.push({ text: src.slice(i, j), line: startLine });
    take(j, 'literal');
    if (src[i] === '`') take(i + 1, 'code');
    else if (i < src.length) {
      take(i + 2, 'code');
      templates.push(0);
    }
  };
  while (i < src.length) {
    const ch = src[i] as string;
    const next = src[i + 1];
    if (ch === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      take(end === -1 ? src.length : end, 'comment');
    } else if (ch === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      take(end === -1 ? src.length : end + 2, 'comment');
    } else if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== ch && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
      take(i + 1, 'code');
      strings.push({ text: src.slice(i, j), line });
      take(j, 'literal');
      take(Math.min(src.length, i + 1), 'code');
    } else if (ch === '`') {
      take(i + 1, 'code');
      readTemplate();
    } else if (templates.length > 0 && (ch === '{' || ch === '}')) {
      const depth = templates[templates.length - 1] as number;
      if (ch === '}' && depth === 0) {
        templates.pop();
        take(i + 1, 'code');
        readTemplate();
      } else {
        templates[templates.length - 1] = depth + (ch === '{' ? 1 : -1);
        take(i + 1, 'code');
      }
    } else if (ch === '/' && isRegexStart(codeOnly)) {
      let j = i + 1;
      let inClass = false;
      while (j < src.length && src[j] !== '\n' && (inClass || src[j] !== '/')) {
        if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        j += src[j] === '\\' ? 2 : 1;
      }
      take(i + 1, 'code');
      take(j, 'literal');
      take(Math.min(src.length, i + 1), 'code');
    } else {
      take(i + 1, 'code');
    }
  }
  return { withoutComments, codeOnly, strings };
}

function isRegexStart(codeBefore: string): boolean {
  const trimmed = codeBefore.trimEnd();
  return REGEX_MAY_FOLLOW.has(trimmed.slice(-1)) || REGEX_KEYWORDS.test(trimmed);
}

/**
 * Every module specifier a file imports or re-exports (static, dynamic, require, glob).
 * Keywords are matched in code only (so an import written inside a string or comment does
 * not count); the specifier is then read from the same position of the original text.
 */
export function importSpecifiers(src: string): string[] {
  const code = scanSource(src).codeOnly;
  const q = `(['"\`])([^'"\`\n]*)\\1`;
  const patterns = [
    new RegExp(`(?:^|[^\\w$.])(?:import|export)\\s[^'"\`;]*?\\bfrom\\s*${q}`, 'dg'),
    new RegExp(`(?:^|[^\\w$.])import\\s*${q}`, 'dg'),
    new RegExp(`(?:^|[^\\w$.])import\\s*\\(\\s*${q}`, 'dg'),
    new RegExp(`(?:^|[^\\w$.])require\\s*\\(\\s*${q}`, 'dg'),
    new RegExp(`\\bimport\\.meta\\.glob(?:Eager)?\\s*\\(\\s*\\[?\\s*${q}`, 'dg'),
  ];
  const found: { at: number; spec: string }[] = [];
  for (const re of patterns) {
    for (const m of code.matchAll(re)) {
      const [from, to] = (m.indices as RegExpIndicesArray)[2] as [number, number];
      found.push({ at: from, spec: src.slice(from, to) });
    }
  }
  return found.toSorted((a, b) => a.at - b.at).map((f) => f.spec);
}

/** Resolves a relative specifier of `fromFile` to a repo-relative path with forward slashes. */
export function resolveFromRepo(fromFile: string, specifier: string): string {
  const abs = resolve(dirname(join(REPO_ROOT, fromFile)), specifier);
  return relative(REPO_ROOT, abs).split(sep).join('/');
}

/** Repo-relative paths (forward slashes) of files under `dir` whose name matches `pattern`. */
export function listFiles(dir: string, pattern: RegExp): string[] {
  const root = join(REPO_ROOT, dir);
  const out: string[] = [];
  const walk = (abs: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(abs);
    } catch {
      return;
    }
    for (const name of entries.toSorted()) {
      if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
      const child = join(abs, name);
      if (statSync(child).isDirectory()) walk(child);
      else if (pattern.test(name)) out.push(relative(REPO_ROOT, child).split(sep).join('/'));
    }
  };
  walk(root);
  return out;
}

export function readRepoFile(path: string): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8');
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}
