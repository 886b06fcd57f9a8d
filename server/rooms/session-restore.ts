import type { GameRegistry } from '../../shared/games/registry.ts';
import { parsePlaylist, type PlaylistEntry } from '../../shared/protocol/messages.ts';
import type { SessionState } from '../../shared/protocol/state.ts';
import { logError } from '../log.ts';
import type { SessionRepository } from '../repositories/session-repository.ts';
import type { RestorableSession, SessionSnapshotRepository } from '../repositories/session-snapshot-repository.ts';
import type { HostSeat } from './host-seat.ts';
import { HOST_GRACE_S } from './room-deps.ts';
import type { Roster } from './roster.ts';
import type { SessionFlow } from './session-flow.ts';
import type { SessionStore } from './session-ports.ts';
import { parseSnapshot, progressOf, type Progress, type SessionSnapshot } from './session-snapshot.ts';

export { watchSnapshots } from './session-snapshot.ts';

// A restarted server brings back the hosted sessions its crashed predecessor held open
// (review N1): same room id and join code, the same seats with their keys and names, the host's
// key, the playlist where it stood. Phones and the host's page rejoin with their keys as after
// any lost connection. A round that was running is not stored: the session waits between
// rounds (or in the lobby) and the projector says so (`state.restartNote`).

/** What a room needs to come back (handed from the restorer to the room's onCreate). */
export interface Restore {
  session: RestorableSession;
  snapshot: SessionSnapshot;
  progress: Progress;
}

/** Restores waiting for their room's onCreate, by room id: only this process puts them here (never a client). */
const pending = new Map<string, Restore>();

/** The restore for a room being created now, if it is one (taken: a second room with the id gets none). */
export function takeRestore(roomId: string): Restore | undefined {
  const restore = pending.get(roomId);
  pending.delete(roomId);
  return restore;
}

/** What bringing one session back needs (the start's restore and a live process's, live-restore.ts). */
export interface RestoreOneDeps {
  snapshots: SessionSnapshotRepository;
  sessions: SessionRepository;
  /** Creates the hosted room with this id in this process (matchMaker.handleCreateRoom). */
  createRoom(roomId: string): Promise<unknown>;
  /** Seconds another process's fresh claim holds: RESTORE_CLAIM_S with Redis (several processes), else 0. */
  claimHoldS: number;
}

export interface RestorerDeps extends RestoreOneDeps {
  /** The room ids the matchmaker lists (rooms of live processes are not restored). */
  liveRoomIds(): Promise<string[]>;
}

/**
 * How bringing one session back ended: `restored` (its room runs in this process now),
 * `claimed` (another process holds the claim: it is bringing it back), `invalid` (a snapshot
 * this release cannot read), `failed` (the room could not be created; logged).
 */
export type RestoreOutcome = 'restored' | 'claimed' | 'invalid' | 'failed';

/** Claims one open session a crash cut off and recreates its room in this process. */
export async function restoreOne(deps: RestoreOneDeps, session: RestorableSession): Promise<RestoreOutcome> {
  const snapshot = parseSnapshot(session.snapshot);
  if (!snapshot) return 'invalid';
  if (!(await deps.snapshots.claim(session, deps.claimHoldS))) return 'claimed';
  try {
    const progress = progressOf(await deps.sessions.roundsOf(session.id), snapshot.base);
    pending.set(session.id, { session, snapshot, progress });
    await deps.createRoom(session.id);
    return 'restored';
  } catch (err) {
    logError(`restore ${session.id}`, err);
    return 'failed';
  } finally {
    pending.delete(session.id);
  }
}

/**
 * Recreates every open hosted session a crash cut off that this process wins the claim for
 * (with several processes, exactly one does). Returns the ids of the rooms created; a session
 * that cannot come back is left for `endOrphaned` to end.
 */
export async function restoreSessions(deps: RestorerDeps): Promise<string[]> {
  const restored: string[] = [];
  for (const session of await deps.snapshots.orphaned(await deps.liveRoomIds())) {
    if ((await restoreOne(deps, session)) === 'restored') restored.push(session.id);
  }
  return restored;
}

/** The parts of a room a restore fills in (session-room.ts). */
export interface RestoreTarget {
  state: SessionState;
  roster: Roster;
  host: HostSeat;
  flow: SessionFlow;
  store: SessionStore;
  games: GameRegistry;
  /** Keeps the room while nobody is in it for this many seconds (Colyseus would dispose it after the seat reservation time). */
  keepEmptyFor(seconds: number): void;
}

/** Fills a just-created room from its restore: owner, host key, playlist, seats with their totals, position. */
export async function applyRestore(t: RestoreTarget, r: Restore, fallback: PlaylistEntry[]): Promise<void> {
  const { session, snapshot, progress } = r;
  // Phones and the projector come back at their own pace (reconnect attempts, a sleeping laptop).
  t.keepEmptyFor(HOST_GRACE_S);
  if (session.companyId) t.store.restoreOwner(session.companyId);
  t.host.restore(snapshot.hostKey, session.trainerId);
  const parsed = parsePlaylist({ items: session.playlist }, (id) => t.games.find(id as string));
  let items = parsed.ok ? parsed.value : fallback;
  if (items.some((i) => i.setId)) {
    const pinned = await t.flow.pinContent(items).catch(() => 'SERVER_ERROR' as const);
    items = typeof pinned === 'string' ? fallback : pinned;
  }
  t.flow.setPlaylist(items);
  for (const saved of snapshot.seats) {
    const { box, ...phone } = saved;
    const seat = t.roster.restoreSeat({ ...phone, boxId: box?.id ?? null }, box?.mode);
    const totals = progress.totals.get(saved.id);
    seat.rounds = totals?.rounds ?? 0;
    const player = t.state.players.get(saved.id);
    if (player) player.score = totals?.score ?? 0;
  }
  t.state.playerCount = snapshot.seats.length;
  t.state.locked = snapshot.locked;
  t.state.autoAdvance = snapshot.autoAdvance;
  t.flow.resumeAfterRestart(snapshot.base, progress.played);
  const running = snapshot.phase === 'countdown' || snapshot.phase === 'play';
  t.state.restartNote = running && progress.played <= snapshot.round ? 'roundLost' : 'restarted';
}
