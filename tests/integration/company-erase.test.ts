import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORDS } from '../helpers/test-passwords.ts';
import { TrainerRepository } from '../../server/repositories/trainer-repository.ts';
import type { Db } from '../../server/db/database.ts';
import { ApiClient, resetAccounts, seedCompany } from '../helpers/accounts.ts';
import { backends, removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';

// Review N9: the platform admin erases a disabled company with everything it owns (trainers,
// apprentices, sessions with rounds and results, board points, task sets, buzzer boxes) after
// typing its name; other companies keep every row. Before, the company's admin can export its
// data (boxes without their keys).

const PW = 'Erase-Test-2026!';
const SET = (title: string) => ({ title, tasks: [{ kind: 'number', prompt: 'Spaltmaß in mm?', explain: 'Laut Zeichnung.', value: 0.05, tolerance: 0.01, unit: 'mm' }] });

/** Rows per table that belong to a company (directly or through its sessions and sets). */
async function rowsOf(db: Db, companyId: string): Promise<Record<string, number>> {
  const q = async (sql: string) => (await db.query<{ n: number }>(sql, [companyId])).rows[0]!.n;
  return {
    companies: await q('select count(*)::int as n from companies where id = $1'),
    trainers: await q('select count(*)::int as n from trainers where company_id = $1'),
    apprentices: await q('select count(*)::int as n from apprentices where company_id = $1'),
    sessions: await q('select count(*)::int as n from sessions where company_id = $1'),
    results: await q('select count(*)::int as n from results x join rounds r on r.id = x.round_id join sessions s on s.id = r.session_id where s.company_id = $1'),
    boardPoints: await q('select count(*)::int as n from board_points where company_id = $1'),
    taskSets: await q('select count(*)::int as n from task_sets where company_id = $1'),
    boxes: await q('select count(*)::int as n from buzzer_boxes where company_id = $1'),
  };
}

describe.each(backends())('erasing a company on $name', (backend) => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof seedCompany>>;
  let b: Awaited<ReturnType<typeof seedCompany>>;
  const signedIn = async (login: string) => {
    const c = new ApiClient(server.url);
    expect((await c.login(login, PW)).status).toBe(200);
    return c;
  };
  /** A company's apprentice, a stored round of its hosted session (with board points) and a task set. */
  const fill = async (prefix: string, company: typeof a) => {
    const admin = await signedIn(`${prefix}-admin`);
    const appr = (await admin.call('POST', '/api/apprentices', { displayName: `Azubi ${prefix}`, trade: 'Optik', trainingYear: 1 })).body.apprentice;
    const session = `${prefix}-erase-${Date.now()}`;
    await server.app.sessions.createSession({ id: session, mode: 'hosted', code: '', playlist: [] });
    await server.app.sessions.assignOwner(session, company.companyId, company.trainer.id);
    await server.app.sessions.saveRound({
      sessionId: session, companyId: company.companyId, roundIndex: 0, gameId: 'reaktion', level: 1, seed: 1, startedAt: new Date(), endedAt: new Date(),
      results: [{ playerId: 'p1', nickname: `Azubi ${prefix}`, score: 500, detail: {}, practiceId: null, apprenticeId: appr.id, points: 500 },
        { playerId: 'p2', nickname: 'Gast', score: 400, detail: {}, practiceId: null, apprenticeId: null, points: 400 }],
    });
    expect((await admin.call('POST', '/api/task-sets', SET(`Satz ${prefix}`))).status).toBe(201);
    expect((await admin.call('POST', '/api/boxes', { label: `Box ${prefix}` })).status).toBe(201);
  };

  beforeAll(async () => {
    server = await startTestServer({ backend });
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    a = await seedCompany(server.app.db, 'Alpha Erase GmbH', 'ea', PW);
    b = await seedCompany(server.app.db, 'Beta Erase AG', 'eb', PW);
    await fill('ea', a);
    await fill('eb', b);
    await new TrainerRepository(server.app.db).createPlatformAdmin({ login: 'erase-root', displayName: 'Plattform', passwordHash: await TEST_PASSWORDS.hash(PW) });
  });
  afterAll(async () => {
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await server.stop();
    removeDir(server.dataDir);
  });

  it("the company's export lists its boxes (no login hash, key or secret) and nothing of another company; admins only", async () => {
    const admin = await signedIn('ea-admin');
    const r = await admin.call('GET', '/api/company/export');
    expect(r.status).toBe(200);
    expect(r.body.company.name).toBe('Alpha Erase GmbH');
    expect(r.body.boxes).toEqual([{ id: expect.any(String), label: 'Box ea', createdAt: expect.any(String), revoked: false }]);
    expect(r.body.apprentices.map((x: any) => x.displayName)).toEqual(['Azubi ea']);
    expect(r.body.taskSets.map((x: any) => x.title)).toEqual(['Satz ea']);
    expect(r.body.trainers.map((x: any) => x.login).toSorted()).toEqual(['ea-admin', 'ea-trainer']);
    const { rows } = await server.app.db.query<{ login_hash: string; sign_key: string }>('select login_hash, sign_key from buzzer_boxes where company_id = $1', [a.companyId]);
    const text = JSON.stringify(r.body);
    for (const secret of [rows[0]!.login_hash, rows[0]!.sign_key]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/hash|sign_?key|secret|"code"/i);
    expect(text).not.toContain('Box eb');
    expect(text).not.toContain('Beta');
    expect((await (await signedIn('ea-trainer')).call('GET', '/api/company/export')).status).toBe(403);
  });

  it('needs a disabled company and its exact name; then nothing of it is left and the other company keeps every row', async () => {
    const platform = await signedIn('erase-root');
    const alphaBefore = await rowsOf(server.app.db, a.companyId);
    expect(alphaBefore).toEqual({ companies: 1, trainers: 2, apprentices: 1, sessions: 1, results: 2, boardPoints: 1, taskSets: 1, boxes: 1 });
    const erase = (confirm: unknown, id = b.companyId) => platform.call('POST', `/api/platform/companies/${id}/erase`, { confirm });

    expect((await erase('Beta Erase AG')).body).toEqual({ error: 'COMPANY_ACTIVE' });
    expect((await platform.call('POST', `/api/platform/companies/${b.companyId}/disable`)).status).toBe(200);
    for (const wrong of ['beta erase ag', 'Beta Erase', '', 42, null]) {
      const r = await erase(wrong);
      expect([r.status, r.body], String(wrong)).toEqual([400, { error: 'CONFIRM_MISMATCH' }]);
    }
    expect((await erase('Alpha Erase GmbH', 'no-such-company')).body).toEqual({ error: 'NOT_FOUND' });
    // Alpha's name with Beta's id erases nothing (and Alpha is active anyway).
    expect((await erase('Alpha Erase GmbH')).body).toEqual({ error: 'CONFIRM_MISMATCH' });
    expect(await rowsOf(server.app.db, b.companyId)).toEqual({ companies: 1, trainers: 2, apprentices: 1, sessions: 1, results: 2, boardPoints: 1, taskSets: 1, boxes: 1 });

    const done = await erase('Beta Erase AG');
    expect([done.status, done.body]).toEqual([200, { erased: { trainers: 2, apprentices: 1, sessions: 1, taskSets: 1 } }]);
    expect(await rowsOf(server.app.db, b.companyId)).toEqual({ companies: 0, trainers: 0, apprentices: 0, sessions: 0, results: 0, boardPoints: 0, taskSets: 0, boxes: 0 });
    expect((await new ApiClient(server.url).login('eb-admin', PW)).status).toBe(401);
    expect((await erase('Beta Erase AG')).body).toEqual({ error: 'NOT_FOUND' });

    expect(await rowsOf(server.app.db, a.companyId)).toEqual(alphaBefore);
    expect((await (await signedIn('ea-admin')).call('GET', '/api/apprentices')).body.apprentices).toHaveLength(1);
  });
});
