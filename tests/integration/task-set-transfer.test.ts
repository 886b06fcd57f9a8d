import { strToU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, resetAccounts, seedCompany } from '../helpers/accounts.ts';
import { backends, removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { makeZip } from '../helpers/zip-craft.ts';

const PW = 'Transfer-Test-2026!';
const TASKS = [
  { kind: 'choice', prompt: 'Welcher Sensor erkennt Kunststoff?', explain: 'Kapazitiv.', options: [{ text: 'kapazitiv', right: true }, { text: 'induktiv', right: false }, { text: 'magnetisch', right: true }] },
  { kind: 'number', prompt: 'Spaltmaß?', value: 0.05, tolerance: 0.01, unit: 'mm', limitS: 20, tags: ['mech-bbp-13', 'Presse 3'] },
  { kind: 'order', prompt: 'Reihenfolge beim Rüsten', steps: ['Abschalten', 'Sichern', 'Wechseln'] },
];
const count = async (c: ApiClient) => (await c.call('GET', '/api/task-sets')).body.sets.length;
const CSV = 'Art;Frage;Antwort 1;Antwort 2;Antwort 3;Richtig;Wert;Toleranz;Einheit\n';

/** A set built through the API travels as one file to another company and back; imports are all or nothing. */
describe.each(backends())('task-set export and import on $name', (backend) => {
  let server: TestServer;
  let alpha: ApiClient;
  let beta: ApiClient;

  beforeAll(async () => {
    server = await startTestServer({ backend });
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await seedCompany(server.app.db, 'Alpha Werkzeugbau', 'ta', PW);
    await seedCompany(server.app.db, 'Beta Betrieb', 'tb', PW);
    alpha = new ApiClient(server.url);
    beta = new ApiClient(server.url);
    expect((await alpha.login('ta-trainer', PW)).status).toBe(200);
    expect((await beta.login('tb-admin', PW)).status).toBe(200);
  });
  afterAll(async () => {
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await server.stop();
    removeDir(server.dataDir);
  });

  it('a 20-task set with long texts saves (above the 16 KiB of other routes), a larger body gets a German cap text', async () => {
    const long = { kind: 'choice', prompt: 'Ä'.repeat(200), explain: 'Ö'.repeat(280), options: Array.from({ length: 6 }, (_, i) => ({ text: `${i}${'Ü'.repeat(79)}`, right: i === 0 })) };
    const body = { title: 'Voller Satz', tasks: Array.from({ length: 20 }, () => long) };
    expect(Buffer.byteLength(JSON.stringify(body))).toBeGreaterThan(2 * 16 * 1024);
    expect((await alpha.call('POST', '/api/task-sets', body)).status).toBe(201);
    const big = await alpha.call('POST', '/api/task-sets', { ...body, pad: 'x'.repeat(140_000) });
    expect(big).toMatchObject({ status: 413, body: { error: 'TASK_SET_TOO_LARGE' } });
    // Anonymous large bodies are refused before they are read.
    expect(await new ApiClient(server.url).call('POST', '/api/task-sets/import', new Uint8Array(900_000))).toMatchObject({ status: 401, body: { error: 'AUTH_REQUIRED' } });
    expect(await alpha.call('POST', '/api/task-sets/import-sheet', new Uint8Array(1024 * 1024 + 1))).toMatchObject({ status: 413, body: { error: 'IMPORT_TOO_LARGE' } });
  });

  it('survives export from company A and import into company B, who then owns an independent copy; B cannot export A\'s set', async () => {
    const made = (await alpha.call('POST', '/api/task-sets', { title: 'Presse 3 – Rüsten', tasks: TASKS })).body.set;
    const exported = await fetch(`${server.url}/api/task-sets/${made.id}/export`, { headers: { cookie: [...alpha.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('application/zip');
    expect(exported.headers.get('content-disposition')).toBe('attachment; filename="Presse-3-Ruesten.zip"');
    const file = new Uint8Array(await exported.arrayBuffer());
    expect(Object.keys(unzipSync(file))).toEqual(['set.json']);

    expect(await beta.call('GET', `/api/task-sets/${made.id}/export`)).toMatchObject({ status: 404, body: { error: 'NOT_FOUND' } });
    const imported = await beta.call('POST', '/api/task-sets/import', file, { 'content-type': 'application/zip' });
    expect(imported.status).toBe(201);
    expect(imported.body.set).toMatchObject({ title: 'Presse 3 – Rüsten', version: 1, tasks: 3, updatedBy: 'tb Admin' });
    expect(imported.body.set.content).toEqual(made.content);
    expect(imported.body.set.id).not.toBe(made.id);
    // And back again: B's export imports into A as a new set.
    const back = await alpha.call('POST', '/api/task-sets/import', new Uint8Array(await (await fetch(`${server.url}/api/task-sets/${imported.body.set.id}/export`, { headers: { cookie: [...beta.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } })).arrayBuffer()));
    expect(back.body.set.content).toEqual(made.content);
  });

  it('refuses a hostile or foreign set file with its problem, and saves nothing', async () => {
    const before = await count(beta);
    const cases: [Uint8Array, string][] = [
      [makeZip({ '../set.json': '{}' }), 'zip-path'],
      [makeZip({ 'set.json': new Uint8Array(2 * 1024 * 1024) }), 'zip-bomb'],
      [makeZip({ 'set.json': '{"format":"azubi-arcade.task-set","version":1,"set":{"title":"x","tasks":[]}}', 'photos/a.jpg': 'x' }), 'photos-unsupported'],
      [strToU8('not a zip'), 'zip-invalid'],
    ];
    for (const [file, key] of cases) {
      expect(await beta.call('POST', '/api/task-sets/import', file), key).toMatchObject({ status: 400, body: { error: 'IMPORT_INVALID', problems: [{ key }] } });
    }
    expect(await beta.call('POST', '/api/task-sets/import', { title: 'json' })).toMatchObject({ status: 415, body: { error: 'IMPORT_INVALID', problems: [{ key: 'file-type' }] } });
    expect(await count(beta)).toBe(before);
  });

  it('imports a CSV sheet as a new set, lists the errors per row of a bad one and imports none of it', async () => {
    const good = `${CSV}Auswahl;Welche Schutzart?;IP67;IP20;IP44;1;;;\nZahl;Spaltmaß?;;;;;0,05;0,01;mm\n`;
    const ok = await alpha.call('POST', `/api/task-sets/import-sheet?title=${encodeURIComponent('Aus Tabelle')}`, strToU8(good), { 'content-type': 'text/csv' });
    expect(ok.status).toBe(201);
    expect(ok.body.set).toMatchObject({ title: 'Aus Tabelle', tasks: 2 });

    const before = await count(alpha);
    const bad = `${CSV}Auswahl;Gut?;ja;nein;;1;;;\nZahl;Wert?;;;;;viel;;\nAuswahl;Welche?;a;b;;;;;\n`;
    const refused = await alpha.call('POST', '/api/task-sets/import-sheet?title=Kaputt', strToU8(bad), { 'content-type': 'text/csv' });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ error: 'IMPORT_INVALID', problems: [{ row: 3, column: 'Wert', key: 'not-a-number' }, { row: 4, column: 'Richtig', key: 'no-right' }] });
    expect(await count(alpha)).toBe(before);
  });

  it('serves both templates, and the XLSX template imports as it is', async () => {
    const get = (path: string) => fetch(`${server.url}${path}`, { headers: { cookie: [...alpha.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    const csv = await get('/api/task-sets/template.csv');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="aufgabensatz-vorlage.csv"');
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^\uFEFF?Art;Frage;Antwort 1/);
    const xlsx = new Uint8Array(await (await get('/api/task-sets/template.xlsx')).arrayBuffer());
    const made = await alpha.call('POST', '/api/task-sets/import-sheet?title=Vorlage', xlsx, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(made.body.set).toMatchObject({ title: 'Vorlage', tasks: 3 });
  });
});
