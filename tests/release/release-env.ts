import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../helpers/server-process.ts';

// Helpers of the release tests: find the archives `npm run release` wrote, unpack one into
// an empty folder, start it through its starter with an environment that has no node or
// npm on PATH, and stop it as a trainer would (Ctrl+C = SIGINT).

export const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const RELEASE_DIR = join(ROOT, 'dist', 'release');

/** The archive of a target; fails with a hint when the release was not built. */
export function archiveOf(suffix: '-linux-x64.tar.gz' | '-win-x64.zip'): string {
  const name = existsSync(RELEASE_DIR) ? readdirSync(RELEASE_DIR).find((f) => f.startsWith('azubi-arcade-') && f.endsWith(suffix)) : undefined;
  if (!name) throw new Error(`No azubi-arcade-*${suffix} in ${RELEASE_DIR}: run \`npm run release\` first.`);
  return join(RELEASE_DIR, name);
}

/** Unpacks the Linux archive into a new empty folder; returns the release folder inside. */
export function unpackLinux(): string {
  const into = mkdtempSync(join(tmpdir(), 'arcade-release-'));
  execFileSync('tar', ['-xzf', archiveOf('-linux-x64.tar.gz'), '-C', into]);
  const [top] = readdirSync(into);
  return join(into, top!);
}

/** An environment without node or npm: PATH is one empty folder; HOME a fresh one. */
export function bareEnv(extra: Record<string, string> = {}): Record<string, string> {
  const base = mkdtempSync(join(tmpdir(), 'arcade-env-'));
  mkdirSync(join(base, 'bin'));
  mkdirSync(join(base, 'home'));
  return { PATH: join(base, 'bin'), HOME: join(base, 'home'), LANG: 'C.UTF-8', ...extra };
}

export interface Running {
  proc: ChildProcess;
  url: string;
  output(): string;
  exited: Promise<number | null>;
}

/** Starts a program and waits until /health answers on its PORT. */
export async function startAndWait(cmd: string, args: string[], cwd: string, env: Record<string, string>, timeoutMs = 90_000): Promise<Running> {
  const port = Number(env.PORT ?? (await freePort()));
  const proc = spawn(cmd, args, { cwd, env: { HOST: '127.0.0.1', ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout?.on('data', (d) => (out += d));
  proc.stderr?.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`exited early (${proc.exitCode}):\n${out}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { proc, url, output: () => out, exited };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  proc.kill('SIGKILL');
  throw new Error(`did not start within ${timeoutMs} ms:\n${out}`);
}

/** Ctrl+C; resolves with the exit code (SIGKILL after 15 s, then the code is null). */
export async function stop(run: Running): Promise<number | null> {
  run.proc.kill('SIGINT');
  const timer = setTimeout(() => run.proc.kill('SIGKILL'), 15_000);
  const code = await run.exited;
  clearTimeout(timer);
  return code;
}
