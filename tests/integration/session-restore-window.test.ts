import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionSnapshotRepository } from '../../server/repositories/session-snapshot-repository.ts';
import type { SessionSnapshot } from '../../server/rooms/session-snapshot.ts';
import { Bot, joinById, lookupRoom, until } from '../helpers/bots.ts';
import { backends, bootTestServer, removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';

// Review N1, the moment of the restart: the restarted process answers HTTP and WebSockets
// from `listen()` on, but brings the crashed sessions back only after that (database reads,
// room creation). A phone whose reconnect lands in that window used to hear "no such session"
// (522 → SESSION_NOT_FOUND), threw its seat key away and could only join again as a new
// player; the trainer's page was sent home. Joins and code look-ups in the window must wait
// for the restore and then find the session.

const SEAT = { id: 'seat-anna-window', key: 'key-anna-window-0123456789', nickname: 'Anna', practiceId: null, apprenticeId: null, deviceId: null };

describe.each(backends())('a server restarting on $name', (backend) => {
  const servers: TestServer[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const s of servers.splice(0)) await s.stop().catch(() => {});
  });

  it('holds a rejoin and a code look-up that come while it brings the session back, then seats the phone on its old seat', async () => {
    // What a crashed predecessor leaves: an open hosted session with its seats snapshot.
    const first = await startTestServer({ backend });
    servers.push(first);
    const dataDir = first.dataDir;
    const id = `window-${Date.now()}`;
    const code = String(100_000 + (Date.now() % 900_000));
    const snap: SessionSnapshot = { v: 1, hostKey: 'host-key-window-0123456789', seats: [SEAT], locked: false, autoAdvance: false, base: 0, phase: 'lobby', round: -1 };
    await first.app.sessions.createSession({ id, mode: 'hosted', code, playlist: [] });
    await new SessionSnapshotRepository(first.app.db).save(id, snap);
    await first.stop();
    servers.length = 0;

    // The restarted process: its restore waits until the test lets it go on.
    let letRestoreGo!: () => void;
    const restoreMayGo = new Promise<void>((r) => (letRestoreGo = r));
    let restoreStarted = false;
    const orphaned = SessionSnapshotRepository.prototype.orphaned;
    vi.spyOn(SessionSnapshotRepository.prototype, 'orphaned').mockImplementation(async function (this: SessionSnapshotRepository, liveIds: string[]) {
      restoreStarted = true;
      await restoreMayGo;
      return orphaned.call(this, liveIds);
    });
    const { server: second, listening } = await bootTestServer({ backend, dataDir });
    servers.push(second);
    await until(() => restoreStarted, 30_000, 'the restore to start');
    // Listening, the session not back yet: a phone rejoins with its key, a classmate types the code.
    for (let ok = false; !ok; ) ok = (await fetch(`${second.url}/health`).catch(() => null))?.ok === true;
    let settled = 0;
    const answer = <T>(p: Promise<T>) => Promise.allSettled([p]).then(([r]) => (settled++, r!));
    const rejoin = answer(joinById(second.url, id, { key: SEAT.key }));
    const lookup = answer(lookupRoom(second.url, code));
    // Let the restore go on once both got their answer (the fault) or both wait for it.
    await until(() => settled === 2 || second.app.restoring.waiting === 2, 30_000, 'both requests answered or held');
    letRestoreGo();
    await listening;

    const [looked, phone] = [await lookup, await rejoin];
    expect(looked.status === 'fulfilled' ? [looked.value.status, looked.value.body] : String(looked.reason)).toEqual([200, { roomId: id }]);
    expect(phone.status === 'fulfilled' ? [phone.value.welcome.playerId, phone.value.welcome.nickname] : String(phone.reason)).toEqual([SEAT.id, 'Anna']);
    const bot = (phone as PromiseFulfilledResult<Bot>).value;
    expect(bot.state.restartNote).toBe('restarted');
    await bot.room.leave().catch(() => {});
    await second.stop();
    servers.length = 0;
    removeDir(dataDir);
  }, 120_000);
});
