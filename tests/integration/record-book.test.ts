import { randomUUID } from 'node:crypto';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRICULUM } from '../../shared/games/curriculum.ts';
import { GAME_REGISTRY } from '../../shared/games/index.ts';
import { ApiClient, resetAccounts, seedCompany } from '../helpers/accounts.ts';
import { pdfText } from '../helpers/pdf-text.ts';
import { backends, useTestServer } from '../helpers/test-server.ts';

const PW = 'Nachweis-2026!';
const DMITRIJ = 'Дмитрий Łukasz';
const OEMER = 'Ömer Yılmaz';
const game = (id: string) => GAME_REGISTRY.find(id)!;

/**
 * Issue 21 §3: the record-book supplement. Counted rounds of two apprentices in two weeks
 * (the first ends with the March clock change), stored through the repository layer with a
 * guest, an early-ended round and another company's round beside them; the PDFs are parsed
 * back (pdf.js text extraction) and checked for dates, level names, items and names.
 */
describe.each(backends())('record-book supplement on $name', (backend) => {
  const server = useTestServer({ backend });
  let admin: ApiClient;
  let dmitrij: string;
  let oemer: string;
  const bytesOf = async (c: ApiClient, path: string) => {
    const res = await fetch(server.url + path, { headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    return { status: res.status, type: res.headers.get('content-type'), name: res.headers.get('content-disposition'), bytes: new Uint8Array(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    admin = new ApiClient(server.url);
    expect((await admin.call('POST', '/api/setup', { company: 'Łódź Optik GmbH', login: 'rb-admin', password: PW })).status).toBe(201);
    dmitrij = (await admin.call('POST', '/api/apprentices', { displayName: DMITRIJ, trade: 'Mechatroniker/-in', trainingYear: 2 })).body.apprentice.id;
    oemer = (await admin.call('POST', '/api/apprentices', { displayName: OEMER, trade: '', trainingYear: 1 })).body.apprentice.id;
    const companyId = (await server.app.db.query<{ id: string }>("select id from companies where name = 'Łódź Optik GmbH'")).rows[0]!.id;
    const other = await seedCompany(server.app.db, 'Fremd AG', 'rbx', PW);
    const otherKid = randomUUID();
    await server.app.db.query("insert into apprentices (id, company_id, display_name, training_year) values ($1, $2, 'Fremder Azubi', 1)", [otherKid, other.companyId]);

    const session = async (owner: string) => {
      const id = `rb${randomUUID().slice(0, 8)}`;
      await server.app.sessions.createSession({ id, mode: 'hosted', code: String(100000 + Math.floor(Math.random() * 899999)), playlist: [] });
      await server.app.db.query("update sessions set company_id = $2 where id = $1", [id, owner]);
      return id;
    };
    const a = await session(companyId);
    const b = await session(other.companyId);
    let index = 0;
    const save = (sessionId: string, gameId: string, level: number, start: string, seconds: number, players: [string | null, number][], extra: object = {}) =>
      server.app.sessions.saveRound({
        sessionId, companyId: sessionId === a ? companyId : other.companyId, roundIndex: index++, gameId, level, seed: 1,
        startedAt: new Date(start), endedAt: new Date(Date.parse(start) + seconds * 1000), ...extra,
        results: players.map(([apprenticeId, score], i) => ({ playerId: `p${i}`, nickname: apprenticeId === null ? 'Gast Zora' : `n${i}`, score, detail: {}, practiceId: null, apprenticeId, points: score })),
      });
    // Week 1 (23–29 March 2026, winter time): Monday 09:00 MEZ, two Reaktion rounds with a guest.
    await save(a, 'reaktion', 1, '2026-03-23T08:00:00Z', 90, [[dmitrij, 640], [null, 999], [oemer, 300]]);
    await save(a, 'reaktion', 1, '2026-03-23T08:05:00Z', 90, [[dmitrij, 420]]);
    // Ended early: counts nowhere.
    await save(a, 'werkstatt', 1, '2026-03-24T08:00:00Z', 60, [[dmitrij, 100]], { endedEarly: true });
    // Another company's round with a foreign apprentice in the same week.
    await save(b, 'datenfluss', 1, '2026-03-25T08:00:00Z', 60, [[otherKid, 800]]);
    // Week 2: Monday 30 March 00:30 MESZ is still Sunday in UTC; Wednesday Datenfluss.
    await save(a, 'sensor-labor', 2, '2026-03-29T22:30:00Z', 120, [[dmitrij, 555]]);
    await save(a, 'datenfluss', 1, '2026-04-01T10:00:00Z', 60, [[dmitrij, 700]]);
  });
  afterAll(async () => {
    if (backend.databaseUrl) await resetAccounts(server.app.db);
  });

  it('week 1: the Monday rounds with level name, items in the regulation\'s words, time; no scores unless asked', async () => {
    const r = await bytesOf(admin, `/api/apprentices/${dmitrij}/record-book.pdf?from=2026-03-23&to=2026-03-29`);
    expect([r.status, r.type]).toEqual([200, 'application/pdf']);
    expect(r.name).toBe('attachment; filename="Ausbildungsnachweis-Beilage_Lukasz_2026-03-23_2026-03-29.pdf"');
    expect(r.bytes.length).toBeLessThan(100_000);
    const text = (await pdfText(r.bytes)).replace(/\s+/g, ' ');
    for (const want of ['Beilage zum Ausbildungsnachweis', 'Łódź Optik GmbH', DMITRIJ, 'Mo., 23.03.2026 – So., 29.03.2026', 'Mo., 23.03.2026',
      `Reaktion – Stufe 1: ${game('reaktion').texts.de.levels[1]}`, '2 Runden · 3 Min. · ab 09:00 MEZ', 'Summe im Zeitraum: 2 Runden, 3 Min.',
      'Datum, Unterschrift Ausbilder/-in', 'Datum, Unterschrift Auszubildende/-r']) expect(text).toContain(want);
    for (const id of game('reaktion').curriculum[1]!) expect(text).toContain(`${CURRICULUM[id].de} ${CURRICULUM[id].source}`);
    // Not: the guest, the early-ended Werkstatt round, the other company, week 2, scores.
    for (const not of ['Gast Zora', 'Werkstatt', 'Datenfluss', 'Fremd', 'Sensor-Labor', 'Punkte', '640']) expect(text).not.toContain(not);
    const scored = (await pdfText((await bytesOf(admin, `/api/apprentices/${dmitrij}/record-book.pdf?from=2026-03-23&to=2026-03-29&scores=1`)).bytes)).replace(/\s+/g, ' ');
    expect(scored).toContain('Punkte: beste 640, Median 530');
  });

  it('week 2: the round at 00:30 summer time is on Monday 30 March; English on request', async () => {
    const text = (await pdfText((await bytesOf(admin, `/api/apprentices/${dmitrij}/record-book.pdf?from=2026-03-30&to=2026-04-05`)).bytes)).replace(/\s+/g, ' ');
    expect(text).toContain(`Mo., 30.03.2026 Sensor-Labor – Stufe 2: ${game('sensor-labor').texts.de.levels[2]} 1 Runde · 2 Min. · ab 00:30 MESZ`);
    expect(text).toContain(`Mi., 01.04.2026 Datenfluss – Stufe 1: ${game('datenfluss').texts.de.levels[1]}`);
    expect(text).not.toContain('Reaktion');
    const en = (await pdfText((await bytesOf(admin, `/api/apprentices/${dmitrij}/record-book.pdf?from=2026-03-30&to=2026-04-05&lang=en`)).bytes)).replace(/\s+/g, ' ');
    expect(en).toContain('Supplement to the training record book');
    expect(en).toContain(`Mon, 30 Mar 2026 ${game('sensor-labor').texts.en.title} – Level 2: ${game('sensor-labor').texts.en.levels[2]} 1 round · 2 min · from 00:30 CEST`);
    expect(en).toContain(DMITRIJ);
  });

  it('several at once: a ZIP with one PDF per apprentice; bad input gets a clear error', async () => {
    const zip = await bytesOf(admin, '/api/reports/record-book.zip?from=2026-03-23&to=2026-03-29');
    expect([zip.status, zip.type]).toEqual([200, 'application/zip']);
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files)).toHaveLength(2);
    const texts = await Promise.all(Object.values(files).map(async (f) => (await pdfText(f)).replace(/\s+/g, ' ')));
    const oemerText = texts.find((t) => t.includes(OEMER))!;
    expect(oemerText).toContain('1 Runde · 2 Min. · ab 09:00 MEZ');
    expect(oemerText).not.toContain(DMITRIJ);
    const one = unzipSync((await bytesOf(admin, `/api/reports/record-book.zip?ids=${oemer}&from=2026-03-23&to=2026-03-29`)).bytes);
    expect(Object.keys(one)).toEqual(['Ausbildungsnachweis-Beilage_Omer_Yilmaz_2026-03-23_2026-03-29.pdf']);
    expect((await admin.call('GET', `/api/apprentices/${dmitrij}/record-book.pdf?from=2026-03-23`)).body).toEqual({ error: 'PERIOD_INVALID' });
    expect((await admin.call('GET', '/api/reports/record-book.zip?from=2026-03-30&to=2026-03-23')).body).toEqual({ error: 'PERIOD_INVALID' });
    expect((await admin.call('GET', `/api/reports/record-book.zip?ids=${oemer},nonsense`)).body).toEqual({ error: 'NOT_FOUND' });
  });

  it('after deleting an apprentice, later PDFs no longer contain them', async () => {
    expect((await admin.call('POST', `/api/apprentices/${oemer}/delete`)).status).toBe(200);
    const files = unzipSync((await bytesOf(admin, '/api/reports/record-book.zip?from=2026-03-23&to=2026-03-29')).bytes);
    const texts = await Promise.all(Object.values(files).map(pdfText));
    expect(texts).toHaveLength(1);
    expect(texts[0]).not.toContain('Ömer');
    expect((await admin.call('GET', `/api/reports/record-book.zip?ids=${oemer}`)).body).toEqual({ error: 'NOT_FOUND' });
    expect((await admin.call('GET', `/api/apprentices/${oemer}/record-book.pdf`)).body).toEqual({ error: 'NOT_FOUND' });
  });
});
