import { describe, expect, it } from 'vitest';
import { RESTORE_CLAIM_S, SessionSnapshotRepository } from '../../server/repositories/session-snapshot-repository.ts';
import { restoreSessions } from '../../server/rooms/session-restore.ts';
import { backends, removeDir, startTestServer } from '../helpers/test-server.ts';

// Review N1 with several processes (Redis): every process that starts looks for sessions a
// crash cut off; exactly one of them recreates each (a compare-and-set claim in the database).

describe.each(backends())('restoring a session on $name', (backend) => {
  it('is claimed by exactly one of two processes starting together, and never for solo or ended sessions', async () => {
    const server = await startTestServer({ backend });
    try {
      const { db, sessions } = server.app;
      const snapshots = new SessionSnapshotRepository(db);
      const snap = { v: 1, hostKey: 'host-key-123', seats: [], locked: false, autoAdvance: false, base: 0, phase: 'lobby', round: -1 };
      const id = `claim-${Date.now()}`;
      await sessions.createSession({ id, mode: 'hosted', code: '424242', playlist: [] });
      await snapshots.save(id, snap);
      await sessions.createSession({ id: `${id}-solo`, mode: 'solo', code: '', playlist: [] });
      await snapshots.save(`${id}-solo`, snap);
      await sessions.createSession({ id: `${id}-ended`, mode: 'hosted', code: '434343', playlist: [] });
      await snapshots.save(`${id}-ended`, snap);
      await sessions.endSession(`${id}-ended`);

      const created: string[] = [];
      const process = () => restoreSessions({ snapshots, sessions, liveRoomIds: async () => [], createRoom: async (roomId) => void created.push(roomId), claimHoldS: RESTORE_CLAIM_S });
      const [a, b] = await Promise.all([process(), process()]);
      expect(created).toEqual([id]);
      expect([...a, ...b]).toEqual([id]);
      // An ended session keeps no seats (names, card holders) behind.
      const { rows } = await db.query<{ id: string; kept: boolean }>('select id, seats_snapshot is not null as kept from sessions where id like $1 order by id', [`${id}%`]);
      expect(rows.map((r) => [r.id, r.kept])).toEqual([[id, true], [`${id}-ended`, false], [`${id}-solo`, true]]);
      // The claimed session is not ended by a process that starts meanwhile.
      expect(await sessions.endOrphaned([])).toBeGreaterThanOrEqual(0);
      const open = await db.query<{ open: boolean }>('select ended_at is null as open from sessions where id = $1', [id]);
      expect(open.rows[0]?.open).toBe(true);
      // A single process restarted after a second crash takes its predecessor's claim over at once.
      const again = (await snapshots.orphaned([])).find((s) => s.id === id);
      expect(await snapshots.claim(again!, RESTORE_CLAIM_S)).toBe(false);
      expect(await snapshots.claim(again!, 0)).toBe(true);
    } finally {
      await server.stop();
      removeDir(server.dataDir);
    }
  });
});
