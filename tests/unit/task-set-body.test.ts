import { describe, expect, it } from 'vitest';
import { bodyCapOf, MAX_HTTP_BODY_BYTES } from '../../server/http/body-limits.ts';
import { SET_LIMITS as L } from '../../shared/games/werkstatt/model.ts';
import { IMPORT_LIMITS, IMPORT_TEXTS, TASK_SET_BODY_BYTES } from '../../shared/games/werkstatt/transfer.ts';
import { checkTaskSet } from '../../shared/games/werkstatt/validate.ts';
import { ERRORS } from '../../shared/protocol/errors.ts';

/** Text of n characters that each take 3 bytes in UTF-8 (the worst a browser's JSON sends). */
const wide = (n: number) => 'ẞ'.repeat(n);

describe('task-set body limit', () => {
  it('a set at every cap, all characters 3-byte, passes the check and fits the body limit', () => {
    const base = { prompt: wide(L.promptChars), explain: wide(L.explainChars), limitS: L.limitS.max, tags: Array.from({ length: L.tags }, (_, i) => `${i}${wide(L.tagChars - 1)}`) };
    const tasks = Array.from({ length: L.tasks }, (_, i) => (i % 2 === 0
      ? { kind: 'order', ...base, steps: Array.from({ length: L.steps.max }, (_x, s) => `${s}${wide(L.optionChars - 1)}`) }
      : { kind: 'choice', ...base, options: Array.from({ length: L.options.max }, (_x, o) => ({ text: `${o}${wide(L.optionChars - 1)}`, right: o === 0 })) }));
    const body = { title: wide(L.titleChars), tasks, baseVersion: 12345 };
    expect(checkTaskSet(body).ok).toBe(true);
    const bytes = Buffer.byteLength(JSON.stringify(body));
    expect(bytes).toBeGreaterThan(MAX_HTTP_BODY_BYTES * 4);
    expect(bytes).toBeLessThan(TASK_SET_BODY_BYTES);
  });

  it('only task-set saves and imports get a larger cap, each with its own 413 code', () => {
    expect(bodyCapOf('/api/task-sets')).toEqual({ bytes: TASK_SET_BODY_BYTES, code: 'TASK_SET_TOO_LARGE' });
    expect(bodyCapOf('/api/task-sets/0b1c2d3e-0000-4000-8000-000000000000')).toEqual({ bytes: TASK_SET_BODY_BYTES, code: 'TASK_SET_TOO_LARGE' });
    expect(bodyCapOf('/api/task-sets/import')).toEqual({ bytes: IMPORT_LIMITS.setFileBytes, code: 'IMPORT_TOO_LARGE' });
    expect(bodyCapOf('/api/task-sets/import-sheet')).toEqual({ bytes: IMPORT_LIMITS.fileBytes, code: 'IMPORT_TOO_LARGE' });
    for (const path of ['/api/task-sets/x/duplicate', '/api/apprentices', '/api/task-setsX', '/matchmake/joinById/abc']) expect(bodyCapOf(path).bytes, path).toBe(MAX_HTTP_BODY_BYTES);
  });

  it('the German cap texts name the caps they enforce', () => {
    expect(ERRORS.TASK_SET_TOO_LARGE.de).toContain(`${L.tasks} Aufgaben`);
    expect(ERRORS.TASK_SET_TOO_LARGE.de).toContain(`${L.promptChars} Zeichen`);
    expect(ERRORS.IMPORT_TOO_LARGE.de).toContain(`${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB`);
    expect(IMPORT_TEXTS.de['too-many-tasks']).toContain(String(L.tasks));
    expect(IMPORT_TEXTS.de['zip-entries']).toContain(String(IMPORT_LIMITS.zipEntries));
    expect(Object.keys(IMPORT_TEXTS.de).toSorted()).toEqual(Object.keys(IMPORT_TEXTS.en).toSorted());
  });
});
