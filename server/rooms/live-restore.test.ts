import { describe, expect, it } from 'vitest';
import type { SessionRepository } from '../repositories/session-repository.ts';
import type { RestorableSession, SessionSnapshotRepository } from '../repositories/session-snapshot-repository.ts';
import { LiveRestore, type LiveRestoreDeps } from './live-restore.ts';
import { takeRestore } from './session-restore.ts';

// A live process brings back a session whose process is gone, and only then (live-restore.ts).

const SNAPSHOT = { v: 1, hostKey: 'host-key-live-0123456789', seats: [], locked: false, autoAdvance: false, base: 0, phase: 'lobby', round: -1 };

function setup(o: { session?: Partial<RestorableSession> | null; listed?: boolean; alive?: string[]; claimWins?: boolean } = {}) {
  const session: RestorableSession | null = o.session === null ? null : { id: 'room-1', code: '123456', playlist: [], companyId: null, trainerId: null, snapshot: SNAPSHOT, claim: null, owner: 'dead-process', ...o.session };
  const calls = { claims: 0, created: [] as string[], restoresSeen: 0 };
  const deps: LiveRestoreDeps = {
    snapshots: {
      restorable: async () => session,
      claim: async () => (calls.claims++, o.claimWins ?? true),
    } as unknown as SessionSnapshotRepository,
    sessions: { roundsOf: async () => [] } as unknown as SessionRepository,
    createRoom: async (id) => {
      calls.created.push(id);
      if (takeRestore(id)) calls.restoresSeen++;
    },
    claimHoldS: 10,
    processAlive: async (id) => (o.alive ?? []).includes(id),
    ownId: () => 'this-process',
    listed: async () => o.listed ?? false,
  };
  return { live: new LiveRestore(deps), calls };
}

describe('bringing back, in a live process, a session whose process is gone', () => {
  it('recreates the room here with its restore when the writing process is gone and the claim is won', async () => {
    const { live, calls } = setup();
    expect(await live.revive({ code: '123456' })).toEqual({ outcome: 'restored', roomId: 'room-1' });
    expect(calls).toEqual({ claims: 1, created: ['room-1'], restoresSeen: 1 });
  });

  it('leaves the session to a process that still runs (a room being disposed, a listing Redis lost): busy, no claim', async () => {
    for (const owner of ['other-live-process', 'this-process']) {
      const { live, calls } = setup({ session: { owner }, alive: ['other-live-process'] });
      expect((await live.revive({ id: 'room-1' })).outcome).toBe('busy');
      expect(calls.claims).toBe(0);
    }
  });

  it('answers busy while another process holds the claim, live when it is listed, none for no session or an unreadable snapshot', async () => {
    expect((await setup({ claimWins: false }).live.revive({ id: 'room-1' })).outcome).toBe('busy');
    const listed = setup({ listed: true });
    expect(await listed.live.revive({ id: 'room-1' })).toEqual({ outcome: 'live', roomId: 'room-1' });
    expect(listed.calls.claims).toBe(0);
    expect(await setup({ session: null }).live.revive({ id: 'room-1' })).toEqual({ outcome: 'none', roomId: null });
    expect((await setup({ session: { snapshot: { v: 0 } } }).live.revive({ id: 'room-1' })).outcome).toBe('none');
    // A snapshot written before snapshots named their process: the claim alone decides.
    expect((await setup({ session: { owner: null } }).live.revive({ id: 'room-1' })).outcome).toBe('restored');
  });

  it('makes one attempt for a class asking at once', async () => {
    const { live, calls } = setup();
    const answers = await Promise.all(Array.from({ length: 30 }, () => live.revive({ id: 'room-1' })));
    expect(new Set(answers.map((a) => a.outcome))).toEqual(new Set(['restored']));
    expect([calls.claims, calls.created.length]).toEqual([1, 1]);
  });
});
