import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PhotoLinks } from '../../server/photos/photo-links.ts';
import { loadServerKey, PHOTO_LINK_KEY } from '../../server/repositories/server-key-repository.ts';
import { errorText } from '../../shared/protocol/errors.ts';
import { PHOTO_LIMITS } from '../../shared/protocol/task-photos.ts';
import { ApiClient, resetAccounts, seedCompany } from '../helpers/accounts.ts';
import { GIFAR, jpegWithGps, pngBomb, polyglotJpeg, SVG_WITH_SCRIPT, TEXT_AS_JPG } from '../helpers/photo-files.ts';
import { backends, removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';

// Photos are untrusted input (issue 20 §4, review 2026-12-06 §4.1): each threat one check.

const PW = 'Foto-Test-2026!';

/** Files under dir holding any of the byte strings. */
function filesHolding(dir: string, needles: Buffer[]): string[] {
  const hits: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (needles.some((n) => readFileSync(path).includes(n))) hits.push(path.slice(dir.length));
    }
  };
  walk(dir);
  return hits;
}
const spotSet = (photo: string) => ({ title: 'Presse 3', tasks: [{ kind: 'spot', prompt: 'Wo ist der Endschalter?', photo, region: { shape: 'circle', x: 0.5, y: 0.5, rx: 0.1, ry: 0.1 } }] });

describe.each(backends())('task photos on $name', (backend) => {
  let server: TestServer;
  let alpha: ApiClient;
  let beta: ApiClient;
  const upload = async (c: ApiClient, bytes: Buffer, headers: Record<string, string> = {}) => {
    const h: Record<string, string> = { 'content-type': 'image/jpeg', ...headers };
    if (c.cookies.size > 0) h.cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    h.origin ??= server.url;
    const res = await fetch(`${server.url}/api/task-photos`, { method: 'POST', headers: h, body: new Uint8Array(bytes) });
    return { status: res.status, body: (await res.json().catch(() => null)) as any };
  };
  const get = (c: ApiClient | null, path: string) => fetch(server.url + path, { headers: c ? { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {} });

  beforeAll(async () => {
    server = await startTestServer({ backend, env: { PHOTO_QUOTA_MB: '1' }, overrides: { purgeDelayMs: 200 } });
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await seedCompany(server.app.db, 'Alpha Foto', 'pa', PW);
    await seedCompany(server.app.db, 'Beta Foto', 'pb', PW);
    alpha = new ApiClient(server.url);
    beta = new ApiClient(server.url);
    expect((await alpha.login('pa-trainer', PW)).status).toBe(200);
    expect((await beta.login('pb-trainer', PW)).status).toBe(200);
  });
  afterAll(async () => {
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await server.stop();
    removeDir(server.dataDir);
  });

  it('stores a re-encoded JPEG without GPS, camera or owner, served only to its company with safe headers', async () => {
    const up = await upload(alpha, await jpegWithGps(2400, 1800));
    expect(up).toMatchObject({ status: 201, body: { photo: { width: 1600, height: 1200 } } });
    const id = up.body.photo.id as string;
    for (const variant of ['projector', 'phone']) {
      const res = await get(alpha, `/api/task-photos/${id}/${variant}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/jpeg');
      expect(res.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toMatch(/^private, max-age=\d+/);
      const bytes = Buffer.from(await res.arrayBuffer());
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.exif, meta.xmp, meta.iptc]).toEqual(['jpeg', undefined, undefined, undefined]);
      // Each variant is stored in its own statement: each column holds its own size.
      expect(meta.width).toBe(variant === 'phone' ? PHOTO_LIMITS.phoneSide : 1600);
      expect(bytes.includes('Anna Ausbilderin') || bytes.includes('Phonecam') || bytes.includes('GPS')).toBe(false);
    }
    // Another company, an anonymous caller, a made-up id: nothing.
    expect((await get(beta, `/api/task-photos/${id}/projector`)).status).toBe(404);
    expect((await get(null, `/api/task-photos/${id}/projector`)).status).toBe(401);
    expect((await get(alpha, `/api/task-photos/${id}/original`)).status).toBe(404);
    expect((await get(alpha, '/api/task-photos/..%2F..%2Fetc%2Fpasswd/phone')).status).toBe(404);
  });

  it('stores a photo sent without a declared length (chunked) as well as one with it', async () => {
    const photo = await jpegWithGps(1200, 900);
    const stream = new ReadableStream<Uint8Array>({
      start: (c) => {
        for (let at = 0; at < photo.length; at += 16 * 1024) c.enqueue(new Uint8Array(photo.subarray(at, at + 16 * 1024)));
        c.close();
      },
    });
    const res = await fetch(`${server.url}/api/task-photos`, {
      method: 'POST', body: stream, duplex: 'half', headers: { origin: server.url, 'content-type': 'image/jpeg', cookie: [...alpha.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    } as RequestInit);
    expect({ status: res.status, body: await res.json() }).toMatchObject({ status: 201, body: { photo: { width: 1200, height: 900 } } });
  });

  it('refuses 11 MB (413), a text file named .jpg, an SVG, a GIF polyglot (415); cleans a JPEG with HTML behind it', async () => {
    expect(await upload(alpha, Buffer.alloc(11 * 1024 * 1024, 0xff))).toMatchObject({ status: 413, body: { error: 'PHOTO_TOO_LARGE' } });
    // The same without a declared length (chunked): counted while read, refused past 10 MB.
    const chunk = new Uint8Array(1024 * 1024).fill(0xff);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({ pull: (c) => (sent++ < 11 ? c.enqueue(chunk) : c.close()) });
    const chunked = await fetch(`${server.url}/api/task-photos`, {
      method: 'POST', body: stream, duplex: 'half', headers: { origin: server.url, cookie: [...alpha.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    } as RequestInit).then(async (r) => ({ status: r.status, body: await r.json() }), (err: Error) => ({ status: 0, body: err.message }));
    expect(chunked).toEqual({ status: 413, body: { error: 'PHOTO_TOO_LARGE' } });
    expect(await upload(alpha, TEXT_AS_JPG)).toMatchObject({ status: 415, body: { error: 'PHOTO_TYPE' } });
    expect(await upload(alpha, SVG_WITH_SCRIPT, { 'content-type': 'image/svg+xml' })).toMatchObject({ status: 415, body: { error: 'PHOTO_TYPE' } });
    expect(await upload(alpha, GIFAR)).toMatchObject({ status: 415, body: { error: 'PHOTO_TYPE' } });
    const poly = await upload(alpha, await polyglotJpeg());
    expect(poly.status).toBe(201);
    const served = Buffer.from(await (await get(alpha, `/api/task-photos/${poly.body.photo.id}/projector`)).arrayBuffer());
    expect(served.includes('<script')).toBe(false);
  });

  it('refuses anonymous and cross-site uploads before reading them', async () => {
    const anon = await fetch(`${server.url}/api/task-photos`, { method: 'POST', headers: { origin: server.url }, body: new Uint8Array(9 * 1024 * 1024) });
    expect(anon.status).toBe(401);
    expect(await upload(alpha, await jpegWithGps(64, 64), { origin: 'http://evil.example' })).toMatchObject({ status: 403, body: { error: 'ORIGIN_FORBIDDEN' } });
  });

  it('refuses a 30,000 × 30,000 PNG bomb from its header within a second, the server growing < 100 MB', async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    global.gc?.();
    const before = process.memoryUsage().rss;
    const started = performance.now();
    expect(await upload(alpha, bomb)).toMatchObject({ status: 422, body: { error: 'PHOTO_TOO_MANY_PIXELS' } });
    expect(performance.now() - started).toBeLessThan(1000);
    expect((process.memoryUsage().rss - before) / 1024 / 1024).toBeLessThan(100);
  });

  it('a set names only its company\'s photos; deleting it purges them; a phone opens them only by a signed, unexpired link', async () => {
    // Grain makes the stored bytes unique (a plain colour's JPEG repeats short patterns found anywhere).
    const grain = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 50 } } }).jpeg().toBuffer();
    const photo = (await upload(alpha, grain)).body.photo.id as string;
    const foreign = (await upload(beta, await jpegWithGps(80, 60))).body.photo.id as string;
    expect((await alpha.call('POST', '/api/task-sets', spotSet(foreign))).body).toEqual({ error: 'TASK_SET_INVALID', problems: [{ task: 0, key: 'photo' }] });
    const set = (await alpha.call('POST', '/api/task-sets', spotSet(photo))).body.set;
    expect(set.content.tasks[0]).toMatchObject({ kind: 'spot', photo });
    // The set file carries its photos (tests/integration/task-set-file-photos.test.ts).
    expect((await alpha.call('GET', `/api/task-sets/${set.id}/export`)).status).toBe(200);

    const links = new PhotoLinks(await loadServerKey(server.app.db, PHOTO_LINK_KEY));
    const now = Date.now() / 1000;
    const url = links.url(photo, 'phone', now + 60);
    expect((await get(null, url)).status).toBe(200);
    // A forged token: its first letter changed to another one (replacing with a fixed letter was a no-op 1 in 64 times).
    const forged = url.replace(/t=(.)/, (_, first: string) => `t=${first === 'A' ? 'B' : 'A'}`);
    expect(forged).not.toBe(url);
    expect((await get(null, forged)).status).toBe(404);
    expect((await get(null, url.replace('/phone?', '/projector?'))).status).toBe(404);
    expect((await get(null, links.url(photo, 'phone', now - 1))).status).toBe(404);
    expect((await get(null, links.url(foreign, 'phone', now + 60).replace(foreign, photo))).status).toBe(404);

    // Slices of the stored JPEG: on PGlite they are in DATA_DIR now, and must be gone after the purge.
    const stored = Buffer.from(await (await get(alpha, `/api/task-photos/${photo}/projector`)).arrayBuffer());
    const slices = [0.2, 0.4, 0.6, 0.8].map((at) => stored.subarray(Math.floor(stored.length * at), Math.floor(stored.length * at) + 48));
    const onDisk = () => filesHolding(server.dataDir, slices);
    if (!backend.databaseUrl) {
      await server.app.db.exec('checkpoint');
      expect(onDisk().length).toBeGreaterThan(0);
    }
    const copy = (await alpha.call('POST', `/api/task-sets/${set.id}/duplicate`)).body.set;
    expect((await alpha.call('POST', `/api/task-sets/${set.id}/delete`)).status).toBe(200);
    expect((await get(alpha, `/api/task-photos/${photo}/projector`)).status).toBe(200);
    expect((await alpha.call('POST', `/api/task-sets/${copy.id}/delete`)).status).toBe(200);
    expect((await get(alpha, `/api/task-photos/${photo}/projector`)).status).toBe(404);
    expect((await get(null, url)).status).toBe(404);
    if (!backend.databaseUrl) {
      await server.app.purge.settled();
      expect(onDisk()).toEqual([]);
    }
  });

  it('a full quota refuses with 413 PHOTO_QUOTA_FULL and a clear German message', async () => {
    const noisy = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).jpeg({ quality: 95 }).toBuffer();
    const answers: number[] = [];
    for (let i = 0; i < 8 && !answers.includes(413); i++) answers.push((await upload(alpha, noisy)).status);
    expect(answers.at(-1)).toBe(413);
    const last = await upload(alpha, noisy);
    expect(last.body).toEqual({ error: 'PHOTO_QUOTA_FULL' });
    expect(errorText('PHOTO_QUOTA_FULL', 'de')).toMatch(/Speicher deines Betriebs für Fotos ist voll/);
    const usage = (await alpha.call('GET', '/api/task-photos/usage')).body;
    expect(usage.quotaBytes).toBe(1024 * 1024);
    expect(usage.usedBytes).toBeLessThanOrEqual(usage.quotaBytes);
    // Beta's storage is its own.
    expect((await upload(beta, await jpegWithGps(200, 150))).status).toBe(201);
  });
});
