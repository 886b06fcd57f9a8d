import { randomBytes } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SAMPLE_SET } from '../../shared/games/werkstatt/sample.ts';
import { makeZip } from '../../tests/helpers/zip-craft.ts';
import { exportSetFile, importSetFile } from './set-archive.ts';

const fileOf = (json: unknown, extra: Record<string, string | Uint8Array> = {}) => makeZip({ 'set.json': JSON.stringify(json), ...extra });
const v1 = (set: unknown, more: object = {}) => ({ format: 'azubi-arcade.task-set', version: 1, exportedAt: '2026-12-06T10:00:00.000Z', set, ...more });
const v2 = (set: unknown) => v1(set, { version: 2 });
/** Something that starts like a JPEG (the upload pipeline decides the rest). */
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const PHOTO_A = '11111111-1111-4111-8111-111111111111';
const PHOTO_B = '22222222-2222-4222-8222-222222222222';
const spot = (photo: string, prompt = 'Wo ist der Endschalter?') => ({ kind: 'spot', prompt, explain: '', limitS: null, tags: [], photo, region: { shape: 'rect', x: 0.2, y: 0.3, w: 0.2, h: 0.1 } });
const keysOf = (bytes: Uint8Array) => {
  const r = importSetFile(bytes);
  return r.ok ? 'ok' : r.problems.map((p) => p.key).join(',');
};

describe('set file (docs/TASK-SET-FORMAT.md)', () => {
  it('exports set.json in format version 2 and imports it back unchanged; version 1 files stay readable', () => {
    const zip = exportSetFile(SAMPLE_SET, new Date('2026-12-06T10:00:00Z'));
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['set.json']);
    expect(JSON.parse(strFromU8(files['set.json']!))).toEqual(v2(SAMPLE_SET));
    expect(importSetFile(zip)).toEqual({ ok: true, value: SAMPLE_SET, photos: [] });
    expect(importSetFile(fileOf(v1(SAMPLE_SET)))).toEqual({ ok: true, value: SAMPLE_SET, photos: [] });
  });

  it('carries photos: each once under photos/ with a name of its own, referenced from set.json, back with fresh ids', () => {
    const set = { title: 'Presse 3', tasks: [spot(PHOTO_A), spot(PHOTO_B, 'Wo ist der Not-Halt?'), { ...SAMPLE_SET.tasks[0]!, photo: PHOTO_A }] };
    const zip = exportSetFile(set as never, new Date('2026-12-06T10:00:00Z'), new Map([[PHOTO_A, JPEG], [PHOTO_B, JPEG.slice(0, 5)]]));
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['photos/foto-01.jpg', 'photos/foto-02.jpg', 'set.json']);
    const json = JSON.parse(strFromU8(files['set.json']!));
    expect(json.set.tasks.map((t: { photo: string }) => t.photo)).toEqual(['photos/foto-01.jpg', 'photos/foto-02.jpg', 'photos/foto-01.jpg']);
    const r = importSetFile(zip);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.photos.map((p) => [p.file, p.bytes.length])).toEqual([['photos/foto-01.jpg', 7], ['photos/foto-02.jpg', 5]]);
    const ids = r.value.tasks.map((t) => t.photo);
    expect(ids).toEqual([r.photos[0]!.id, r.photos[1]!.id, r.photos[0]!.id]);
    expect(ids).not.toContain(PHOTO_A);
    expect(r.value.tasks[0]).toMatchObject({ kind: 'spot', region: { shape: 'rect', x: 0.2, y: 0.3, w: 0.2, h: 0.1 } });
    expect(() => exportSetFile(set as never, new Date(), new Map([[PHOTO_A, JPEG]]))).toThrow(/missing/);
  });

  it('refuses photo entries and references that do not add up, each problem with its file', () => {
    const problemsOf = (bytes: Uint8Array) => {
      const r = importSetFile(bytes);
      return r.ok ? 'ok' : r.problems.map((p) => `${p.key}:${p.file ?? ''}:${p.task ?? ''}`).join(',');
    };
    const one = { title: 'T', tasks: [spot('photos/a.jpg')] };
    expect(problemsOf(fileOf(v2(one), { 'photos/a.jpg': JPEG }))).toBe('ok');
    expect(problemsOf(fileOf(v2(one)))).toBe('photo-missing:photos/a.jpg:0');
    expect(problemsOf(fileOf(v2(one), { 'photos/a.jpg': JPEG, 'photos/b.jpg': JPEG }))).toBe('photo-unused:photos/b.jpg:');
    expect(problemsOf(fileOf(v2({ title: 'T', tasks: [spot('../a.jpg')] }), { 'photos/a.jpg': JPEG }))).toBe('photo-name:../a.jpg:0,photo-unused:photos/a.jpg:');
    expect(problemsOf(fileOf(v2({ title: 'T', tasks: [spot('photos/a.svg')] }), { 'photos/a.svg': '<svg/>' }))).toBe('photo-name:photos/a.svg:0,photo-name:photos/a.svg:');
    // Named .jpg, but an SVG or text by content: refused before the pipeline even sees it.
    expect(problemsOf(fileOf(v2(one), { 'photos/a.jpg': '<svg xmlns="http://www.w3.org/2000/svg"/>' }))).toBe('photo-type:photos/a.jpg:');
    // Incompressible (a photo is), so the ZIP's ratio check lets it through to the photo cap.
    const big = randomBytes(2 * 1024 * 1024 + 1);
    big.set(JPEG);
    expect(problemsOf(fileOf(v2(one), { 'photos/a.jpg': big }))).toBe('photo-too-large:photos/a.jpg:');
    // A photo on an answer, or under another key: not part of the format.
    expect(problemsOf(fileOf(v2({ title: 'T', tasks: [{ ...SAMPLE_SET.tasks[0], image: 'photos/a.jpg' }] }), { 'photos/a.jpg': JPEG }))).toBe('photos-unsupported::');
  });

  it('refuses what is not a set file, each with its own problem', () => {
    expect(keysOf(makeZip({ 'other.json': '{}' }))).toBe('zip-unexpected');
    expect(keysOf(makeZip({ 'readme.txt': 'hi' }))).toBe('zip-unexpected');
    expect(keysOf(makeZip({ '__MACOSX/._set.json': 'x' }))).toBe('set-json-missing');
    expect(keysOf(makeZip({ 'set.json': '{"format":' }))).toBe('set-json-invalid');
    expect(keysOf(fileOf({ format: 'kahoot', version: 1, set: SAMPLE_SET }))).toBe('format-unknown');
    expect(keysOf(fileOf(v1(SAMPLE_SET, { version: 3 })))).toBe('format-newer');
    expect(keysOf(fileOf(v1(SAMPLE_SET, { version: '1' })))).toBe('format-unknown');
    expect(keysOf(new Uint8Array(32 * 1024 * 1024 + 1))).toBe('file-too-large');
  });

  it('refuses photos in a version 1 file (that format had none): a photos/ entry or a photo reference in a task', () => {
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
