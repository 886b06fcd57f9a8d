import { afterAll, expect, vi } from 'vitest';

// Unit files share worker processes (vitest.config.ts: not isolated), so a global one file
// stubs would reach the next file in the same process: task-set-texts.test.ts's stand-in
// `document` (no classList) once broke every later file importing client/kit/keyboard.ts,
// only when the files happened to meet in that order (first seen under Node 24). Each file's
// `vi.stubGlobal`s are undone when it ends; a global it replaced by plain assignment, or a
// browser global it added, fails it. (Libraries may add their own polyfills, like pdf.js's
// DOMMatrix, once on import: harmless. Node's lazily made globals, like AbortController, are
// accessors until first use: not a file's doing either.)
// (`navigator` is not on the list: Node 21+ has its own, and on Node 20 the PDF library adds one.)
const BROWSER_GLOBALS = new Set(['document', 'window', 'location', 'localStorage', 'sessionStorage',
  'matchMedia', 'addEventListener', 'requestAnimationFrame', 'innerWidth', 'innerHeight', 'screen']);
const before = new Map(Object.getOwnPropertyNames(globalThis).map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]));

afterAll(() => {
  vi.unstubAllGlobals();
  const changed = Object.getOwnPropertyNames(globalThis).filter((name) => {
    if (name.startsWith('__')) return false; // vitest's and V8's own bookkeeping
    const then = before.get(name);
    if (then === undefined) return BROWSER_GLOBALS.has(name);
    if (!('value' in then)) return false;
    const now = Object.getOwnPropertyDescriptor(globalThis, name);
    return now !== undefined && !Object.is(now.value, then.value);
  });
  expect(changed, 'globals this file left changed (use vi.stubGlobal, which is undone at the end)').toEqual([]);
});
