import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server-process.ts';

// A private Mosquitto for broker access-rule tests: its own loopback port, its own config,
// password file and ACL (the repo's docs/mosquitto/arcade.acl plus `extraAcl`). Stopped by its
// own PID. Never the machine's shared Mosquitto on 1883, whose config stays untouched.

export interface PrivateMosquitto {
  url: string;
  stop(): Promise<void>;
}

/** True when the mosquitto and mosquitto_passwd programs are installed. */
export function mosquittoInstalled(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v mosquitto && command -v mosquitto_passwd'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const listening = (port: number) => new Promise<boolean>((resolve) => {
  const s = new Socket();
  const done = (ok: boolean) => (s.destroy(), resolve(ok));
  s.setTimeout(300, () => done(false));
  s.once('error', () => done(false));
  s.connect(port, '127.0.0.1', () => done(true));
});

/** Starts mosquitto with these users (name → password) and the repo's ACL plus `extraAcl`. */
export async function startPrivateMosquitto(users: Record<string, string>, extraAcl = ''): Promise<PrivateMosquitto> {
  const dir = mkdtempSync(join(tmpdir(), 'arcade-mosquitto-'));
  const port = await freePort();
  const passwd = join(dir, 'passwd');
  writeFileSync(passwd, '');
  for (const [user, password] of Object.entries(users)) execFileSync('mosquitto_passwd', ['-b', passwd, user, password], { stdio: 'ignore' });
  const acl = join(dir, 'acl');
  writeFileSync(acl, `${readFileSync(new URL('../../docs/mosquitto/arcade.acl', import.meta.url), 'utf8')}\n${extraAcl}\n`);
  const conf = join(dir, 'mosquitto.conf');
  writeFileSync(conf, [`listener ${port} 127.0.0.1`, 'allow_anonymous false', `password_file ${passwd}`, `acl_file ${acl}`, 'persistence false', 'max_packet_size 1024', 'user root', 'log_dest none', ''].join('\n'));
  const proc: ChildProcess = spawn('mosquitto', ['-c', conf], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !(await listening(port)); i++) await new Promise((r) => setTimeout(r, 50));
  return {
    url: `mqtt://127.0.0.1:${port}`,
    async stop() {
      if (proc.exitCode === null) {
        const gone = new Promise<void>((r) => proc.once('exit', () => r()));
        proc.kill('SIGTERM');
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
