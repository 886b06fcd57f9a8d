import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, startChildServer, type ChildServer } from '../helpers/child-server.ts';
import { hostSession, joinPlayer, playReaktion, until } from '../helpers/bots.ts';
import { removeDir } from '../helpers/test-server.ts';

const databaseUrl = process.env.DATABASE_URL;
const redisUrl = process.env.REDIS_URL;
if (!databaseUrl || !redisUrl) console.info('[skip] scale-out test: needs DATABASE_URL and REDIS_URL (CI sets both).');

describe.skipIf(!databaseUrl || !redisUrl)('two server processes coordinated through Redis', () => {
  it('a player who asks process B joins the session hosted on process A', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arcade-scale-'));
    const servers: ChildServer[] = [];
    try {
      for (const name of ['a', 'b']) {
        const port = await freePort();
        servers.push(await startChildServer({
          PORT: String(port), PUBLIC_ADDRESS: `127.0.0.1:${port}`, DATABASE_URL: databaseUrl as string,
          REDIS_URL: redisUrl as string, DATA_DIR: join(dir, name), CLIENT_DIR: join(dir, 'none'),
        }));
      }
      const [a, b] = servers as [ChildServer, ChildServer];
      const host = await hostSession(a.url);
      host.send('playlist', { items: [{ gameId: 'reaktion', level: 1, rounds: 1 }] });
      const player = await joinPlayer(b.url, host.welcome.code, 'Über B');
      playReaktion(player, () => 230);
      await until(() => host.state.players.size === 1, 5000, 'player visible to the host');
      host.send('start');
      await until(() => host.state.phase === 'reveal', 60_000, 'reveal');
      expect(host.state.players.get(player.welcome.playerId).roundScore).toBeGreaterThan(0);
      await player.room.leave();
      await host.room.leave();
    } finally {
      for (const s of servers) {
        s.proc.kill('SIGTERM');
        await s.exited;
      }
      removeDir(dir);
    }
  });
});
