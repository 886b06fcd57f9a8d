import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hostSession, trainerHeaders } from '../helpers/bots.ts';
import { backends, useTestServer } from '../helpers/test-server.ts';
import { precompressDir } from '../../scripts/precompress.ts';

// Issue 8, attacks 2, 5, 9 and 10 and issue 11's compressed static files, against the real
// server over loopback. TRUST_PROXY=loopback lets each test speak from its own address.

const clientDir = mkdtempSync(join(tmpdir(), 'arcade-doors-client-'));
mkdirSync(join(clientDir, 'assets'));
writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Azubi Arcade</title><script type="module" src="/assets/phaser-test.js"></script>');
const CHUNK = `export const scene = ${JSON.stringify(Array.from({ length: 4000 }, (_, i) => `sprite-${i}`))};\n`;
writeFileSync(join(clientDir, 'assets', 'phaser-test.js'), CHUNK);
precompressDir(join(clientDir, 'assets')); // as the build does
// A file the build did not precompress: compressed on the fly.
writeFileSync(join(clientDir, 'assets', 'late-test.js'), CHUNK);

const FOREIGN = 'http://127.0.0.1:9';

/** Sends a JSON body of `bytes` (declared, or chunked without a length) and resolves with the status. */
function postBody(url: string, bytes: number, declared: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.5' };
    if (declared) headers['content-length'] = String(bytes);
    const req = request(url, { method: 'POST', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (err) => (req.destroyed ? undefined : reject(err)));
    // Valid JSON ({"pad":"aaa…"}), so a server that reads it all also parses it all.
    const piece = Buffer.alloc(64 * 1024, 'a');
    const [head, tail] = ['{"pad":"', '"}'];
    let sent = head.length + tail.length;
    req.write(head);
    const pump = () => {
      while (sent < bytes) {
        const part = piece.subarray(0, Math.min(piece.length, bytes - sent));
        sent += part.length;
        if (!req.write(part)) return void req.once('drain', pump);
      }
      req.end(tail);
    };
    pump();
  });
}

/** GETs an asset with this Accept-Encoding; the body as sent (still compressed). */
function fetchEncoded(url: string, encoding: string, file = 'phaser-test.js'): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`${url}/assets/${file}`, { headers: { 'accept-encoding': encoding } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d)).on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(parts) }));
    }).on('error', reject).end();
  });
}

describe.each(backends())('doors: HTTP on $name', (backend) => {
  const server = useTestServer({ backend, env: { TRUST_PROXY: 'loopback', CLIENT_DIR: clientDir } });

  it('sends no CORS headers for the trainer API; matchmaking and the code look-up allow any origin, never with credentials', async () => {
    const signedIn = await trainerHeaders(server.url);
    const me = await fetch(`${server.url}/api/auth/me`, { headers: { cookie: signedIn.cookie!, origin: FOREIGN } });
    expect(me.status).toBe(200);
    expect(me.headers.get('access-control-allow-origin')).toBeNull();
    expect(me.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await fetch(`${server.url}/api/apprentices`, { method: 'OPTIONS', headers: { origin: FOREIGN, 'access-control-request-method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();

    for (const path of ['/matchmake/joinById/nothing', '/api/sessions/123456']) {
      const method = path.startsWith('/matchmake') ? 'POST' : 'GET';
      const res = await fetch(server.url + path, { method, headers: { origin: FOREIGN, 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('access-control-allow-credentials'), path).toBeNull();
      const pre = await fetch(server.url + path, { method: 'OPTIONS', headers: { origin: FOREIGN, 'access-control-request-method': method } });
      expect(pre.status, path).toBe(204);
      expect(pre.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(pre.headers.get('access-control-allow-credentials'), path).toBeNull();
    }
  });

  it('refuses big bodies with 413 before reading them, matchmaking included, without growing memory', async () => {
    // Peak memory while the bodies arrive (the server runs in this process).
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const statuses = [
      await postBody(`${server.url}/matchmake/joinOrCreate/session`, 60 * 1024 * 1024, true),
      await postBody(`${server.url}/matchmake/create/session`, 2 * 1024 * 1024, false),
      await postBody(`${server.url}/api/auth/login`, 1024 * 1024, true),
      await postBody(`${server.url}/somewhere/else`, 1024 * 1024, true),
    ];
    clearInterval(sampler);
    const grownMiB = (peak - before) / 2 ** 20;
    console.info(`[doors] a 60 MB matchmaking POST and three more: statuses ${statuses.join(', ')}, peak memory +${grownMiB.toFixed(1)} MiB`);
    expect(statuses).toEqual([413, 413, 413, 413]);
    expect(grownMiB).toBeLessThan(40);
    const reply = await fetch(`${server.url}/matchmake/joinById/anything`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pad: 'x'.repeat(8000) }) });
    expect([reply.status, await reply.json()]).toEqual([413, { code: 413, error: 'BODY_TOO_LARGE' }]);
  });

  it('paces wrong code look-ups per address, but a right code is never refused or slowed', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    const lookup = (c: string, address: string) => fetch(`${server.url}/api/sessions/${c}`, { headers: { 'x-forwarded-for': address } });
    const classroom = await Promise.all(Array.from({ length: 60 }, () => lookup(code, '203.0.113.60')));
    expect(classroom.map((r) => r.status)).toEqual(Array(60).fill(200));

    const guess = (i: number) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0');
    const started = Date.now();
    const free: number[] = [];
    for (let i = 0; i < 30; i++) free.push((await lookup(guess(i), '203.0.113.66')).status);
    const freeMs = Date.now() - started;
    expect(free).toEqual(Array(30).fill(404));
    // Past the free 30: one wrong answer a second (before: every look-up, the right code too, waited 60 s).
    const paced = Promise.all([30, 31, 32, 33].map((i) => lookup(guess(i), '203.0.113.66').then((r) => r.status)));
    const rightStarted = Date.now();
    expect((await lookup(code, '203.0.113.66')).status).toBe(200);
    const rightMs = Date.now() - rightStarted;
    expect(await paced).toEqual([404, 404, 404, 404]);
    const pacedMs = Date.now() - started - freeMs;
    console.info(`[doors] 30 wrong codes answered in ${freeMs} ms, 4 more paced over ${pacedMs} ms; the right code meanwhile in ${rightMs} ms`);
    expect(pacedMs).toBeGreaterThanOrEqual(2500);
    expect(rightMs).toBeLessThan(500);
    expect((await lookup(code, '203.0.113.60')).status).toBe(200);
    await host.room.leave();
  });

  it('limits refused matchmaking calls per address with RATE_LIMITED', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 310; i++) {
      const res = await fetch(`${server.url}/matchmake/joinById/nothing`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.77' }, body: '{}' });
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    expect(statuses.slice(0, 300)).not.toContain(429);
  });

  it('sends security headers on pages and API, and compresses the game chunk', async () => {
    for (const path of ['/', '/api/info']) {
      const res = await fetch(server.url + path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toContain('upgrade-insecure-requests');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security'), path).toBeNull();
    }
    const br = await fetchEncoded(server.url, 'gzip, deflate, br');
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(CHUNK);
    const gz = await fetchEncoded(server.url, 'gzip');
    expect(gz.encoding).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(CHUNK);
    console.info(`[doors] game chunk ${CHUNK.length} B → br ${br.body.length} B, gzip ${gz.body.length} B`);
    // The build's twin is sent as it is, never compressed again.
    expect(br.body.equals(readFileSync(join(clientDir, 'assets', 'phaser-test.js.br')))).toBe(true);
    const identity = await fetchEncoded(server.url, 'identity');
    expect([identity.encoding, identity.body.toString()]).toEqual([undefined, CHUNK]);
    const late = await fetchEncoded(server.url, 'br', 'late-test.js');
    expect(late.encoding).toBe('br');
    expect(brotliDecompressSync(late.body).toString()).toBe(CHUNK);
  });
});
