import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrainerRepository } from '../../server/repositories/trainer-repository.ts';
import { hashPassword } from '../../server/auth/password.ts';
import { CountingHasher, TEST_SCRYPT_PARAMS } from '../helpers/test-passwords.ts';
import { ApiClient, resetAccounts } from '../helpers/accounts.ts';
import { backends, removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';

const PW = 'Lehrjahr-2026!';

describe.each(backends())('companies, trainers and sign-in on $name', (backend) => {
  let server: TestServer;
  let admin: ApiClient;
  const passwords = new CountingHasher();

  beforeAll(async () => {
    server = await startTestServer({ backend, overrides: { passwords } });
    // PostgreSQL is shared between runs: start from no company at all.
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    admin = new ApiClient(server.url);
  });
  afterAll(async () => {
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await server.stop();
    removeDir(server.dataDir);
  });

  it('first run: validates input, creates the company and admin once, signs the admin in', async () => {
    expect((await admin.call('GET', '/api/setup')).body).toEqual({ setupNeeded: true });
    expect((await admin.call('POST', '/api/setup', { company: 'Muster GmbH', login: 'anna', password: 'short' })).body).toEqual({ error: 'PASSWORD_INVALID' });
    expect((await admin.call('POST', '/api/setup', { company: '', login: 'anna', password: PW })).body).toEqual({ error: 'NAME_INVALID' });
    expect((await admin.call('POST', '/api/setup', { company: 'Muster GmbH', login: 'a b', password: PW })).body).toEqual({ error: 'LOGIN_INVALID' });
    expect((await admin.call('POST', '/api/setup', { company: 'Muster GmbH', login: 'anna', password: PW }, { origin: 'http://evil.example' })).body).toEqual({ error: 'ORIGIN_FORBIDDEN' });
    const made = await admin.call('POST', '/api/setup', { company: ' Muster  GmbH ', login: 'Anna', displayName: 'Anna Muster', password: PW });
    expect(made.status).toBe(201);
    expect(made.body.company.name).toBe('Muster GmbH');
    expect(made.body.trainer).toMatchObject({ login: 'Anna', displayName: 'Anna Muster', role: 'admin' });
    expect(JSON.stringify(made.body)).not.toContain('scrypt');
    const cookie = made.headers.getSetCookie().find((c) => c.startsWith('arcade_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // plain http on the LAN
    expect((await admin.call('GET', '/api/auth/me')).body.trainer.login).toBe('Anna');
    const again = await new ApiClient(server.url).call('POST', '/api/setup', { company: 'Zweite GmbH', login: 'bert', password: PW });
    expect(again).toMatchObject({ status: 409, body: { error: 'SETUP_DONE' } });
    expect((await admin.call('GET', '/api/setup')).body).toEqual({ setupNeeded: false });
  });

  it('the session table stores only a hash of the token', async () => {
    const token = admin.cookies.get('arcade_session')!;
    const { rows } = await server.app.db.query<{ token_hash: string }>('select token_hash from auth_sessions');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
  });

  it('refuses bodies that are not small JSON objects', async () => {
    const c = new ApiClient(server.url);
    expect((await c.call('POST', '/api/auth/login', 'login=anna', { 'content-type': 'application/x-www-form-urlencoded' })).body).toEqual({ error: 'MESSAGE_INVALID' });
    expect((await c.call('POST', '/api/auth/login', '{"login":')).body).toEqual({ error: 'MESSAGE_INVALID' });
    expect((await c.call('POST', '/api/auth/login', [1, 2])).body).toEqual({ error: 'MESSAGE_INVALID' });
    const big = await c.call('POST', '/api/auth/login', { login: 'anna', password: 'x'.repeat(20_000) });
    expect(big).toMatchObject({ status: 413, body: { error: 'BODY_TOO_LARGE' } });
    expect((await c.call('POST', '/api/auth/login', { login: 42, password: PW })).body).toEqual({ error: 'MESSAGE_INVALID' });
  });

  it('wrong password and unknown login give the same answer and cost the same work', async () => {
    const c = new ApiClient(server.url);
    const checked = async (login: string) => {
      const before = passwords.checks.length;
      const r = await c.login(login, 'falsches-passwort');
      return { status: r.status, text: r.text, checks: passwords.checks.slice(before) };
    };
    const wrong = [await checked('anna'), await checked('anna')];
    const unknown = [await checked('niemand'), await checked('niemand')];
    // Same answer, and exactly one scrypt check at the server's own cost each: an unknown
    // login cannot be told by its time (the times themselves are compared with the real
    // parameters in server/auth/password.test.ts).
    for (const r of [...wrong, ...unknown]) {
      expect(r).toMatchObject({ status: 401, text: '{"error":"LOGIN_FAILED"}' });
      expect(r.checks).toEqual([{ password: 'falsches-passwort', N: TEST_SCRYPT_PARAMS.N }]);
    }
  });

  it('signs in case-insensitively, out again, and the old cookie stops working', async () => {
    const c = new ApiClient(server.url);
    expect((await c.call('GET', '/api/auth/me')).body).toEqual({ error: 'AUTH_REQUIRED' });
    const ok = await c.login('ANNA', PW);
    expect(ok.status).toBe(200);
    expect(ok.body.company.name).toBe('Muster GmbH');
    const stolen = new ApiClient(server.url);
    stolen.cookies = new Map(c.cookies);
    expect((await c.call('POST', '/api/auth/logout')).body).toEqual({ ok: true });
    expect((await c.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await stolen.call('GET', '/api/auth/me')).status).toBe(401);
  });

  it('an admin manages trainers; a trainer may not; a disabled trainer is signed out and cannot sign in', async () => {
    const made = await admin.call('POST', '/api/trainers', { login: 'bert', displayName: 'Bert', password: PW });
    expect(made.status).toBe(201);
    expect(made.body.trainer).toMatchObject({ login: 'bert', role: 'trainer', disabled: false });
    expect((await admin.call('POST', '/api/trainers', { login: 'BERT', password: PW })).body).toEqual({ error: 'LOGIN_TAKEN' });
    expect((await admin.call('POST', '/api/trainers', { login: 'carla', password: PW, role: 'platform' })).body).toEqual({ error: 'MESSAGE_INVALID' });
    const bert = new ApiClient(server.url);
    expect((await bert.login('bert', PW)).status).toBe(200);
    expect((await bert.call('GET', '/api/trainers')).body).toEqual({ error: 'ADMIN_REQUIRED' });
    expect((await bert.call('POST', '/api/trainers', { login: 'dora', password: PW })).status).toBe(403);
    const list = await admin.call('GET', '/api/trainers');
    expect(list.body.trainers.map((t: { login: string }) => t.login).toSorted()).toEqual(['Anna', 'bert']);
    const id = made.body.trainer.id;
    expect((await admin.call('POST', `/api/trainers/${id}/disable`)).body.trainer.disabled).toBe(true);
    expect((await bert.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await bert.login('bert', PW)).body).toEqual({ error: 'LOGIN_FAILED' });
    const self = (await admin.call('GET', '/api/auth/me')).body.trainer.id;
    expect((await admin.call('POST', `/api/trainers/${self}/disable`)).body).toEqual({ error: 'SELF_FORBIDDEN' });
    expect((await admin.call('POST', `/api/trainers/${id}/enable`)).body.trainer.disabled).toBe(false);
    expect((await bert.login('bert', PW)).status).toBe(200);
    // A reset ends the trainer's sessions; the new password works, the old one not.
    expect((await admin.call('POST', `/api/trainers/${id}/reset-password`, { password: 'short' })).body).toEqual({ error: 'PASSWORD_INVALID' });
    expect((await admin.call('POST', `/api/trainers/${id}/reset-password`, { password: 'Neues-Passwort-1' })).status).toBe(200);
    expect((await bert.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await bert.login('bert', 'Neues-Passwort-1')).status).toBe(200);
  });

  it('raises old hash parameters at the next sign-in', async () => {
    const repo = new TrainerRepository(server.app.db);
    const anna = (await repo.findByLogin('anna'))!;
    await repo.setPasswordHash(anna.id, anna.companyId, await hashPassword(PW, { N: 1024, r: 8, p: 1 }), false);
    expect((await new ApiClient(server.url).login('anna', PW)).status).toBe(200);
    expect((await repo.findByLogin('anna'))!.passwordHash).toMatch(new RegExp(`^scrypt\\$${TEST_SCRYPT_PARAMS.N}\\$`));
  });

  it('guessing from the same address is slowed down, but the trainer on her own browser still gets in', async () => {
    const attacker = new ApiClient(server.url);
    // Five free tries per account and address; the sixth opens a wait, which doubles with
    // every further try (counted before hashing, so a slow hash can outlast the first wait).
    for (let i = 0; i < 6; i++) expect((await attacker.login('anna', `guess-number-${i}`)).status).toBe(401);
    let last = await attacker.login('anna', 'guess-number-7');
    for (let i = 8; i < 14 && !(last.status === 429 && Number(last.headers.get('retry-after')) >= 2); i++) {
      if (last.status === 429) await new Promise((r) => setTimeout(r, Number(last.headers.get('retry-after')) * 1000));
      last = await attacker.login('anna', `guess-number-${i}`);
    }
    expect(last).toMatchObject({ status: 429, body: { error: 'RATE_LIMITED' } });
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThanOrEqual(2);
    // Even the right password waits on the throttled address...
    expect((await attacker.login('anna', PW)).status).toBe(429);
    // A made-up X-Forwarded-For does not give a fresh address (TRUST_PROXY is off by default).
    expect((await attacker.call('POST', '/api/auth/login', { login: 'anna', password: PW }, { 'x-forwarded-for': '203.0.113.9' })).status).toBe(429);
    // ...but Anna's browser, which signed in before (device cookie), is counted apart.
    expect((await admin.login('anna', PW)).status).toBe(200);
  });
});
