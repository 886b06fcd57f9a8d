import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Trainer } from '../../server/repositories/trainer-repository.ts';
import { ApiClient, seedCompany, type ApiReply } from '../helpers/accounts.ts';
import { backends, removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';

/**
 * Isolation is the core security property: a trainer of company A must learn nothing about
 * company B. Every /api route registered on the express app must appear in MATRIX (the
 * coverage test walks the app and fails otherwise), so a new route joins by construction.
 */
type Entry =
  /** Addresses one company object by :id: B's ids must answer exactly like a missing id. */
  | { kind: 'object'; method: 'GET' | 'POST'; path: string; access: 'trainer' | 'admin'; body?: unknown }
  /** Works on the caller's own company without naming an object: must show nothing of B. */
  | { kind: 'own-company'; method: 'GET' | 'POST'; path: string; access: 'trainer' | 'admin'; body?: () => unknown }
  /** Holds no company data at all (say why). */
  | { kind: 'public'; method: 'GET' | 'POST'; path: string; why: string; call?: string; body?: unknown };

const PW = 'Isolation-2026!';

const MATRIX: Entry[] = [
  { kind: 'public', method: 'GET', path: '/api/info', why: 'version and join URLs' },
  { kind: 'public', method: 'GET', path: '/api/sessions/:code', why: 'join-code lookup of running rounds (rooms get companies later)', call: '/api/sessions/123456' },
  { kind: 'public', method: 'GET', path: '/api/practice/best', why: 'anonymous solo practice best', call: '/api/practice/best?practiceId=aaaaaaaaaaaaaaaaaaaa&gameId=reaktion&level=1' },
  { kind: 'public', method: 'GET', path: '/api/setup', why: 'only whether any company exists' },
  { kind: 'public', method: 'POST', path: '/api/setup', why: 'first run; refused once a company exists', body: { company: 'X GmbH', login: 'x-admin', password: PW } },
  { kind: 'public', method: 'POST', path: '/api/auth/login', why: 'same answer for every failing login', body: { login: 'b-admin', password: 'wrong-password-1' } },
  { kind: 'public', method: 'POST', path: '/api/auth/logout', why: 'ends only the caller\'s own session' },
  { kind: 'own-company', method: 'GET', path: '/api/auth/me', access: 'trainer' },
  { kind: 'own-company', method: 'GET', path: '/api/trainers', access: 'admin' },
  { kind: 'own-company', method: 'POST', path: '/api/trainers', access: 'admin', body: () => ({ login: `a-new-${randomUUID().slice(0, 8)}`, password: PW }) },
  { kind: 'object', method: 'POST', path: '/api/trainers/:id/disable', access: 'admin' },
  { kind: 'object', method: 'POST', path: '/api/trainers/:id/enable', access: 'admin' },
  { kind: 'object', method: 'POST', path: '/api/trainers/:id/reset-password', access: 'admin', body: { password: 'Taken-over-2026' } },
];

/** Every "METHOD /path" below /api registered on the express app (nested routers included). */
function registeredApiRoutes(server: TestServer): string[] {
  const app = (server.app.server as any).transport.getExpressApp();
  const found: string[] = [];
  const walk = (stack: any[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods).filter((m) => m !== '_all')) found.push(`${method.toUpperCase()} ${prefix}${layer.route.path}`);
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack, prefix + (typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : ''));
      }
    }
  };
  walk(app.router.stack, '');
  return [...new Set(found)].filter((r) => r.split(' ')[1]!.startsWith('/api/')).toSorted();
}

function call(c: ApiClient, e: Entry, path: string): Promise<ApiReply> {
  return c.call(e.method, path, typeof e.body === 'function' ? e.body() : e.body);
}

describe.each(backends())('company isolation on $name', (backend) => {
  let server: TestServer;
  let a: { companyId: string; admin: Trainer; trainer: Trainer };
  let b: { companyId: string; admin: Trainer; trainer: Trainer };
  let secrets: string[];

  const signedIn = async (login: string) => {
    const c = new ApiClient(server.url);
    expect((await c.login(login, PW)).status).toBe(200);
    return c;
  };
  const expectNoLeak = (r: ApiReply, what: string) => {
    for (const s of secrets) expect(r.text, `${what} leaks "${s}"`).not.toContain(s);
  };

  beforeAll(async () => {
    server = await startTestServer({ backend });
    if (backend.databaseUrl) await server.app.db.query('delete from companies');
    a = await seedCompany(server.app.db, 'Alpha Werkstatt', 'a', PW);
    b = await seedCompany(server.app.db, 'Beta Betrieb', 'b', PW);
    secrets = [b.companyId, 'Beta Betrieb', b.admin.id, b.trainer.id, 'b-admin', 'b-trainer', 'b Admin', 'b Trainer'];
  });
  afterAll(async () => {
    if (backend.databaseUrl) await server.app.db.query('delete from companies');
    await server.stop();
    removeDir(server.dataDir);
  });

  it('every /api route on the app is in the matrix, and every matrix route exists', () => {
    const registered = registeredApiRoutes(server);
    const listed = MATRIX.map((e) => `${e.method} ${e.path}`).toSorted();
    expect(registered.length).toBeGreaterThanOrEqual(13);
    expect(registered, 'a route is missing from MATRIX in isolation-matrix.test.ts').toEqual(listed);
  });

  it("A's admin gets for B's objects exactly the answer of a missing object, and B's objects stay untouched", async () => {
    const admin = await signedIn('a-admin');
    for (const e of MATRIX.filter((x) => x.kind === 'object')) {
      const missing = await call(admin, e, e.path.replace(':id', randomUUID()));
      expect(missing.status, e.path).toBe(404);
      expect(missing.body, e.path).toEqual({ error: 'NOT_FOUND' });
      for (const id of [b.admin.id, b.trainer.id, 'not-an-id', `${b.trainer.id}%20`]) {
        const r = await call(admin, e, e.path.replace(':id', id));
        expect({ status: r.status, text: r.text }, `${e.method} ${e.path} with ${id}`).toEqual({ status: missing.status, text: missing.text });
        expectNoLeak(r, e.path);
      }
    }
    // B's trainers are neither disabled nor taken over.
    expect((await new ApiClient(server.url).login('b-trainer', PW)).status).toBe(200);
    expect((await new ApiClient(server.url).login('b-admin', PW)).status).toBe(200);
  });

  it("routes on the own company show nothing of B and act only on A", async () => {
    const admin = await signedIn('a-admin');
    for (const e of MATRIX.filter((x) => x.kind === 'own-company')) {
      const r = await call(admin, e, e.path);
      expect(r.status, e.path).toBeLessThan(300);
      expectNoLeak(r, e.path);
    }
    const { rows } = await server.app.db.query<{ company_id: string }>("select company_id from trainers where login like 'a-new-%'");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.company_id).toBe(a.companyId);
  });

  it('public routes hold no company data', async () => {
    const admin = await signedIn('a-admin');
    for (const e of MATRIX.filter((x) => x.kind === 'public')) {
      const r = await call(admin, e, e.kind === 'public' && e.call ? e.call : e.path);
      expect(r.status, e.path).toBeLessThan(500);
      expectNoLeak(r, e.path);
    }
    // A failing login for B's account answers exactly like an unknown one.
    const anon = new ApiClient(server.url);
    expect((await anon.login('b-admin', 'wrong-password-2')).text).toBe((await anon.login('nobody-here', 'wrong-password-2')).text);
  });

  it('without sign-in every non-public route answers 401; a plain trainer gets 403 on admin routes', async () => {
    const anon = new ApiClient(server.url);
    const trainer = await signedIn('a-trainer');
    for (const e of MATRIX) {
      if (e.kind === 'public') continue;
      const path = e.path.replace(':id', a.trainer.id);
      expect((await call(anon, e, path)).body, `${e.method} ${e.path}`).toEqual({ error: 'AUTH_REQUIRED' });
      if (e.access === 'admin') expect((await call(trainer, e, path)).body, `${e.method} ${e.path}`).toEqual({ error: 'ADMIN_REQUIRED' });
    }
  });

  it('state-changing routes refuse requests from another site', async () => {
    const admin = await signedIn('a-admin');
    for (const e of MATRIX.filter((x) => x.method === 'POST')) {
      const path = e.path.replace(':id', a.trainer.id);
      for (const origin of ['http://evil.example', '']) {
        const r = await admin.call(e.method, path, typeof e.body === 'function' ? e.body() : e.body, { origin });
        expect(r.body, `${e.path} from "${origin}"`).toEqual({ error: 'ORIGIN_FORBIDDEN' });
      }
    }
  });
});
