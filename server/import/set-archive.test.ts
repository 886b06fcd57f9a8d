import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SAMPLE_SET } from '../../shared/games/werkstatt/sample.ts';
import { makeZip } from '../../tests/helpers/zip-craft.ts';
import { exportSetFile, importSetFile } from './set-archive.ts';

const fileOf = (json: unknown, extra: Record<string, string> = {}) => makeZip({ 'set.json': JSON.stringify(json), ...extra });
const v1 = (set: unknown, more: object = {}) => ({ format: 'azubi-arcade.task-set', version: 1, exportedAt: '2026-12-06T10:00:00.000Z', set, ...more });
const keysOf = (bytes: Uint8Array) => {
  const r = importSetFile(bytes);
  return r.ok ? 'ok' : r.problems.map((p) => p.key).join(',');
};

describe('set file (docs/TASK-SET-FORMAT.md)', () => {
  it('exports set.json in format version 1 and imports it back unchanged', () => {
    const zip = exportSetFile(SAMPLE_SET, new Date('2026-12-06T10:00:00Z'));
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['set.json']);
    expect(JSON.parse(strFromU8(files['set.json']!))).toEqual(v1(SAMPLE_SET));
    expect(importSetFile(zip)).toEqual({ ok: true, value: SAMPLE_SET });
  });

  it('refuses what is not a set file, each with its own problem', () => {
    expect(keysOf(makeZip({ 'other.json': '{}' }))).toBe('zip-unexpected');
    expect(keysOf(makeZip({ 'readme.txt': 'hi' }))).toBe('zip-unexpected');
    expect(keysOf(makeZip({ '__MACOSX/._set.json': 'x' }))).toBe('set-json-missing');
    expect(keysOf(makeZip({ 'set.json': '{"format":' }))).toBe('set-json-invalid');
    expect(keysOf(fileOf({ format: 'kahoot', version: 1, set: SAMPLE_SET }))).toBe('format-unknown');
    expect(keysOf(fileOf(v1(SAMPLE_SET, { version: 2 })))).toBe('format-newer');
    expect(keysOf(fileOf(v1(SAMPLE_SET, { version: '1' })))).toBe('format-unknown');
    expect(keysOf(new Uint8Array(1024 * 1024 + 1))).toBe('file-too-large');
  });

  it('refuses photos until photo tasks exist: a photos/ entry or a photo reference in a task', () => {
    expect(keysOf(fileOf(v1(SAMPLE_SET), { 'photos/p1.jpg': 'jpeg' }))).toBe('photos-unsupported');
    const withPhoto = { ...SAMPLE_SET, tasks: [{ ...SAMPLE_SET.tasks[0], photo: 'photos/p1.jpg' }] };
    expect(keysOf(fileOf(v1(withPhoto)))).toBe('photos-unsupported');
  });

  it('lists every task problem with the task index, and saves nothing of a half-right set', () => {
    const bad = { title: 'Halb', tasks: [SAMPLE_SET.tasks[0], { kind: 'choice', prompt: 'x', options: [{ text: 'a' }, { text: 'b' }] }, { kind: 'zauber' }] };
    const r = importSetFile(fileOf(v1(bad)));
    expect(r).toEqual({ ok: false, problems: [{ row: null, task: 1, column: null, key: 'no-right' }, { row: null, task: 2, column: null, key: 'prompt' }, { row: null, task: 2, column: null, key: 'kind' }] });
  });

  it('ignores __proto__ keys in set.json (no prototype pollution)', () => {
    const json = `{"__proto__":{"polluted":true},"format":"azubi-arcade.task-set","version":1,"set":${JSON.stringify({ ...SAMPLE_SET, __proto__: { x: 1 } })}}`;
    expect(importSetFile(makeZip({ 'set.json': json })).ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
