import type { Db } from '../../server/db/database.ts';
import { TEST_PASSWORDS } from './test-passwords.ts';
import { CompanyRepository } from '../../server/repositories/company-repository.ts';
import { TrainerRepository, type Trainer } from '../../server/repositories/trainer-repository.ts';

export interface ApiReply {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

/**
 * fetch, tried a second time when the connection was reset before any answer: the server closes
 * a keep-alive connection after 5 s idle, and on a loaded machine the client can send on it just
 * as it closes (seen after a 17 s loop of inserts). The server never read such a request (it
 * closes idle connections only), so sending it again is what a browser does too.
 */
async function fetchOnce(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    const code = (err as { cause?: { code?: string } }).cause?.code;
    if (code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET') throw err;
    return fetch(url, init);
  }
}

/** A tiny browser stand-in for the JSON API: keeps its cookies and sends its own Origin. */
export class ApiClient {
  cookies = new Map<string, string>();

  constructor(readonly baseUrl: string, private readonly origin: string | null = baseUrl) {}

  async call(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<ApiReply> {
    const headers: Record<string, string> = { ...extra };
    if (this.origin && !('origin' in extra)) headers.origin = this.origin;
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let payload: string | Blob | undefined;
    if (body instanceof Uint8Array) {
      // A file upload (task-set import): raw bytes.
      payload = new Blob([new Uint8Array(body)]);
      headers['content-type'] ??= 'application/octet-stream';
    } else if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetchOnce(this.baseUrl + path, { method, headers, body: payload, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === '' || /Max-Age=0/.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    return { status: res.status, body: parsed, text, headers: res.headers };
  }

  login(login: string, password: string): Promise<ApiReply> {
    return this.call('POST', '/api/auth/login', { login, password });
  }
}

/** Adds a company with an admin and a trainer straight into the database (no platform admin yet). */
export async function seedCompany(db: Db, name: string, prefix: string, password: string): Promise<{ companyId: string; admin: Trainer; trainer: Trainer }> {
  const company = await new CompanyRepository(db).create(name);
  const trainers = new TrainerRepository(db);
  const passwordHash = await TEST_PASSWORDS.hash(password);
  const admin = await trainers.create(company.id, { login: `${prefix}-admin`, displayName: `${prefix} Admin`, role: 'admin', passwordHash });
  const trainer = await trainers.create(company.id, { login: `${prefix}-trainer`, displayName: `${prefix} Trainer`, role: 'trainer', passwordHash });
  return { companyId: company.id, admin, trainer };
}

/** Empties every company and account (platform admins too). Only for test databases (see backends()). */
export async function resetAccounts(db: Db): Promise<void> {
  await db.query('delete from companies');
  await db.query('delete from trainers');
}
