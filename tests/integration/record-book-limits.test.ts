import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '../../shared/protocol/errors.ts';
import { ApiClient, resetAccounts, seedCompany } from '../helpers/accounts.ts';
import { backends, useTestServer } from '../helpers/test-server.ts';

// Issue 21 §3: one company cannot keep the PDF workers busy for everyone else. With small
// limits (one request at a time, 6 PDFs a minute): a second request while one renders and
// the request past the minute's budget are answered 429 RECORD_BOOK_BUSY with Retry-After
// and the German text; another company is not held up; a refusal renders nothing.

const PW = 'Grenzen-2026!';

describe.each(backends())('record-book PDF limits on $name', (backend) => {
  const server = useTestServer({ backend, overrides: { recordBookLimits: { concurrentPerCompany: 1, pdfsPerMinute: 6 } } });
  let admin: ApiClient;
  let other: ApiClient;
  const ids: string[] = [];
  const get = async (c: ApiClient, path: string) => {
    const res = await fetch(server.url + path, { headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: type.includes('json') ? await res.json() : await res.arrayBuffer() };
  };

  beforeAll(async () => {
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    admin = new ApiClient(server.url);
    expect((await admin.call('POST', '/api/setup', { company: 'Grenz Optik GmbH', login: 'lim-admin', password: PW })).status).toBe(201);
    for (const name of ['Ada', 'Bo', 'Cleo']) ids.push((await admin.call('POST', '/api/apprentices', { displayName: name, trade: '', trainingYear: 1 })).body.apprentice.id);
    await seedCompany(server.app.db, 'Nachbar AG', 'limx', PW);
    other = new ApiClient(server.url);
    expect((await other.login('limx-admin', PW)).status).toBe(200);
    await other.call('POST', '/api/apprentices', { displayName: 'Dora', trade: '', trainingYear: 1 });
  });
  afterAll(async () => {
    if (backend.databaseUrl) await resetAccounts(server.app.db);
  });

  it('a second request of the company while one renders: 429 RECORD_BOOK_BUSY, Retry-After, German text', async () => {
    const [zip, pdf] = await Promise.all([get(admin, `/api/reports/record-book.zip?ids=${ids.join(',')}`), get(admin, `/api/apprentices/${ids[0]}/record-book.pdf`)]);
    expect(zip.status).toBe(200);
    expect(pdf.status).toBe(429);
    expect(pdf.body).toMatchObject({ error: 'RECORD_BOOK_BUSY' });
    expect(ERRORS.RECORD_BOOK_BUSY.de).toContain('Bitte warte einen Moment');
    expect(Number(pdf.retryAfter)).toBeGreaterThanOrEqual(1);
  });

  it('past 6 PDFs a minute (the ZIP counted 3): refused with the seconds to wait; another company goes on', async () => {
    for (let i = 0; i < 3; i++) expect((await get(admin, `/api/apprentices/${ids[i]}/record-book.pdf`)).status).toBe(200);
    const refused = await get(admin, `/api/apprentices/${ids[0]}/record-book.pdf`);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: 'RECORD_BOOK_BUSY' });
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect((await get(admin, `/api/reports/record-book.zip?ids=${ids[1]}`)).status).toBe(429);
    expect((await get(other, '/api/reports/record-book.zip')).status).toBe(200);
  });
});
