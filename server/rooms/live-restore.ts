import { matchMaker } from '@colyseus/core';
import { ROOM_SESSION } from '../../shared/protocol/constants.ts';
import type { SessionRepository } from '../repositories/session-repository.ts';
import { RESTORE_CLAIM_S, type SessionSnapshotRepository } from '../repositories/session-snapshot-repository.ts';
import { restoreOne, restoreSessions, type RestoreOneDeps } from './session-restore.ts';

// With several processes (Redis) a crash of one leaves its sessions open in the database while
// the others run on. A phone or the trainer's page that reaches a live process for such a
// session used to hear "no such session" (522 / 404) and threw its seat key away. The live
// process brings the session back itself, at once, as a restarted one would (session-restore.ts):
// the claim's compare-and-set lets exactly one process do it, and the restarted process later
// finds the room listed and leaves it.

/**
 * What asking for a session that no process lists came to: `live` (listed after all),
 * `restored` (its room runs in this process now), `busy` (another process holds it or is
 * bringing it back: answer SERVICE_UNAVAILABLE, the client tries again with its key), `none`
 * (no open session with a snapshot: really gone).
 */
export type Revival = 'live' | 'restored' | 'busy' | 'none';

/** Creates the hosted room `roomId` in this process (the restore's room creation). */
export const createHostedRoom = (roomId: string): Promise<unknown> => matchMaker.handleCreateRoom(ROOM_SESSION, {}, undefined, roomId);

/**
 * The start's restore (session-restore.ts) with this server's room creation: `scaledOut`
 * (Redis, several processes) lets a fresh claim of another process hold RESTORE_CLAIM_S.
 * Returns the ids of the rooms brought back.
 */
export function restoreAtStart(snapshots: SessionSnapshotRepository, sessions: SessionRepository, liveRoomIds: () => Promise<string[]>, scaledOut: boolean): Promise<string[]> {
  return restoreSessions({ snapshots, sessions, liveRoomIds, createRoom: createHostedRoom, claimHoldS: scaledOut ? RESTORE_CLAIM_S : 0 });
}

export interface LiveRestoreDeps extends RestoreOneDeps {
  /** True while the Colyseus process with this id may still run (its room must not be recreated beside it). */
  processAlive(processId: string): Promise<boolean>;
  /** This process's Colyseus id. */
  ownId(): string;
  /** True when the matchmaker lists the room (any process's). */
  listed(roomId: string): Promise<boolean>;
}

/** Brings back, in this process, open sessions whose process is gone (one attempt per session at a time). */
export class LiveRestore {
  private readonly attempts = new Map<string, Promise<Revival>>();

  constructor(private readonly deps: LiveRestoreDeps) {}

  /**
   * The session under this room id or join code, brought back here if no live process holds
   * it. Returns the outcome and the session's room id (null when `none`). Errors of the
   * database or the shared store are thrown (callers answer SERVICE_UNAVAILABLE or 500).
   */
  async revive(key: { id: string } | { code: string }): Promise<{ outcome: Revival; roomId: string | null }> {
    const session = await this.deps.snapshots.restorable(key);
    if (!session) return { outcome: 'none', roomId: null };
    // Thirty phones asking at once wait for one attempt.
    let attempt = this.attempts.get(session.id);
    if (!attempt) {
      attempt = this.attempt(session).finally(() => this.attempts.delete(session.id));
      this.attempts.set(session.id, attempt);
    }
    return { outcome: await attempt, roomId: session.id };
  }

  private async attempt(session: Parameters<typeof restoreOne>[1]): Promise<Revival> {
    if (await this.deps.listed(session.id)) return 'live';
    // The process that wrote the snapshot last still runs: its room is being disposed (the
    // session is about to end) or its listing is missing for a moment (Redis restarted empty
    // and the process writes it back). Either way the session is not this process's to recreate.
    const owner = session.owner;
    if (owner && (owner === this.deps.ownId() || (await this.deps.processAlive(owner)))) return 'busy';
    const outcome = await restoreOne(this.deps, session);
    if (outcome === 'restored') console.info(`Brought back hosted session ${session.id} whose process stopped answering.`);
    return outcome === 'restored' ? 'restored' : outcome === 'invalid' ? 'none' : 'busy';
  }
}

/**
 * The live restore of a scaled-out server (REDIS_URL); the claim holds RESTORE_CLAIM_S. A process
 * runs while Redis lists a subscriber of its IPC channel (`p:<id>`, Colyseus's): a crashed one's
 * connection is closed by its system at once, while one that merely stalls (and so fails
 * Colyseus's 2 s health check) keeps it, and its room is never recreated beside it. A host
 * that lost power keeps its subscription until Redis drops the dead connection (tcp-keepalive):
 * until then its sessions are answered `busy`.
 */
export function liveRestore(snapshots: SessionSnapshotRepository, sessions: SessionRepository): LiveRestore {
  return new LiveRestore({
    snapshots, sessions, createRoom: createHostedRoom, claimHoldS: RESTORE_CLAIM_S,
    processAlive: async (id) => (await matchMaker.presence.channels(`p:${id}`)).includes(`p:${id}`),
    ownId: () => matchMaker.processId,
    listed: async (roomId) => (await matchMaker.query({ roomId })).length > 0,
  });
}
