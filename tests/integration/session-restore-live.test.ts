import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Client as PgClient } from 'pg';
import { describe, expect, it } from 'vitest';
import { freePort, startChildServer, type ChildServer } from '../helpers/child-server.ts';
import { hostSession, joinById, joinPlayer, lookupRoom, until, type Bot } from '../helpers/bots.ts';
import { removeDir } from '../helpers/test-server.ts';

// Review N1 with several processes (Redis): process A crashes while B runs on. A phone or the
// trainer's page that reaches B for A's session used to hear 522 (joinById) or 404 (code
// look-up), i.e. SESSION_NOT_FOUND: the phone threw its seat key away and the trainer was sent
// home, although the session was open in the database. B must bring the session back itself
// (the claim makes sure one process does) and seat the phone on its old seat.

const databaseUrl = process.env.DATABASE_URL;
const redisUrl = process.env.REDIS_URL;
if (!databaseUrl || !redisUrl) console.info('[skip] live restore test: needs DATABASE_URL and REDIS_URL (CI sets both).');

/**
 * This file's own database and Redis database. Other files' processes (scale-out) share
 * DATABASE_URL and REDIS_URL; Colyseus places a room on the process with the fewest rooms among
 * all that share a Redis database, and this file SIGKILLs one of its own: on CI a scale-out room
 * died with it, and the two files' first-run setups refused each other (SETUP_DONE).
 */
const OWN_REDIS_DB = 9;

/** `url` with another path (a database name for PostgreSQL, a database index for Redis). */
function withPath(url: string, path: string): string {
  const u = new URL(url);
  u.pathname = path;
  return u.toString();
}

/** As the client does (client/app/seat-recovery.ts): a refusal that keeps the seat key is tried again. */
async function retrying<T>(what: string, attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      return await attempt();
    } catch (err) {
      const message = (err as Error).message;
      if (message !== 'SERVICE_UNAVAILABLE' || Date.now() > deadline) throw new Error(`${what}: ${message}`, { cause: err });
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The code look-up as the trainer's page and a phone do it; 503 (Retry-After) is tried again. */
async function lookedUp(url: string, code: string): Promise<{ status: number; body: unknown }> {
  return retrying('look-up', async () => {
    const answer = await lookupRoom(url, code);
    if (answer.status === 503) throw new Error('SERVICE_UNAVAILABLE');
    return answer;
  });
}

describe.skipIf(!databaseUrl || !redisUrl)('a session whose process crashed, asked for at a live process', () => {
  it('comes back on the live process: the code look-up finds it and phones and host get their seats back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arcade-live-restore-'));
    const servers: ChildServer[] = [];
    const bots: Bot[] = [];
    const dbName = `arcade_live_${randomBytes(4).toString('hex')}`;
    const admin = new PgClient({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    const ownDatabaseUrl = withPath(databaseUrl as string, `/${dbName}`);
    const ownRedisUrl = withPath(redisUrl as string, `/${OWN_REDIS_DB}`);
    const db = new PgClient({ connectionString: ownDatabaseUrl });
    await db.connect();
    const redis = new Redis(ownRedisUrl);
    await redis.flushdb(); // what an earlier run's killed processes left
    try {
      for (const name of ['a', 'b']) {
        const port = await freePort();
        servers.push(await startChildServer({
          PORT: String(port), PUBLIC_ADDRESS: `127.0.0.1:${port}`, DATABASE_URL: ownDatabaseUrl,
          REDIS_URL: ownRedisUrl, DATA_DIR: join(dir, name), CLIENT_DIR: join(dir, 'none'),
        }));
      }
      // Colyseus creates a room on the process with the fewest (other files' processes share this
      // Redis too): host until two sessions share one of ours.
      const addressOf = async (roomId: string) => (JSON.parse((await redis.hget('roomcaches', roomId)) ?? '{}') as { publicAddress?: string }).publicAddress;
      const created: Bot[] = [];
      const addresses: (string | undefined)[] = [];
      const ours = (x: string | undefined) => servers.some((s) => s.url.endsWith(`//${x}`));
      let crashing: string | undefined;
      while (!crashing) {
        if (created.length >= 12) throw new Error(`no two sessions on one of our processes: ${addresses.join(', ')}`);
        const host = await hostSession(servers[0]!.url);
        created.push(host);
        addresses.push(await addressOf(host.room.roomId));
        crashing = addresses.find((x, i) => ours(x) && addresses.indexOf(x) !== i);
      }
      const a = servers.find((s) => s.url.endsWith(`//${crashing}`))!;
      const b = servers.find((s) => s !== a)!;
      const hosts = created.filter((_, i) => addresses[i] === crashing);
      bots.push(...created);
      const phones = [await joinPlayer(b.url, hosts[0]!.welcome.code, 'Anna'), await joinPlayer(b.url, hosts[1]!.welcome.code, 'Ben')];
      bots.push(...phones);
      const held = (i: number) => ({ roomId: hosts[i]!.room.roomId, code: hosts[i]!.welcome.code as string, hostKey: hosts[i]!.welcome.key as string, seat: phones[i]!.welcome });
      const sessions = [held(0), held(1)];
      // The crash must come after A wrote each phone's seat into its snapshot.
      for (const s of sessions) {
        for (let written = false, tries = 0; !written; tries++) {
          if (tries > 100) throw new Error(`no snapshot with the seat of ${s.roomId}`);
          if (tries > 0) await new Promise((r) => setTimeout(r, 100));
          const { rows } = await db.query<{ snap: string | null }>('select seats_snapshot::text as snap from sessions where id = $1', [s.roomId]);
          written = rows[0]?.snap?.includes(s.seat.key) === true;
        }
      }
      for (const bot of bots) bot.room.reconnection.enabled = false;
      a.proc.kill('SIGKILL');
      await a.exited;
      const killedAt = Date.now();

      // Session 1: its listing still names the dead process A. Anna rejoins through B with her key.
      const [one, two] = sessions as [ReturnType<typeof held>, ReturnType<typeof held>];
      const anna = await retrying('Anna rejoins', () => joinById(b.url, one.roomId, { key: one.seat.key }));
      bots.push(anna);
      expect([anna.welcome.playerId, anna.welcome.nickname]).toEqual([one.seat.playerId, 'Anna']);
      // A figure, not an assertion: the dead listing costs Colyseus's 2 s call timeout and 2 s health check.
      console.info(`[figure] first rejoin through the live process seated ${Date.now() - killedAt} ms after the crash`);
      const host1 = await retrying('host rejoins', () => joinById(b.url, one.roomId, { role: 'host', key: one.hostKey }));
      bots.push(host1);
      await until(() => host1.state.players.size === 1 && host1.state.code === one.code, 10_000, 'the restored lobby of session 1');

      // Session 2: the trainer's page and a phone look the code up at B first, then Ben rejoins.
      expect(await lookedUp(b.url, two.code)).toEqual({ status: 200, body: { roomId: two.roomId } });
      const ben = await retrying('Ben rejoins', () => joinById(b.url, two.roomId, { key: two.seat.key }));
      bots.push(ben);
      expect([ben.welcome.playerId, ben.welcome.nickname]).toEqual([two.seat.playerId, 'Ben']);
      expect(await lookedUp(b.url, one.code)).toEqual({ status: 200, body: { roomId: one.roomId } });
    } finally {
      // Bots of the killed process would wait for a close that never comes: their leave is not awaited.
      await Promise.all(bots.map((bot) => Promise.race([bot.room.leave().catch(() => {}), new Promise((r) => setTimeout(r, 1000))])));
      for (const s of servers) {
        s.proc.kill('SIGTERM');
        await s.exited;
      }
      await db.end();
      await redis.flushdb();
      redis.disconnect();
      await admin.query(`drop database if exists ${dbName} with (force)`);
      await admin.end();
      removeDir(dir);
    }
  }, 180_000);
});
