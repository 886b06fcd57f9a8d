import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@colyseus/sdk';
import { TEST_PASSWORDS } from '../helpers/test-passwords.ts';
import { TrainerRepository, type Trainer } from '../../server/repositories/trainer-repository.ts';
import { exportSetFile } from '../../server/import/set-archive.ts';
import { csvTemplate } from '../../server/import/sheet-template.ts';
import type { TaskSetContent } from '../../shared/games/werkstatt/model.ts';
import { PROTOCOL_VERSION, ROOM_SESSION, ROOM_SOLO } from '../../shared/protocol/constants.ts';
import { SessionState } from '../../shared/protocol/state.ts';
import { unzipSync } from 'fflate';
import { Bot, joinError, until } from '../helpers/bots.ts';
import { pdfText } from '../helpers/pdf-text.ts';
import { ApiClient, resetAccounts, seedCompany, type ApiReply } from '../helpers/accounts.ts';
import { backends, removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';

/**
 * Isolation is the core security property: a trainer of company A must learn nothing about
 * company B. Every /api route registered on the express app must appear in MATRIX (the
 * coverage test walks the app and fails otherwise), so a new route joins by construction.
 */
type Entry =
  /** Addresses one company object by :id: B's ids must answer exactly like a missing id. */
  | { kind: 'object'; of: 'trainer' | 'apprentice' | 'session' | 'task-set' | 'box' | 'task-photo'; method: 'GET' | 'POST'; path: string; access: 'trainer' | 'admin'; body?: unknown; call?: string }
  /** The platform admin's company administration: company admins and trainers are refused. */
  | { kind: 'platform'; method: 'GET' | 'POST'; path: string; body?: unknown }
  /** Works on the caller's own company without naming an object: must show nothing of B. */
  | { kind: 'own-company'; method: 'GET' | 'POST'; path: string; access: 'trainer' | 'admin'; body?: () => unknown }
  /** Holds no company data at all (say why). */
  | { kind: 'public'; method: 'GET' | 'POST'; path: string; why: string; call?: string; body?: unknown };

const PW = 'Isolation-2026!';
/** A complete one-task set (Werkstatt). */
const SET = (title: string): TaskSetContent => ({ title, tasks: [{ kind: 'number', prompt: 'Spaltmaß in mm?', explain: 'Laut Zeichnung.', limitS: null, tags: [], value: 0.05, tolerance: 0.01, unit: 'mm' }] });

/** A small JPEG for the upload route (made before the tests run). */
let photoBytes: Uint8Array = new Uint8Array();
/** The path an entry is called with (its `call` template, else its path). */
const pathOf = (e: Entry): string => (e.kind === 'object' && e.call ? e.call : e.path);

const MATRIX: Entry[] = [
  { kind: 'public', method: 'GET', path: '/api/info', why: 'version and join URLs' },
  { kind: 'public', method: 'GET', path: '/api/sessions/:code', why: 'join-code lookup of running rounds: answers only a room id, never the company', call: '/api/sessions/123456' },
  { kind: 'public', method: 'GET', path: '/api/practice/best', why: 'anonymous solo practice best', call: '/api/practice/best?practiceId=aaaaaaaaaaaaaaaaaaaa&gameId=reaktion&level=1' },
  { kind: 'public', method: 'POST', path: '/api/practice/sets', why: 'solo practice: the titles of the sets of the card\'s own company only (B\'s never for A\'s card, tested with the solo room below); no card, no data', body: { card: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' } },
  { kind: 'public', method: 'GET', path: '/api/setup', why: 'only whether any company exists' },
  { kind: 'public', method: 'GET', path: '/api/check/info', why: 'connection check: the server\'s own addresses and network warning, no company data' },
  { kind: 'public', method: 'POST', path: '/api/check', why: 'connection check: opens a check under a random id; holds no company data' },
  { kind: 'public', method: 'GET', path: '/api/check/:id', why: 'connection check: the phones that reached this random check id (device labels and round trips only)', call: '/api/check/unknown-check-id' },
  { kind: 'public', method: 'GET', path: '/api/check/:id/ping', why: 'connection check: a round-trip probe', call: '/api/check/unknown-check-id/ping' },
  { kind: 'public', method: 'POST', path: '/api/check/:id/arrive', why: 'connection check: a phone reports its round trips to a random check id', call: '/api/check/unknown-check-id/arrive', body: { phone: 'x', samples: [] } },
  { kind: 'public', method: 'POST', path: '/api/setup', why: 'first run; refused once a company exists', body: { company: 'X GmbH', login: 'x-admin', password: PW } },
  { kind: 'public', method: 'POST', path: '/api/auth/login', why: 'same answer for every failing login', body: { login: 'b-admin', password: 'wrong-password-1' } },
  { kind: 'public', method: 'POST', path: '/api/auth/logout', why: 'ends only the caller\'s own session' },
  { kind: 'own-company', method: 'GET', path: '/api/auth/me', access: 'trainer' },
  { kind: 'own-company', method: 'GET', path: '/api/apprentices', access: 'trainer' },
  { kind: 'own-company', method: 'POST', path: '/api/apprentices', access: 'trainer', body: () => ({ displayName: 'Neu A', trade: 'Mechatronik', trainingYear: 1 }) },
  { kind: 'own-company', method: 'GET', path: '/api/boards', access: 'trainer' },
  { kind: 'own-company', method: 'GET', path: '/api/reports/sessions', access: 'trainer' },
  { kind: 'own-company', method: 'GET', path: '/api/company', access: 'admin' },
  { kind: 'own-company', method: 'POST', path: '/api/company/settings', access: 'admin', body: () => ({ guestRetentionDays: 30 }) },
  { kind: 'object', of: 'apprentice', method: 'POST', path: '/api/apprentices/:id', access: 'trainer', body: { displayName: 'Übernommen', trade: '', trainingYear: 2 } },
  { kind: 'object', of: 'apprentice', method: 'POST', path: '/api/apprentices/:id/card', access: 'trainer' },
  { kind: 'object', of: 'apprentice', method: 'POST', path: '/api/apprentices/:id/card/revoke', access: 'trainer' },
  { kind: 'object', of: 'apprentice', method: 'GET', path: '/api/apprentices/:id/record', access: 'trainer' },
  { kind: 'object', of: 'apprentice', method: 'GET', path: '/api/apprentices/:id/record.csv', access: 'trainer' },
  { kind: 'object', of: 'apprentice', method: 'GET', path: '/api/apprentices/:id/record.xlsx', access: 'trainer' },
  { kind: 'object', of: 'apprentice', method: 'GET', path: '/api/apprentices/:id/export', access: 'admin' },
  { kind: 'object', of: 'apprentice', method: 'GET', path: '/api/apprentices/:id/record-book.pdf', access: 'trainer' },
  { kind: 'own-company', method: 'GET', path: '/api/reports/record-book.zip', access: 'trainer' },
  { kind: 'object', of: 'apprentice', method: 'POST', path: '/api/apprentices/:id/delete', access: 'admin' },
  { kind: 'own-company', method: 'GET', path: '/api/coverage', access: 'trainer' },
  { kind: 'own-company', method: 'GET', path: '/api/coverage.csv', access: 'trainer' },
  { kind: 'object', of: 'apprentice', method: 'GET', path: '/api/apprentices/:id/coverage', access: 'trainer' },
  { kind: 'object', of: 'session', method: 'GET', path: '/api/reports/sessions/:id', access: 'trainer' },
  { kind: 'object', of: 'session', method: 'GET', path: '/api/reports/sessions/:id/csv', access: 'trainer' },
  { kind: 'object', of: 'session', method: 'GET', path: '/api/reports/sessions/:id/xlsx', access: 'trainer' },
  { kind: 'own-company', method: 'GET', path: '/api/task-sets', access: 'trainer' },
  { kind: 'object', of: 'task-set', method: 'GET', path: '/api/task-sets/:id/export', access: 'trainer' },
  { kind: 'own-company', method: 'POST', path: '/api/task-sets/import', access: 'trainer', body: () => exportSetFile(SET('Importiert A')) },
  { kind: 'own-company', method: 'POST', path: '/api/task-sets/import-sheet', access: 'trainer', body: () => csvTemplate() },
  { kind: 'own-company', method: 'GET', path: '/api/task-sets/template.csv', access: 'trainer' },
  { kind: 'own-company', method: 'GET', path: '/api/task-sets/template.xlsx', access: 'trainer' },
  { kind: 'own-company', method: 'POST', path: '/api/task-sets', access: 'trainer', body: () => SET('Satz A') },
  { kind: 'object', of: 'task-set', method: 'GET', path: '/api/task-sets/:id', access: 'trainer' },
  { kind: 'object', of: 'task-set', method: 'POST', path: '/api/task-sets/:id', access: 'trainer', body: SET('Übernommen') },
  { kind: 'object', of: 'task-set', method: 'POST', path: '/api/task-sets/:id/duplicate', access: 'trainer' },
  { kind: 'object', of: 'task-set', method: 'POST', path: '/api/task-sets/:id/delete', access: 'trainer' },
  { kind: 'own-company', method: 'GET', path: '/api/boxes', access: 'trainer' },
  { kind: 'own-company', method: 'GET', path: '/api/company/export', access: 'admin' },
  { kind: 'own-company', method: 'POST', path: '/api/boxes', access: 'trainer', body: () => ({ label: 'Box A' }) },
  { kind: 'object', of: 'box', method: 'POST', path: '/api/boxes/:id/revoke', access: 'trainer' },
  { kind: 'object', of: 'box', method: 'POST', path: '/api/boxes/:id/delete', access: 'admin' },
  { kind: 'own-company', method: 'POST', path: '/api/task-photos', access: 'trainer', body: () => photoBytes },
  { kind: 'own-company', method: 'GET', path: '/api/task-photos/usage', access: 'trainer' },
  // Also opened by a phone's signed round link (tests/integration/task-photos.test.ts); without one, a trainer route.
  { kind: 'object', of: 'task-photo', method: 'GET', path: '/api/task-photos/:id/:variant', access: 'trainer', call: '/api/task-photos/:id/projector' },
  { kind: 'platform', method: 'GET', path: '/api/platform/companies' },
  { kind: 'platform', method: 'POST', path: '/api/platform/companies', body: { company: 'Gamma AG', login: 'g-admin', password: PW } },
  { kind: 'platform', method: 'POST', path: '/api/platform/companies/:id/disable' },
  { kind: 'platform', method: 'POST', path: '/api/platform/companies/:id/enable' },
  { kind: 'platform', method: 'POST', path: '/api/platform/companies/:id/erase', body: { confirm: 'Beta Betrieb' } },
  { kind: 'own-company', method: 'GET', path: '/api/trainers', access: 'admin' },
  { kind: 'own-company', method: 'POST', path: '/api/trainers', access: 'admin', body: () => ({ login: `a-new-${randomUUID().slice(0, 8)}`, password: PW }) },
  { kind: 'object', of: 'trainer', method: 'POST', path: '/api/trainers/:id/disable', access: 'admin' },
  { kind: 'object', of: 'trainer', method: 'POST', path: '/api/trainers/:id/enable', access: 'admin' },
  { kind: 'object', of: 'trainer', method: 'POST', path: '/api/trainers/:id/reset-password', access: 'admin', body: { password: 'Taken-over-2026' } },
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
  /** B's objects by kind, addressed with A's credentials below. */
  let bIds: Record<'trainer' | 'apprentice' | 'session' | 'task-set' | 'box' | 'task-photo', string[]>;
  let bCard: string;

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
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    a = await seedCompany(server.app.db, 'Alpha Werkstatt', 'a', PW);
    b = await seedCompany(server.app.db, 'Beta Betrieb', 'b', PW);
    // B's apprentice with a card and a stored round of B's hosted session.
    const bAdmin = await signedIn('b-admin');
    const bert = (await bAdmin.call('POST', '/api/apprentices', { displayName: 'Bert Beta', trade: 'Optik', tradeId: 'mechatroniker', trainingYear: 2 })).body.apprentice;
    bCard = (await bAdmin.call('POST', `/api/apprentices/${bert.id}/card`)).body.card.code;
    const bSession = `bsess${randomUUID().slice(0, 4)}`;
    await server.app.sessions.createSession({ id: bSession, mode: 'hosted', code: '987654', playlist: [] });
    await server.app.sessions.assignOwner(bSession, b.companyId, b.trainer.id);
    await server.app.sessions.saveRound({
      sessionId: bSession, companyId: b.companyId, roundIndex: 0, gameId: 'reaktion', level: 1, seed: 1, startedAt: new Date(), endedAt: new Date(),
      results: [{ playerId: 'p1', nickname: 'Bert Beta', score: 777, detail: {}, practiceId: null, apprenticeId: bert.id, points: 777 }],
    });
    const bSet = (await bAdmin.call('POST', '/api/task-sets', SET('Geheimsatz Beta'))).body.set;
    const bBox = (await bAdmin.call('POST', '/api/boxes', { label: 'Geheimbox Beta' })).body.box;
    photoBytes = new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: '#6a8' } }).jpeg().toBuffer());
    const bPhoto = (await bAdmin.call('POST', '/api/task-photos', photoBytes)).body.photo;
    bIds = { trainer: [b.admin.id, b.trainer.id], apprentice: [bert.id], session: [bSession], 'task-set': [bSet.id], box: [bBox.id], 'task-photo': [bPhoto.id] };
    secrets = ['Geheimbox Beta', bBox.id, 'Geheimsatz Beta', bSet.id, bPhoto.id, b.companyId, 'Beta Betrieb', b.admin.id, b.trainer.id, 'b-admin', 'b-trainer', 'b Admin', 'b Trainer', bert.id, 'Bert Beta', bSession, '987654', bCard];
  });
  afterAll(async () => {
    if (backend.databaseUrl) await resetAccounts(server.app.db);
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
      const missing = await call(admin, e, pathOf(e).replace(':id', randomUUID()));
      expect(missing.status, e.path).toBe(404);
      expect(missing.body, e.path).toEqual({ error: 'NOT_FOUND' });
      for (const id of [...bIds[e.of], 'not-an-id', `${bIds[e.of][0]}%20`]) {
        const r = await call(admin, e, pathOf(e).replace(':id', id));
        expect({ status: r.status, text: r.text }, `${e.method} ${e.path} with ${id}`).toEqual({ status: missing.status, text: missing.text });
        expectNoLeak(r, e.path);
      }
    }
    // B's trainers are neither disabled nor taken over; B's apprentice, card and results are untouched.
    expect((await new ApiClient(server.url).login('b-trainer', PW)).status).toBe(200);
    const bAdmin = await signedIn('b-admin');
    const bApprentices = (await bAdmin.call('GET', '/api/apprentices')).body.apprentices;
    expect(bApprentices.map((x: any) => [x.displayName, x.hasCard])).toEqual([['Bert Beta', true]]);
    expect((await bAdmin.call('GET', `/api/apprentices/${bIds.apprentice[0]}/record`)).body.history).toHaveLength(1);
    // B's coverage shows Bert's round (Reaktion 1 serves mech-bbp-3); A's routes above showed none of it.
    const bCoverage = (await bAdmin.call('GET', '/api/coverage')).body;
    expect(bCoverage.rows.map((r: any) => [r.displayName, r.cells['mech-bbp-3']?.rounds])).toEqual([['Bert Beta', 1]]);
    // B's task set is neither changed, copied nor deleted.
    expect((await bAdmin.call('GET', '/api/task-sets')).body.sets.map((x: any) => [x.title, x.version])).toEqual([['Geheimsatz Beta', 1]]);
    // B's buzzer box is neither revoked nor deleted.
    expect((await bAdmin.call('GET', '/api/boxes')).body.boxes.map((x: any) => [x.label, x.revoked])).toEqual([['Geheimbox Beta', false]]);
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

  it("record-book PDFs: B's apprentice in A's ZIP answers like a missing one; A's ZIP for all holds none of B's text", async () => {
    const admin = await signedIn('a-admin');
    const week = 'from=2026-03-23&to=2026-03-29';
    const missing = await admin.call('GET', `/api/reports/record-book.zip?ids=${randomUUID()}&${week}`);
    expect(missing.body).toEqual({ error: 'NOT_FOUND' });
    const mixed = await admin.call('GET', `/api/reports/record-book.zip?ids=${bIds.apprentice[0]}&${week}`);
    expect({ status: mixed.status, text: mixed.text }).toEqual({ status: missing.status, text: missing.text });
    const zipOf = async (c: ApiClient) => {
      const res = await fetch(`${server.url}/api/reports/record-book.zip?${week}`, { headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
      expect(res.status).toBe(200);
      return Promise.all(Object.values(unzipSync(new Uint8Array(await res.arrayBuffer()))).map(pdfText));
    };
    for (const text of await zipOf(admin)) for (const s of secrets) expect(text, `A's record book leaks "${s}"`).not.toContain(s);
    // The check can fail: B's own ZIP names B's apprentice and company.
    const bTexts = (await zipOf(await signedIn('b-trainer'))).join('\n');
    expect(bTexts).toContain('Bert Beta');
    expect(bTexts).toContain('Beta Betrieb');
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
      const path = pathOf(e).replace(':id', a.trainer.id);
      expect((await call(anon, e, path)).body, `${e.method} ${e.path}`).toEqual({ error: 'AUTH_REQUIRED' });
      if (e.kind === 'platform') expect((await call(trainer, e, path)).body, `${e.method} ${e.path}`).toEqual({ error: 'PLATFORM_REQUIRED' });
      else if (e.access === 'admin') expect((await call(trainer, e, path)).body, `${e.method} ${e.path}`).toEqual({ error: 'ADMIN_REQUIRED' });
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
  it('the platform admin manages companies but sees no company data and cannot use company routes', async () => {
    await new TrainerRepository(server.app.db).createPlatformAdmin({ login: 'platform-root', displayName: 'Plattform', passwordHash: await TEST_PASSWORDS.hash(PW) });
    const platform = await signedIn('platform-root');
    const list = await platform.call('GET', '/api/platform/companies');
    expect(list.body.companies.map((c: any) => c.name).toSorted()).toEqual(['Alpha Werkstatt', 'Beta Betrieb']);
    for (const leak of ['Bert Beta', bCard, bIds.session[0]!]) expect(list.text).not.toContain(leak);
    // (/api/auth/me answers every signed-in account, the platform admin's too.)
    for (const e of MATRIX.filter((x) => (x.kind === 'own-company' || x.kind === 'object') && x.path !== '/api/auth/me')) {
      const r = await call(platform, e, pathOf(e).replace(':id', bIds.apprentice[0]!));
      expect(r.status, `${e.method} ${e.path}`).toBe(403);
      expect(r.text).not.toContain('Bert Beta');
    }
  });

  it('room actions: hosting needs a signed-in trainer from our origin; B\'s rounds and cards do not work for A', async () => {
    const headersOf = async (login: string) => {
      const c = await signedIn(login);
      return { origin: server.url, cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    };
    const aHeaders = await headersOf('a-trainer');
    const bHeaders = await headersOf('b-trainer');
    const host = (headers?: Record<string, string>) => new Client(server.url, headers ? { headers } : undefined).create(ROOM_SESSION, { protocol: PROTOCOL_VERSION, role: 'host' }, SessionState);
    expect(await joinError(host())).toBe('AUTH_REQUIRED');
    expect(await joinError(host({ ...aHeaders, origin: 'http://evil.example' }))).toBe('ORIGIN_FORBIDDEN');
    // Forging the identity the matchmaker hands to the room does not work either.
    const forged = { protocol: PROTOCOL_VERSION, role: 'host', _verifiedHost: { trainerId: b.trainer.id, companyId: b.companyId } };
    expect(await joinError(new Client(server.url).create(ROOM_SESSION, forged, SessionState))).toBe('AUTH_REQUIRED');
    const bRoom = new Bot(await host(bHeaders), new Client(server.url));
    const aRoom = new Bot(await host(aHeaders), new Client(server.url));
    await bRoom.next('welcome');
    await aRoom.next('welcome');
    const { rows } = await server.app.db.query<{ id: string; company_id: string }>('select id, company_id from sessions where id = any($1)', [[aRoom.room.roomId, bRoom.room.roomId]]);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.company_id]))).toEqual({ [aRoom.room.roomId]: a.companyId, [bRoom.room.roomId]: b.companyId });

    // A's trainer with B's host key is refused exactly like a wrong key.
    const takeOver = (key: string) => new Client(server.url, { headers: aHeaders }).joinById(bRoom.room.roomId, { protocol: PROTOCOL_VERSION, role: 'host', key }, SessionState);
    expect(await joinError(takeOver(bRoom.welcome.key))).toBe('HOST_KEY_INVALID');
    expect(await joinError(takeOver('x'.repeat(24)))).toBe('HOST_KEY_INVALID');

    // Cards: B's card in A's round is refused like a made-up code; A's card works only in A's round.
    const aAdmin = await signedIn('a-admin');
    const anna = (await aAdmin.call('POST', '/api/apprentices', { displayName: 'Anna Alpha', trade: '', trainingYear: 1 })).body.apprentice;
    const aCard = (await aAdmin.call('POST', `/api/apprentices/${anna.id}/card`)).body.card.code;
    const joinWith = (room: Bot, card: string) => new Client(server.url).joinById(room.room.roomId, { protocol: PROTOCOL_VERSION, role: 'player', card, code: room.welcome.code }, SessionState);
    expect(await joinError(joinWith(aRoom, bCard))).toBe('CARD_INVALID');
    expect(await joinError(joinWith(aRoom, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ'))).toBe('CARD_INVALID');
    expect(await joinError(joinWith(bRoom, aCard))).toBe('CARD_INVALID');
    // Solo practice with a stored set: A's card never plays B's set (refused like a missing
    // one), B's card never lists A's sets nor A's card B's.
    const soloSet = (setId: string, card: string) => new Client(server.url).create(ROOM_SOLO, { protocol: PROTOCOL_VERSION, role: 'player', gameId: 'werkstatt', level: 1, setId, card }, SessionState);
    expect(await joinError(soloSet(bIds['task-set'][0]!, aCard))).toBe('PRACTICE_SET_NOT_FOUND');
    const aSets = await new ApiClient(server.url).call('POST', '/api/practice/sets', { card: aCard });
    expect(aSets.status).toBe(200);
    expectNoLeak(aSets, 'A\'s practice sets');
    const annaInA = new Bot(await joinWith(aRoom, aCard), new Client(server.url));
    expect((await annaInA.next('welcome')).role).toBe('player');
    await until(() => aRoom.state.players.size === 1, 5000, 'Anna in the lobby');
    expect([...aRoom.state.players.values()].map((p: any) => p.nickname)).toEqual(['Anna Alpha']);
    for (const bot of [annaInA, aRoom, bRoom]) await bot.room.leave();
  });
});
