import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { supervise, type Supervisor } from '../../server/supervisor.ts';
import { ApiClient } from '../helpers/accounts.ts';
import { TEST_TRAINER, until } from '../helpers/bots.ts';
import { freePort } from '../helpers/server-process.ts';
import { serverArgs } from '../helpers/server-bundle.ts';
import { seedDataDir } from '../helpers/db-template.ts';

// `npm start` runs the server under server/supervisor.ts: a server process that dies (an
// uncaught exception, the OOM killer) is started again on the same data, so the class waits
// seconds and keeps every stored result (security review N1).

const ROOT = join(import.meta.dirname, '..', '..');

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

async function healthyWithin(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await healthy(url))) {
    if (Date.now() > deadline) throw new Error(`${url}/health did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('npm start brings a crashed server back', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'arcade-supervised-'));
  let supervisor: Supervisor | null = null;
  afterAll(async () => {
    supervisor?.stop();
    await supervisor?.done;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('restarts after SIGKILL on the same data, and stops for good when asked', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const children: ChildProcess[] = [];
    // From the run's migrated template: the subject is the restart, not a first start's initdb.
    seedDataDir(dataDir);
    supervisor = supervise({
      command: [process.execPath, ...serverArgs('main')],
      cwd: ROOT,
      env: { ...process.env, REDIS_URL: '', DATABASE_URL: '', MQTT_URL: '', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
      stdio: 'ignore',
      say: () => {},
      onStart: (child) => children.push(child),
    });
    await healthyWithin(url, 90_000);
    const api = new ApiClient(url);
    expect((await api.call('POST', '/api/setup', TEST_TRAINER)).status).toBe(201);

    children[0]!.kill('SIGKILL');
    await until(() => children.length === 2, 30_000, 'a second child');
    await healthyWithin(url, 90_000);
    const again = new ApiClient(url);
    expect((await again.login(TEST_TRAINER.login, TEST_TRAINER.password)).status).toBe(200);

    supervisor.stop();
    expect(await supervisor.done).toBe(0);
    expect(children.length).toBe(2);
  }, 240_000);
});
