import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Client } from '@colyseus/sdk';
import { SessionState } from '../../shared/protocol/state.ts';
import { Bot, playReaktion, until } from '../helpers/bots.ts';
import { startChildServer } from '../helpers/child-server.ts';
import { PROBE_ID } from '../helpers/probe-game.ts';
import { backends, removeDir, startTestServer } from '../helpers/test-server.ts';

/**
 * Plays one solo round and returns its room id and the stored score (sent after the write).
 * In-process servers play the one-second probe game; a child process (`server/main.ts`, real
 * games only) plays Reaktion and ends play after the first answer instead of waiting ~30 s.
 */
async function playSoloRound(url: string, gameId: string): Promise<{ roomId: string; score: number; room: Bot }> {
  const client = new Client(url);
  const room = await client.create('solo', { protocol: PROTOCOL_VERSION, role: 'player', gameId, level: 1 }, SessionState);
  const bot = new Bot(room, client);
  playReaktion(bot, () => 240);
  if (gameId !== PROBE_ID) bot.on('ack', () => bot.send('next'));
  const best = await bot.next('personalBest', () => true, 60_000);
  return { roomId: room.roomId, score: best.score, room: bot };
}

describe.each(backends())('persistence on $name', (backend) => {
  it('keeps finished rounds across a restart of the server', async () => {
    const first = await startTestServer({ backend });
    const { roomId, score, room } = await playSoloRound(first.url, PROBE_ID);
    await room.room.leave();
    await first.stop();
    const second = await startTestServer({ backend, dataDir: first.dataDir });
    try {
      const rounds = await second.app.sessions.roundsOf(roomId);
      expect(rounds).toHaveLength(1);
      expect(rounds[0]?.gameId).toBe(PROBE_ID);
      expect(rounds[0]?.results[0]?.score).toBe(score);
    } finally {
      await second.stop();
      removeDir(first.dataDir);
    }
  });
});

describe('the server process (embedded database)', () => {
  it('loses no finished round on kill -9 and reopens its data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'arcade-kill-'));
    const child = await startChildServer({ DATA_DIR: dataDir, CLIENT_DIR: join(dataDir, 'none') });
    const { roomId, score } = await playSoloRound(child.url, 'reaktion');
    child.proc.kill('SIGKILL');
    await child.exited;
    const lockFile = join(dataDir, '.lock');
    expect(existsSync(lockFile)).toBe(true); // stale lock left behind
    // After a reboot the crashed server's PID may name another process: the lock is still stale.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' });
    await once(other, 'spawn');
    writeFileSync(lockFile, JSON.stringify({ ...JSON.parse(readFileSync(lockFile, 'utf8')), pid: other.pid }));
    const after = await startTestServer({ backend: { name: 'pglite', databaseUrl: null }, dataDir });
    try {
      expect((await after.app.sessions.roundsOf(roomId))[0]?.results[0]?.score).toBe(score);
      // The session the kill cut off is marked ended at start.
      const { rows } = await after.app.db.query<{ ended: boolean }>('select ended_at is not null as ended from sessions where id = $1', [roomId]);
      expect(rows[0]?.ended).toBe(true);
    } finally {
      other.kill();
      await after.stop();
      removeDir(dataDir);
    }
  });

  it('refuses a second process on the same data directory and shuts down cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'arcade-term-'));
    const env = { DATA_DIR: dataDir, CLIENT_DIR: join(dataDir, 'none') };
    const child = await startChildServer(env);
    await expect(startChildServer(env)).rejects.toThrow(/in use by another Azubi Arcade process/);
    // A player in a room must not keep the server from stopping.
    const client = new Client(child.url);
    await client.create('solo', { protocol: PROTOCOL_VERSION, role: 'player', gameId: 'reaktion', level: 1 }, SessionState);
    const t0 = Date.now();
    child.proc.kill('SIGTERM');
    expect(await child.exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(6000);
    await until(() => !existsSync(join(dataDir, '.lock')), 2000, 'lock released');
    removeDir(dataDir);
  });

  it('names the variable when the configuration is wrong', async () => {
    await expect(startChildServer({ PORT: 'abc' })).rejects.toThrow(/PORT must be a port number/);
  });
});
