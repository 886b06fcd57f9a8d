import { describe, expect, it } from 'vitest';
import { fallbackName, fetchDownload, fileNameFrom, type DownloadDeps } from './download.ts';

// The download helper with a fake fetch: a 2xx is saved under the server's name, a refusal
// is never saved and comes back as its error code (issues 20, 21: the JSON error was saved
// as the "export").

function fake(reply: () => Promise<Response>): DownloadDeps & { saved: { name: string; text: Promise<string> }[]; urls: string[] } {
  const saved: { name: string; text: Promise<string> }[] = [];
  const urls: string[] = [];
  return {
    saved, urls,
    fetch: async (input) => { urls.push(String(input)); return reply(); },
    save: (blob, name) => saved.push({ name, text: blob.text() }),
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** A proxy's error page: no JSON, no code. */
const html = (status: number) => async () => new Response('<html>Bad Gateway</html>', { status, headers: { 'Content-Type': 'text/html' } });

describe('fetchDownload', () => {
  it('saves a 2xx body under the name of Content-Disposition', async () => {
    const deps = fake(async () => new Response('a;b\r\n', { status: 200, headers: { 'Content-Disposition': 'attachment; filename="Bericht_Ali.csv"' } }));
    const out = await fetchDownload('/api/apprentices/x/record.csv?lang=de', deps);
    expect(out).toEqual({ ok: true, fileName: 'Bericht_Ali.csv' });
    expect(deps.urls).toEqual(['/api/apprentices/x/record.csv?lang=de']);
    expect(deps.saved.map((s) => s.name)).toEqual(['Bericht_Ali.csv']);
    expect(await deps.saved[0]!.text).toBe('a;b\r\n');
  });

  it('falls back to the address when the server names no file', async () => {
    const deps = fake(async () => new Response('%PDF', { status: 200 }));
    expect(await fetchDownload('/api/apprentices/x/record-book.pdf?from=2026-01-05', deps)).toEqual({ ok: true, fileName: 'record-book.pdf' });
  });

  it('returns the server\'s code for a refusal and saves nothing', async () => {
    for (const [status, code] of [[429, 'RECORD_BOOK_BUSY'], [400, 'PERIOD_INVALID'], [404, 'NOT_FOUND'], [413, 'IMPORT_TOO_LARGE']] as const) {
      const deps = fake(async () => json(status, { error: code }, { 'Content-Disposition': 'attachment; filename="x.pdf"' }));
      expect(await fetchDownload('/api/x', deps)).toEqual({ ok: false, code });
      expect(deps.saved).toEqual([]);
    }
  });

  it('names a refusal without our code by its status', async () => {
    expect(await fetchDownload('/api/x', fake(html(401)))).toEqual({ ok: false, code: 'AUTH_REQUIRED' });
    expect(await fetchDownload('/api/x', fake(html(429)))).toEqual({ ok: false, code: 'RATE_LIMITED' });
    expect(await fetchDownload('/api/x', fake(html(502)))).toEqual({ ok: false, code: 'SERVER_ERROR' });
    expect(await fetchDownload('/api/x', fake(async () => json(400, { error: 'NO_SUCH_CODE' })))).toEqual({ ok: false, code: 'SERVER_ERROR' });
  });

  it('reports a failed request as CONNECTION_LOST and saves nothing', async () => {
    const deps = fake(async () => { throw new TypeError('Failed to fetch'); });
    expect(await fetchDownload('/api/x', deps)).toEqual({ ok: false, code: 'CONNECTION_LOST' });
    expect(deps.saved).toEqual([]);
  });
});

describe('fileNameFrom', () => {
  it('reads quoted, bare and RFC 5987 names, the encoded one first', () => {
    expect(fileNameFrom('attachment; filename="Presse-3.zip"', 'f')).toBe('Presse-3.zip');
    expect(fileNameFrom('attachment; filename=report.xlsx', 'f')).toBe('report.xlsx');
    expect(fileNameFrom('attachment; filename="a.csv"; filename*=UTF-8\'\'%C3%9Cbung%20B.csv', 'f')).toBe('Übung B.csv');
  });

  it('drops folders and falls back when there is no usable name', () => {
    expect(fileNameFrom('attachment; filename="../../etc/passwd"', 'f')).toBe('passwd');
    expect(fileNameFrom('attachment', 'f.zip')).toBe('f.zip');
    expect(fileNameFrom(null, 'f.zip')).toBe('f.zip');
    expect(fileNameFrom('attachment; filename=""', 'f.zip')).toBe('f.zip');
  });

  it('takes the address\'s last segment as the fallback', () => {
    expect(fallbackName('/api/coverage.csv?trade=all')).toBe('coverage.csv');
    expect(fallbackName('/')).toBe('download');
  });
});
