import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../helpers/accounts.ts';
import { seedDataDir } from '../helpers/db-template.ts';
import { serverArgs } from '../helpers/server-bundle.ts';
import { removeDir, startTestServer } from '../helpers/test-server.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Runs `npm run setup -- …` (without npm; the run's bundle of scripts/setup.ts, tests/helpers/server-bundle.ts) and collects its output. */
function runSetup(args: string[], env: Record<string, string>, stdin = ''): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...serverArgs('setup'), ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', MQTT_URL: '', ...env }, stdio: 'pipe' });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(stdin);
  });
}

describe('npm run setup (embedded database)', () => {
  // Eight child processes (real scrypt hashes) on a copy of the run's migrated template.
  it('creates the first company with the password from stdin, then refuses a second run', { timeout: 240_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'arcade-setup-'));
    seedDataDir(dataDir);
    const env = { DATA_DIR: dataDir, SETUP_PASSWORD: '' };
    try {
      const bad = await runSetup(['--company', 'Muster GmbH'], env);
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/--login/);
      const first = await runSetup(['--company', 'Muster GmbH', '--login', 'anna'], env, 'Geheim-aber-lang-1\n');
      expect(first.err).toBe('');
      expect(first.code).toBe(0);
      expect(first.out).toMatch(/Created company "Muster GmbH"/);
      expect(first.out).toMatch(/angelegt/);
      expect(first.out + first.err).not.toContain('Geheim');
      const second = await runSetup(['--company', 'Zweite GmbH', '--login', 'bert'], { ...env, SETUP_PASSWORD: 'Noch-ein-Passwort' });
      expect(second.code).toBe(4);
      expect(second.err).toMatch(/Setup is already done/);
      expect(second.err).toMatch(/Einrichtung ist schon erledigt/);
      // The platform admin comes from the same command with --platform (no company).
      const platform = await runSetup(['--platform', '--login', 'root'], { ...env, SETUP_PASSWORD: 'Plattform-Passwort-1' });
      expect(platform.code).toBe(0);
      expect(platform.out).toMatch(/Created platform admin "root"/);
      expect((await runSetup(['--platform', '--login', 'ANNA'], { ...env, SETUP_PASSWORD: 'Plattform-Passwort-1' })).code).toBe(4);
      // m17: the only admin forgot the password: the server's keeper sets a new one.
      expect((await runSetup(['--reset-password', '--login', 'nobody'], { ...env, SETUP_PASSWORD: 'Vergessen-und-neu-1' })).code).toBe(5);
      const reset = await runSetup(['--reset-password', '--login', 'ANNA'], { ...env, SETUP_PASSWORD: 'Vergessen-und-neu-1' });
      expect(reset.code).toBe(0);
      expect(reset.out).toMatch(/New password set for "anna"/);
      expect(reset.out + reset.err).not.toContain('Vergessen-und-neu');
      const server = await startTestServer({ backend: { name: 'pglite', databaseUrl: null }, dataDir });
      try {
        expect((await new ApiClient(server.url).login('anna', 'Geheim-aber-lang-1')).status).toBe(401);
        const me = await new ApiClient(server.url).login('anna', 'Vergessen-und-neu-1');
        expect(me.status).toBe(200);
        expect(me.body.company.name).toBe('Muster GmbH');
        const root = new ApiClient(server.url);
        expect((await root.login('root', 'Plattform-Passwort-1')).body).toMatchObject({ trainer: { role: 'platform' }, company: null });
        expect((await root.call('GET', '/api/platform/companies')).body.companies.map((c: any) => c.name)).toEqual(['Muster GmbH']);
      } finally {
        await server.stop();
      }
    } finally {
      removeDir(dataDir);
    }
  });

  it('explains a too short password in English and German', async () => {
    const r = await runSetup(['--company', 'X', '--login', 'anna'], { DATA_DIR: join(tmpdir(), 'arcade-setup-unused'), SETUP_PASSWORD: 'kurz' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/10 to 200 characters/);
    expect(r.err).toMatch(/10 bis 200 Zeichen/);
  });
});
