import { spawn, type ChildProcess } from 'node:child_process';
import { Socket } from 'node:net';
import { freePort } from './server-process.ts';

// A private redis-server for failure tests, on its own loopback port, without persistence.
// Tests stop, pause (SIGSTOP) and resume it by its own PID: never the shared Redis on 6379.

export interface PrivateRedis {
  url: string;
  port: number;
  pid(): number;
  /** SIGTERM and wait until it has exited (Redis is then gone; a restart comes up empty). */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  pause(): void;
  resume(): void;
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = new Socket();
    const done = (ok: boolean) => (s.destroy(), resolve(ok));
    s.setTimeout(300, () => done(false));
    s.once('error', () => done(false));
    s.connect(port, '127.0.0.1', () => s.write('PING\r\n'));
    s.once('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let proc: ChildProcess | null = null;
  const start = async () => {
    proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 100 && !(await ping(port)); i++) await new Promise((r) => setTimeout(r, 50));
  };
  await start();
  const current = () => {
    if (!proc?.pid) throw new Error('private redis is not running');
    return proc;
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: () => current().pid!,
    start,
    async stop() {
      const p = current();
      proc = null;
      if (p.exitCode !== null) return;
      const gone = new Promise<void>((r) => p.once('exit', () => r()));
      process.kill(p.pid!, 'SIGCONT');
      process.kill(p.pid!, 'SIGTERM');
      await gone;
    },
    pause: () => process.kill(current().pid!, 'SIGSTOP'),
    resume: () => process.kill(current().pid!, 'SIGCONT'),
  };
}
