import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT_DIR } from '../../server/app.ts';
import { seedDataDir } from './db-template.ts';
import { freePort } from './server-process.ts';
import { serverArgs } from './server-bundle.ts';

export { freePort };

export interface ChildServer {
  proc: ChildProcess;
  url: string;
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** Starts server/main.ts as its own process (as `npm start` does; the run's bundle: server-bundle.ts) and waits for /health.
 *  The child runs on its own embedded database without Redis unless `env` names DATABASE_URL or
 *  REDIS_URL: inheriting the test run's shared PostgreSQL would let other files' accounts close /api/setup. */
export async function startChildServer(env: Record<string, string>, startTimeoutMs = 60_000): Promise<ChildServer> {
  const port = env.PORT && /^\d+$/.test(env.PORT) ? Number(env.PORT) : await freePort();
  // A new data directory starts from the run's migrated template (no initdb in the child).
  if (env.DATA_DIR && !env.DATABASE_URL) seedDataDir(env.DATA_DIR);
  const proc = spawn(process.execPath, serverArgs('main'), {
    cwd: ROOT_DIR,
    env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', MQTT_URL: '', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d) => (out += d));
  proc.stderr?.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`server exited early:\n${out}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { proc, url, output: () => out, exited };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  proc.kill('SIGKILL');
  throw new Error(`server did not start:\n${out}`);
}
