import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaskSetRepository } from '../../server/repositories/task-set-repository.ts';
import { MAX_TASK_SETS_PER_COMPANY } from '../../shared/protocol/task-sets.ts';
import { ApiClient, resetAccounts, seedCompany } from '../helpers/accounts.ts';
import { backends, removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';

const PW = 'Werkstatt-Test-2026!';
const TASKS = [
  { kind: 'choice', prompt: 'Welcher Sensor erkennt Kunststoff?', explain: 'Kapazitiv.', options: [{ text: 'kapazitiv', right: true }, { text: 'induktiv', right: false }] },
  { kind: 'number', prompt: 'Spaltmaß?', value: 0.05, tolerance: 0.01, unit: 'mm', limitS: 20, tags: ['mech-bbp-13', 'Presse 3'] },
  { kind: 'order', prompt: 'Reihenfolge beim Rüsten', steps: ['Abschalten', 'Sichern', 'Wechseln'] },
];

/** Werkstatt task sets through the trainer API: versions, the check before saving, copies, deletion, caps. */
describe.each(backends())('task sets on $name', (backend) => {
  let server: TestServer;
  let trainer: ApiClient;
  let colleague: ApiClient;

  beforeAll(async () => {
    server = await startTestServer({ backend });
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await seedCompany(server.app.db, 'Alpha Werkzeugbau', 'ws', PW);
    trainer = new ApiClient(server.url);
    colleague = new ApiClient(server.url);
    expect((await trainer.login('ws-trainer', PW)).status).toBe(200);
    expect((await colleague.login('ws-admin', PW)).status).toBe(200);
  });
  afterAll(async () => {
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await server.stop();
    removeDir(server.dataDir);
  });

  it('creates, reads, saves new versions (old ones unchanged), copies and deletes a set', async () => {
    const made = await trainer.call('POST', '/api/task-sets', { title: 'Presse 3', tasks: TASKS });
    expect(made.status).toBe(201);
    const set = made.body.set;
    expect(set).toMatchObject({ title: 'Presse 3', version: 1, tasks: 3, updatedBy: 'ws Trainer' });
    expect(set.content.tasks[1]).toEqual({ kind: 'number', prompt: 'Spaltmaß?', explain: '', limitS: 20, tags: ['mech-bbp-13', 'Presse 3'], value: 0.05, tolerance: 0.01, unit: 'mm' });

    const edited = await colleague.call('POST', `/api/task-sets/${set.id}`, { title: 'Presse 3 (neu)', tasks: TASKS.slice(0, 2), baseVersion: 1 });
    expect(edited.body.set).toMatchObject({ version: 2, tasks: 2, title: 'Presse 3 (neu)' });
    // A save based on the old version would overwrite the colleague's: refused.
    expect(await trainer.call('POST', `/api/task-sets/${set.id}`, { title: 'Alt', tasks: TASKS, baseVersion: 1 })).toMatchObject({ status: 409, body: { error: 'TASK_SET_STALE' } });
    expect(await new TaskSetRepository(server.app.db).findVersion(set.id, 1, (await trainer.call('GET', '/api/auth/me')).body.company.id)).toMatchObject({ title: 'Presse 3', tasks: { length: 3 } });

    const copy = await trainer.call('POST', `/api/task-sets/${set.id}/duplicate`);
    expect(copy.status).toBe(201);
    expect(copy.body.set).toMatchObject({ title: 'Kopie von Presse 3 (neu)', version: 1, tasks: 2 });
    const list = (await trainer.call('GET', '/api/task-sets')).body.sets;
    expect(list.map((s: any) => s.title)).toEqual(['Kopie von Presse 3 (neu)', 'Presse 3 (neu)']);
    expect(list[0]).not.toHaveProperty('content');

    expect((await trainer.call('POST', `/api/task-sets/${set.id}/delete`)).body).toEqual({ deleted: true });
    expect((await trainer.call('GET', `/api/task-sets/${set.id}`)).body).toEqual({ error: 'NOT_FOUND' });
    expect((await trainer.call('POST', `/api/task-sets/${set.id}/delete`)).status).toBe(404);
  });

  it('refuses an incomplete set with every problem listed, and bad input with a code, never a crash', async () => {
    const bad = await trainer.call('POST', '/api/task-sets', { title: '', tasks: [{ kind: 'choice', prompt: 'x', options: [{ text: 'a' }, { text: 'b' }] }] });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ error: 'TASK_SET_INVALID', problems: [{ task: null, key: 'title' }, { task: 0, key: 'no-right' }] });
    for (const body of [{}, { title: 'x', tasks: 'x' }, { title: 'x', tasks: [null] }, { title: 'x'.repeat(81), tasks: TASKS }]) {
      expect((await trainer.call('POST', '/api/task-sets', body)).body.error).toBe('TASK_SET_INVALID');
    }
    const ok = (await trainer.call('POST', '/api/task-sets', { title: 'Gut', tasks: TASKS })).body.set;
    expect((await trainer.call('POST', `/api/task-sets/${ok.id}`, { title: 'Gut', tasks: TASKS, baseVersion: 'eins' })).body).toEqual({ error: 'MESSAGE_INVALID' });
    const big = await trainer.call('POST', '/api/task-sets', { title: 'Groß', tasks: TASKS, pad: 'x'.repeat(140_000) });
    expect(big).toMatchObject({ status: 413, body: { error: 'TASK_SET_TOO_LARGE' } });
  });

  it(`keeps at most ${MAX_TASK_SETS_PER_COMPANY} sets per company`, async () => {
    const me = (await trainer.call('GET', '/api/auth/me')).body;
    const have = (await trainer.call('GET', '/api/task-sets')).body.sets.length;
    for (let i = have; i < MAX_TASK_SETS_PER_COMPANY; i++) await new TaskSetRepository(server.app.db).create(me.company.id, me.trainer.id, { title: `S${i}`, tasks: [] });
    expect(await trainer.call('POST', '/api/task-sets', { title: 'Einer zu viel', tasks: TASKS })).toMatchObject({ status: 409, body: { error: 'TASK_SETS_FULL' } });
  });
});
