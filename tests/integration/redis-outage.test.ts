import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Presence } from '@colyseus/core';
import { ApiClient } from '../helpers/accounts.ts';
import { browserHeaders, hostSession, joinById, TEST_TRAINER, until } from '../helpers/bots.ts';
import { startChildServer, type ChildServer } from '../helpers/child-server.ts';
import { startPrivateRedis, type PrivateRedis } from '../helpers/private-redis.ts';
import { removeDir } from '../helpers/test-server.ts';
import { redisPresenceAndDriver } from '../../server/redis-clients.ts';
import { listenForRevocations, type Revocation } from '../../server/rooms/revocations.ts';

// Issue 16, N5: a real server process on a private redis-server that the test freezes
// (SIGSTOP), stops for OUTAGE_S and starts again (empty). Before: a frozen Redis hung every
// look-up until the client gave up, a stopped one crashed the process within seconds, and a
// revocation published meanwhile was lost for the other processes.

// `npm test` rides out 10 s (the README's command stays within its 3 minutes); .ci/run runs
// this file once more with REDIS_OUTAGE_S=60, the outage the issue names.
const OUTAGE_S = Number(process.env.REDIS_OUTAGE_S) || 10;
const timed = async <T>(p: Promise<T>): Promise<[T, number]> => {
  const t = Date.now();
  const v = await p;
  return [v, Date.now() - t];
};
const lookup = (url: string, code: string) => fetch(`${url}/api/sessions/${code}`, { signal: AbortSignal.timeout(10_000) }).then(async (r) => ({ status: r.status, body: await r.json() }));

// A user's fresh machine has no Redis: the test needs the redis-server program (CI has it).
const HAS_REDIS_SERVER = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).error === undefined;
if (!HAS_REDIS_SERVER) console.info('[skip] Redis outage test: the redis-server program is not installed (CI has it).');

describe.skipIf(!HAS_REDIS_SERVER)('Redis outages against a real server process', () => {
  let redis: PrivateRedis | undefined;
  let server: ChildServer | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'arcade-redis-'));
  afterAll(async () => {
    server?.proc.kill('SIGTERM');
    if (server) await server.exited;
    await redis?.stop().catch(() => {});
    removeDir(dir);
  });

  it(`keeps serving through a frozen Redis and a ${OUTAGE_S} s outage, recovers within 5 s, and delivers the revocations sent meanwhile`, async () => {
    redis = await startPrivateRedis();
    server = await startChildServer({ REDIS_URL: redis.url, DATA_DIR: join(dir, 'data'), CLIENT_DIR: join(dir, 'none') });
    const url = server.url;
    const api = new ApiClient(url);
    expect((await api.call('POST', '/api/setup', TEST_TRAINER)).status).toBe(201);
    const mia = (await api.call('POST', '/api/apprentices', { displayName: 'Mia', trade: 'Mikrotechnologe', trainingYear: 1 })).body.apprentice;
    const host = await hostSession(url, {}, browserHeaders(api));
    const code = host.welcome.code as string;
    const anna = await joinById(url, host.room.roomId, { nickname: 'Anna', code });
    await until(() => host.state.players.size === 1, 5000, 'Anna seated');
    // "Another process": its own presence on the same Redis, listening for revocations.
    const otherProcess = await redisPresenceAndDriver(redis.url);
    const other = otherProcess.presence as Presence;
    const heard: { r: Revocation; at: number }[] = [];
    await listenForRevocations(other, (r) => heard.push({ r, at: Date.now() }));

    // Frozen: every Redis call times out within 500 ms; look-ups answer 503 within a second.
    redis.pause();
    const [frozen, frozenMs] = await timed(lookup(url, code));
    expect(frozen).toEqual({ status: 503, body: { error: 'SERVICE_UNAVAILABLE' } });
    expect(frozenMs).toBeLessThan(1000);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    redis.resume();
    await until(async () => (await lookup(url, code)).status === 200, 5000, 'look-ups again after SIGCONT');

    // Down for OUTAGE_S: the process lives, the round in play goes on, refusals are quick.
    await redis.stop();
    const outageStarted = Date.now();
    const [down, downMs] = await timed(lookup(url, code));
    expect(down).toEqual({ status: 503, body: { error: 'SERVICE_UNAVAILABLE' } });
    expect(downMs).toBeLessThan(1000);
    const deleted = await api.call('POST', `/api/apprentices/${mia.id}/delete`);
    expect(deleted.status).toBe(200);
    host.send('playlist', { items: [{ gameId: 'reaktion', level: 2, rounds: 2 }] });
    await until(() => host.state.playlist[0]?.level === 2, 3000, 'the round answers its host during the outage');
    while (Date.now() - outageStarted < OUTAGE_S * 1000) {
      expect(server.proc.exitCode).toBeNull();
      expect((await fetch(`${url}/health`)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 2000));
    }
    expect(heard).toEqual([]);

    // Back (empty): within 5 s the revocation reaches the other process and the code works again.
    await redis.start();
    const back = Date.now();
    await until(() => heard.length > 0, 5000, 'the revocation sent during the outage');
    expect(heard[0]!.r).toEqual({ kind: 'apprentice', apprenticeId: mia.id });
    await until(async () => (await lookup(url, code)).status === 200, 5000 - (Date.now() - back), 'the live round found by its code again');
    const late = await joinById(url, host.room.roomId, { nickname: 'Ben', code });
    console.info(`[figures] Redis frozen: look-up answered 503 in ${frozenMs} ms; down ${OUTAGE_S} s: 503 in ${downMs} ms; back: revocation after ${heard[0]!.at - back} ms, code and joins within ${Date.now() - back} ms`);
    expect(heard).toHaveLength(1); // sent three times, acted on once
    for (const b of [late, anna, host]) await b.room.leave();
    otherProcess.presence.shutdown();
    await otherProcess.driver.shutdown();
  }, 60_000 + OUTAGE_S * 1000 * 2);
});
