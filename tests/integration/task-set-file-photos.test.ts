import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { strFromU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorText } from '../../shared/protocol/errors.ts';
import { ApiClient, resetAccounts, seedCompany } from '../helpers/accounts.ts';
import { GIFAR, jpegWithGps, pngBomb, SVG_WITH_SCRIPT } from '../helpers/photo-files.ts';
import { backends, removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { makeZip } from '../helpers/zip-craft.ts';

// Photos inside set files (docs/TASK-SET-FORMAT.md, format version 2): export writes the stored
// photos, import runs each through the upload pipeline and stores all or nothing.

const PW = 'Satzfoto-Test-2026!';
const REGION = { shape: 'rect', x: 0.25, y: 0.4, w: 0.2, h: 0.15 };
const spot = (photo: string, prompt = 'Wo ist der Endschalter?') => ({ kind: 'spot', prompt, photo, region: REGION });
const v2 = (tasks: unknown[]) => JSON.stringify({ format: 'azubi-arcade.task-set', version: 2, exportedAt: '2026-12-06T10:00:00.000Z', set: { title: 'Handgemacht', tasks } });
const grain = (w = 640, h = 480) => sharp({ create: { width: w, height: h, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 50 } } }).jpeg().toBuffer();
const cookie = (c: ApiClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

describe.each(backends())('set files with photos on $name', (backend) => {
  let server: TestServer;
  let alpha: ApiClient;
  let beta: ApiClient;
  let gamma: ApiClient;
  const upload = async (c: ApiClient, bytes: Buffer) => {
    const res = await fetch(`${server.url}/api/task-photos`, { method: 'POST', headers: { 'content-type': 'image/jpeg', cookie: cookie(c), origin: server.url }, body: new Uint8Array(bytes) });
    return { status: res.status, body: (await res.json().catch(() => null)) as any };
  };
  const photoOf = async (c: ApiClient, id: string) => {
    const res = await fetch(`${server.url}/api/task-photos/${id}/projector`, { headers: { cookie: cookie(c) } });
    return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  const importZip = (c: ApiClient, zip: Uint8Array) => c.call('POST', '/api/task-sets/import', zip, { 'content-type': 'application/zip' });
  const state = async (c: ApiClient) => ({ sets: (await c.call('GET', '/api/task-sets')).body.sets.length, used: (await c.call('GET', '/api/task-photos/usage')).body.usedBytes });

  beforeAll(async () => {
    server = await startTestServer({ backend, env: { PHOTO_QUOTA_MB: '1' } });
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await seedCompany(server.app.db, 'Alpha Satzfoto', 'sa', PW);
    await seedCompany(server.app.db, 'Beta Satzfoto', 'sb', PW);
    await seedCompany(server.app.db, 'Gamma Satzfoto', 'sg', PW);
    alpha = new ApiClient(server.url);
    beta = new ApiClient(server.url);
    gamma = new ApiClient(server.url);
    expect((await alpha.login('sa-trainer', PW)).status).toBe(200);
    expect((await beta.login('sb-trainer', PW)).status).toBe(200);
    expect((await gamma.login('sg-trainer', PW)).status).toBe(200);
  });
  afterAll(async () => {
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await server.stop();
    removeDir(server.dataDir);
  });

  it('a set with photos survives export from A and import into B: photos re-encoded, region kept, each company sees only its own', async () => {
    const photo = (await upload(alpha, await grain())).body.photo.id as string;
    const made = (await alpha.call('POST', '/api/task-sets', { title: 'Presse 3 – Fotos', tasks: [spot(photo), { kind: 'number', prompt: 'Spaltmaß hier?', photo, value: 0.05, tolerance: 0.01, unit: 'mm' }] })).body.set;
    const res = await fetch(`${server.url}/api/task-sets/${made.id}/export`, { headers: { cookie: cookie(alpha) } });
    expect(res.status).toBe(200);
    const file = new Uint8Array(await res.arrayBuffer());
    const entries = unzipSync(file);
    expect(Object.keys(entries).sort()).toEqual(['photos/foto-01.jpg', 'set.json']);
    const json = JSON.parse(strFromU8(entries['set.json']!));
    expect(json.version).toBe(2);
    expect(json.set.tasks.map((t: { photo: string }) => t.photo)).toEqual(['photos/foto-01.jpg', 'photos/foto-01.jpg']);
    const archived = Buffer.from(entries['photos/foto-01.jpg']!);
    expect(archived.equals((await photoOf(alpha, photo)).bytes)).toBe(true);

    const before = await state(beta);
    const imported = await importZip(beta, file);
    expect(imported.status).toBe(201);
    const copy = (await beta.call('GET', `/api/task-sets/${imported.body.set.id}`)).body.set;
    const [t0, t1] = copy.content.tasks;
    expect(t0).toMatchObject({ kind: 'spot', region: REGION });
    expect(t0.photo).not.toBe(photo);
    expect(t1.photo).toBe(t0.photo);
    const mine = await photoOf(beta, t0.photo);
    expect(mine.status).toBe(200);
    expect(mine.bytes.equals(archived)).toBe(false);
    expect((await sharp(mine.bytes).metadata()).format).toBe('jpeg');
    const after = await state(beta);
    expect(after.sets).toBe(before.sets + 1);
    expect(after.used).toBeGreaterThan(before.used);
    // Isolation: neither company reads the other's photo; B cannot export A's set.
    expect((await photoOf(alpha, t0.photo)).status).toBe(404);
    expect((await photoOf(beta, photo)).status).toBe(404);
    expect((await beta.call('GET', `/api/task-sets/${made.id}/export`)).status).toBe(404);
  });

  it('a photo in the file is never stored as it came: GPS EXIF is gone; a photo id of another company is not a file name', async () => {
    const gps = await jpegWithGps(400, 300);
    const ok = await importZip(beta, makeZip({ 'set.json': v2([spot('photos/kamera.jpg')]), 'photos/kamera.jpg': gps }, 0));
    expect(ok.status).toBe(201);
    const stored = await photoOf(beta, ok.body.set.content.tasks[0].photo);
    const meta = await sharp(stored.bytes).metadata();
    expect([meta.exif, meta.xmp, stored.bytes.includes('Anna Ausbilderin'), stored.bytes.includes('Phonecam')]).toEqual([undefined, undefined, false, false]);
    const alphaPhoto = (await upload(alpha, await jpegWithGps(80, 60))).body.photo.id as string;
    const forged = await importZip(beta, makeZip({ 'set.json': v2([spot(alphaPhoto)]) }));
    expect(forged.body).toMatchObject({ error: 'IMPORT_INVALID', problems: [{ task: 0, key: 'photo-name' }] });
  });

  it('refuses polyglot, SVG, bomb, oversized and broken photos inside the ZIP, each by its file, and stores nothing of the file', async () => {
    const before = await state(beta);
    const good = await grain(200, 150);
    const truncated = good.subarray(0, 400);
    const huge = randomBytes(2 * 1024 * 1024 + 10);
    huge.set([0xff, 0xd8, 0xff, 0xe0]);
    const names = ['gut.jpg', 'gifar.jpg', 'bild.jpg', 'bombe.png', 'riesig.jpg', 'kaputt.jpg'];
    const zip = makeZip({
      'set.json': v2(names.map((n, i) => spot(`photos/${n}`, `Aufgabe ${i + 1}?`))),
      'photos/gut.jpg': good, 'photos/gifar.jpg': GIFAR, 'photos/bild.jpg': SVG_WITH_SCRIPT,
      'photos/bombe.png': pngBomb(), 'photos/riesig.jpg': huge, 'photos/kaputt.jpg': truncated,
    }, 0);
    const r = await importZip(beta, zip);
    expect(r.status).toBe(400);
    // Cheap checks first (name, size, first bytes) list their problems without decoding anything.
    expect(r.body.problems).toEqual([
      { row: null, column: null, key: 'photo-type', file: 'photos/gifar.jpg' },
      { row: null, column: null, key: 'photo-type', file: 'photos/bild.jpg' },
      { row: null, column: null, key: 'photo-too-large', file: 'photos/riesig.jpg' },
    ]);
    // Only pipeline problems left: the bomb is refused from its header, the broken JPEG by the decoder.
    const rest = makeZip({ 'set.json': v2([spot('photos/gut.jpg'), spot('photos/bombe.png', 'B?'), spot('photos/kaputt.jpg', 'K?')]), 'photos/gut.jpg': good, 'photos/bombe.png': pngBomb(), 'photos/kaputt.jpg': truncated }, 0);
    expect((await importZip(beta, rest)).body.problems).toEqual([
      { row: null, column: null, key: 'photo-pixels', file: 'photos/bombe.png' },
      { row: null, column: null, key: 'photo-invalid', file: 'photos/kaputt.jpg' },
    ]);
    // The bomb deflated inside the ZIP: the ZIP's own ratio check refuses it before inflating.
    expect((await importZip(beta, makeZip({ 'set.json': v2([spot('photos/bombe.png')]), 'photos/bombe.png': pngBomb() }, 6))).body.problems).toEqual([{ row: null, column: null, key: 'zip-bomb' }]);
    expect(await state(beta)).toEqual(before);
  });

  it('a ZIP naming a missing photo is refused with the task and the file', async () => {
    const r = await importZip(beta, makeZip({ 'set.json': v2([spot('photos/fehlt.jpg')]) }));
    expect(r).toMatchObject({ status: 400, body: { error: 'IMPORT_INVALID', problems: [{ row: null, task: 0, column: null, key: 'photo-missing', file: 'photos/fehlt.jpg' }] } });
  });

  it('a full photo quota refuses the whole import (413 PHOTO_QUOTA_FULL): no set, no photo', async () => {
    const noisy = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).jpeg({ quality: 95 }).toBuffer();
    for (let i = 0; i < 8; i++) if ((await upload(gamma, noisy)).status === 413) break;
    const before = await state(gamma);
    const r = await importZip(gamma, makeZip({ 'set.json': v2([spot('photos/a.jpg')]), 'photos/a.jpg': noisy }, 0));
    expect(r).toMatchObject({ status: 413, body: { error: 'PHOTO_QUOTA_FULL' } });
    expect(errorText('PHOTO_QUOTA_FULL', 'de')).toMatch(/Speicher deines Betriebs für Fotos ist voll/);
    expect(await state(gamma)).toEqual(before);
  });

  it('caps: a set file may be up to 32 MiB, a spreadsheet 1 MiB (declared sizes refused before reading)', async () => {
    expect(await alpha.call('POST', '/api/task-sets/import-sheet', new Uint8Array(1024 * 1024 + 1), { 'content-type': 'text/csv' })).toMatchObject({ status: 413, body: { error: 'IMPORT_TOO_LARGE' } });
    // Declares one byte over the cap and sends none: the answer comes before any body is read.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/api/task-sets/import`, { method: 'POST', headers: { cookie: cookie(alpha), origin: server.url, 'content-type': 'application/zip', 'content-length': String(32 * 1024 * 1024 + 1) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(status).toBe(413);
    expect(errorText('IMPORT_TOO_LARGE', 'de')).toContain('32 MB');
  });
});
