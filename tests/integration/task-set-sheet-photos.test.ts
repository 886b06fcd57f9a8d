import { randomBytes } from 'node:crypto';
import { Client } from '@colyseus/sdk';
import { strFromU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEET_COLUMNS } from '../../shared/games/werkstatt/sheet.ts';
import type { WerkstattPublicRound } from '../../shared/games/werkstatt/wire.ts';
import { PROTOCOL_VERSION, ROOM_SOLO } from '../../shared/protocol/constants.ts';
import { SessionState } from '../../shared/protocol/state.ts';
import { xlsxTemplate } from '../../server/import/sheet-template.ts';
import { ApiClient, resetAccounts, seedCompany } from '../helpers/accounts.ts';
import { Bot, until } from '../helpers/bots.ts';
import { TEXT_AS_JPG } from '../helpers/photo-files.ts';
import { backends, removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { cp850Bytes, makeZip, zipWithRawNames } from '../helpers/zip-craft.ts';

// A sheet with its photos in one ZIP (issue 20 §3, docs/TASK-SET-FORMAT.md §2.3): a row names
// its photo by file name, a "Stelle" row gives the spot in % of the photo; every photo goes
// through the upload pipeline, quota and all in one transaction; every bad row is listed with
// its row and file, and nothing is stored.

const PW = 'Tabellenfoto-Test-2026!';
const H = [...SHEET_COLUMNS];
const row = (cells: Record<string, string>) => H.map((c) => cells[c] ?? '');
const csv = (rows: string[][]) => `\uFEFF${rows.map((r) => r.join(';')).join('\r\n')}\r\n`;
const spotRow = (cells: Record<string, string> = {}) => row({
  Art: 'Stelle', Frage: 'Wo ist der Endschalter?', Foto: 'endschalter.jpg',
  'Stelle X (%)': '25', 'Stelle Y (%)': '40', 'Stelle Breite (%)': '20', 'Stelle Höhe (%)': '20', ...cells,
});
/** A circle spot with its centre at 50 % and `y`, radius 9 % of the width. */
const circleRow = (y: string) => spotRow({ 'Stelle X (%)': '50', 'Stelle Y (%)': y, 'Stelle Breite (%)': '', 'Stelle Höhe (%)': '', 'Stelle Radius (%)': '9' });
const choiceRow = row({ Art: 'Auswahl', Frage: 'Welche Presse ist das?', Foto: 'Presse.PNG', 'Antwort 1': 'Presse 3', 'Antwort 2': 'Presse 4', Richtig: '1' });
const grain = (w = 640, h = 480) => sharp({ create: { width: w, height: h, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 50 } } }).jpeg().toBuffer();
const PRACTICE_ID = 'practice-sheet-photos-0001';
const importZip = (c: ApiClient, zip: Uint8Array, title = 'Presse 3 mit Fotos') =>
  c.call('POST', `/api/task-sets/import?title=${encodeURIComponent(title)}`, zip, { 'content-type': 'application/zip' });
/** How many sets and photo bytes the company has: unchanged after a refused import. */
const state = async (c: ApiClient) => ({ sets: (await c.call('GET', '/api/task-sets')).body.sets.length, used: (await c.call('GET', '/api/task-photos/usage')).body.usedBytes });
/** Column letters A–Z of the template (it has fewer than 27 columns). */
const col = (i: number): string => String.fromCharCode(65 + i);

describe.each(backends())('a sheet with its photos in one ZIP on $name', (backend) => {
  let server: TestServer;
  let alpha: ApiClient;
  let jpeg: Buffer;
  let png: Buffer;

  beforeAll(async () => {
    server = await startTestServer({ backend });
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await seedCompany(server.app.db, 'Alpha Tabellenfoto', 'tf', PW);
    alpha = new ApiClient(server.url);
    expect((await alpha.login('tf-trainer', PW)).status).toBe(200);
    jpeg = await grain();
    png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#345' } }).png().toBuffer();
  });
  afterAll(async () => {
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await server.stop();
    removeDir(server.dataDir);
  });

  it('imports a CSV with a spot task and a choice with a photo; the set plays and exports with its photos', async () => {
    const zip = makeZip({ 'Presse 3/aufgaben.csv': csv([H, spotRow(), choiceRow]), 'Presse 3/fotos/endschalter.jpg': jpeg, 'Presse 3/presse.png': png, 'Presse 3/ungenutzt.jpg': jpeg });
    const before = await state(alpha);
    const r = await importZip(alpha, zip);
    expect(r.status).toBe(201);
    expect(r.body.warnings).toEqual([]);
    const set = (await alpha.call('GET', `/api/task-sets/${r.body.set.id}`)).body.set;
    expect(set.title).toBe('Presse 3 mit Fotos');
    const [spot, choice] = set.content.tasks;
    expect(spot).toMatchObject({ kind: 'spot', region: { shape: 'rect', x: 0.25, y: 0.4, w: 0.2, h: 0.2 } });
    expect(choice).toMatchObject({ kind: 'choice' });
    expect(spot.photo).toMatch(/^[0-9a-f-]{36}$/);
    expect(choice.photo).toMatch(/^[0-9a-f-]{36}$/);
    expect(choice.photo).not.toBe(spot.photo);
    // Re-encoded by the pipeline (a JPEG, not the PNG as it came); the unused photo is not stored.
    const stored = await fetch(`${server.url}/api/task-photos/${choice.photo}/projector`, { headers: { cookie: [...alpha.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(stored.status).toBe(200);
    expect(Buffer.from(await stored.arrayBuffer()).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const after = await state(alpha);
    expect(after.sets).toBe(before.sets + 1);
    expect(after.used).toBeGreaterThan(before.used);

    // Exported: a set file with both photos and the region.
    const exp = await fetch(`${server.url}/api/task-sets/${set.id}/export`, { headers: { cookie: [...alpha.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(exp.status).toBe(200);
    const entries = unzipSync(new Uint8Array(await exp.arrayBuffer()));
    expect(Object.keys(entries).sort()).toEqual(['photos/foto-01.jpg', 'photos/foto-02.jpg', 'set.json']);
    expect(JSON.parse(strFromU8(entries['set.json']!)).set.tasks[0].region).toEqual({ shape: 'rect', x: 0.25, y: 0.4, w: 0.2, h: 0.2 });

    // Played: a tap inside the spot is right, the choice with its photo too.
    const who = (await alpha.call('POST', '/api/apprentices', { displayName: 'Tara Tabelle', trade: 'Mechatronik', trainingYear: 1 })).body.apprentice;
    const card = (await alpha.call('POST', `/api/apprentices/${who.id}/card`)).body.card.code as string;
    const room = await new Client(server.url).create(ROOM_SOLO, { protocol: PROTOCOL_VERSION, role: 'player', gameId: 'werkstatt', level: 1, practiceId: PRACTICE_ID, setId: set.id, card }, SessionState);
    const bot = new Bot(room, new Client(server.url));
    try {
      await bot.next('welcome');
      await until(() => bot.state.phase === 'play', 20_000, 'play');
      const pub = JSON.parse(bot.state.round as string) as WerkstattPublicRound;
      expect(pub.tasks[0]!.photo).toBeTruthy();
      bot.send('answer', { round: 0, data: { task: 0, tap: [0.3, 0.45] } });
      bot.send('answer', { round: 0, data: { task: 1, pick: [pub.tasks[1]!.options!.indexOf('Presse 3')] } });
      await until(() => bot.of('ack').length === 2, 5000, 'acks');
      expect(bot.of('ack').map((a) => a.right)).toEqual([true, true]);
    } finally {
      await bot.room.leave();
    }
  });

  it('reads an XLSX beside its photos and warns (but imports) a spot smaller than a fingertip', async () => {
    // The downloadable template, with a spot row added by editing its sheet XML.
    const template = unzipSync(xlsxTemplate());
    const sheetXml = strFromU8(template['xl/worksheets/sheet1.xml']!);
    const cells = spotRow({ 'Stelle Breite (%)': '5', 'Stelle Höhe (%)': '5' });
    const extra = `<row r="5">${cells.map((v, i) => (v === '' ? '' : `<c r="${col(i)}5" t="inlineStr"><is><t>${v}</t></is></c>`)).join('')}</row>`;
    template['xl/worksheets/sheet1.xml'] = new TextEncoder().encode(sheetXml.replace('</sheetData>', `${extra}</sheetData>`));
    const xlsx = makeZip(template as Record<string, Uint8Array>);
    const r = await importZip(alpha, makeZip({ 'Aufgaben.xlsx': xlsx, 'endschalter.jpg': jpeg }), 'Vorlage mit Foto');
    expect(r.status).toBe(201);
    expect(r.body.set.tasks).toBe(4);
    expect(r.body.warnings).toEqual([{ row: 5, column: 'Stelle Breite (%)', key: 'region-small' }]);
  });

  it('imports a folder zipped by a German Windows Explorer: umlauts in CP850 without the UTF-8 flag', async () => {
    const sheet = csv([H, spotRow({ Foto: 'Prüfstand.jpg' }), row({ Art: 'Auswahl', Frage: 'Welches Maß?', Foto: 'Maß.png', 'Antwort 1': '10 mm', 'Antwort 2': '12 mm', Richtig: '1' })]);
    const zip = zipWithRawNames([['Prüfungsfragen/Aufgaben für Übung.csv', sheet], ['Prüfungsfragen/Prüfstand.jpg', jpeg], ['Prüfungsfragen/Maß.png', png]].map(([n, v]) => [cp850Bytes(n as string), v!]));
    const r = await importZip(alpha, zip, 'Prüfstand');
    expect(r.body.problems).toBeUndefined();
    expect(r.status).toBe(201);
    const tasks = (await alpha.call('GET', `/api/task-sets/${r.body.set.id}`)).body.set.content.tasks;
    expect(tasks.map((t: { photo?: string }) => typeof t.photo)).toEqual(['string', 'string']);
  });

  it('makes a sheet\'s circle round on its photo (ry from the aspect), refusing one that leaves the photo only then', async () => {
    const before = await state(alpha);
    // 640 × 480: a radius of 9 % of the width is 12 % of the height, so a centre at 10 % leaves the photo.
    const bad = await importZip(alpha, makeZip({ 'a.csv': csv([H, circleRow('50'), circleRow('10')]), 'endschalter.jpg': jpeg }));
    expect(bad.body.problems).toEqual([{ row: 3, column: 'Stelle Radius (%)', key: 'sheet-circle' }]);
    expect(await state(alpha)).toEqual(before);
    const r = await importZip(alpha, makeZip({ 'a.csv': csv([H, circleRow('50')]), 'endschalter.jpg': jpeg }));
    expect(r.status).toBe(201);
    const set = (await alpha.call('GET', `/api/task-sets/${r.body.set.id}`)).body.set;
    expect(set.content.tasks[0].region).toEqual({ shape: 'circle', x: 0.5, y: 0.5, rx: 0.09, ry: 0.12 });
  });

  it('refuses a missing photo, a fake photo and a bad region by row and file; nothing is stored', async () => {
    const before = await state(alpha);
    const zip = makeZip({
      'aufgaben.csv': csv([H, spotRow({ Foto: 'fehlt.jpg' }), spotRow({ Foto: 'text.jpg' }), spotRow({ 'Stelle X (%)': '90' }), choiceRow]),
      'endschalter.jpg': jpeg, 'text.jpg': TEXT_AS_JPG, 'presse.png': png,
    });
    const r = await importZip(alpha, zip);
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error: 'IMPORT_INVALID', problems: [
      { row: 2, column: 'Foto', key: 'sheet-photo-missing', file: 'fehlt.jpg' },
      { row: 3, column: 'Foto', key: 'photo-type', file: 'text.jpg' },
      { row: 4, column: 'Stelle X (%)', key: 'sheet-region' },
    ] });
    expect(await state(alpha)).toEqual(before);
  });

  it('refuses a photo the pipeline cannot read by its row, a ZIP with two sheets, and a photo over 10 MB; nothing is stored', async () => {
    const before = await state(alpha);
    // JPEG magic, then garbage: passes the first-bytes check, the pipeline refuses it.
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(2000)]);
    const bad = await importZip(alpha, makeZip({ 'a.csv': csv([H, choiceRow, spotRow()]), 'presse.png': png, 'endschalter.jpg': broken }));
    expect(bad.status).toBe(400);
    expect(bad.body.problems).toEqual([{ row: 3, column: 'Foto', key: 'photo-invalid', file: 'endschalter.jpg' }]);
    const two = await importZip(alpha, makeZip({ 'a.csv': csv([H, spotRow()]), 'b.csv': csv([H, spotRow()]), 'endschalter.jpg': jpeg }));
    expect(two.body.problems).toEqual([{ row: null, column: null, key: 'sheet-count' }]);
    const huge = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(10 * 1024 * 1024 + 10)]);
    const big = await importZip(alpha, makeZip({ 'a.csv': csv([H, spotRow()]), 'endschalter.jpg': huge }, 0));
    expect(big.body.problems).toEqual([{ row: 2, column: 'Foto', key: 'sheet-photo-too-large', file: 'endschalter.jpg' }]);
    expect(await state(alpha)).toEqual(before);
  });

  it('refuses a ZIP over 32 MB before reading it (413 IMPORT_TOO_LARGE)', async () => {
    const before = await state(alpha);
    const r = await importZip(alpha, new Uint8Array(32 * 1024 * 1024 + 1));
    expect(r.status).toBe(413);
    expect(r.body.error).toBe('IMPORT_TOO_LARGE');
    expect(await state(alpha)).toEqual(before);
  });
});
