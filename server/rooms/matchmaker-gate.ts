import { matchMaker } from '@colyseus/core';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { CardThrottle } from '../auth/card-throttle.ts';
import { interceptMatchmaking } from '../colyseus-seams.ts';
import { refuse } from './join-options.ts';
import type { LiveRestore } from './live-restore.ts';
import type { RestoreGate } from './restore-gate.ts';

// Colyseus's matchmaking answers five methods for every room by default: join and joinOrCreate
// would seat anyone in any public room. Our clients use only these three (docs/PROTOCOL.md §2).

/** Matchmaking methods our clients use: create (hosts, solo), joinById (after the code look-up), reconnect (SDK). */
export const EXPOSED_METHODS: readonly string[] = ['create', 'joinById', 'reconnect'];

/** The room method the gate calls (in the room's own process) before a seat is reserved. */
export const RESERVATION_CHECK = 'reservationRefusal';

/** What the gate needs from the app: the wrong-code pacer it shares with the code look-up. */
export interface GateDeps {
  codes: CardThrottle;
  /** While the restarted process brings crashed sessions back, joins wait for that (restore-gate.ts). */
  restoring?: RestoreGate;
  /** With several processes: brings back here a session whose process is gone (live-restore.ts). */
  revive?: LiveRestore;
}

/** The last app's deps (the matchmaker is one per process; so is, in production, the app). */
let current: GateDeps | null = null;

/**
 * Narrows the matchmaker (process-wide, idempotent): other methods are refused with
 * JOIN_INVALID, and `joinById` first asks the room whether the options prove the code or a
 * seat key, so no seat is ever reserved for someone without them. A wrong code counts, per
 * address and per room, in the same paced budget as the code look-up (review N8).
 */
export function guardMatchmaker(deps?: GateDeps): void {
  if (deps) current = deps;
  interceptMatchmaking(
    EXPOSED_METHODS,
    () => refuse('JOIN_INVALID'),
    async (method, roomName, clientOptions, ip) => {
      if (method !== 'joinById') return;
      // The room may be one a crash cut off that this process is bringing back right now.
      await current?.restoring?.wait();
      const refusal = await askRoom(roomName, clientOptions, ip);
      if (refusal) throw refuse(refusal);
    },
    (err) => (storeTrouble(err) ? refuse('SERVICE_UNAVAILABLE') : err),
  );
}

/** True for an error of the shared store (Redis timeout, connection gone), not a refusal. */
export function storeTrouble(err: unknown): boolean {
  const e = err as { name?: string; message?: string } | null;
  if (!e || typeof e !== 'object') return false;
  return e.name === 'MaxRetriesPerRequestError' || /Command timed out|Connection is closed|ECONNREFUSED|Stream isn't writeable|max retries/i.test(e.message ?? '');
}

/**
 * The room's verdict on these options. A missing room is left to Colyseus (522), unless it is
 * an open session whose process is gone: that is brought back here first (`revive`), or, while
 * another process does, answered SERVICE_UNAVAILABLE (the phone keeps its key). Wrong codes are paced.
 */
async function askRoom(roomId: string, options: unknown, ip: string | undefined): Promise<ErrorCode | null> {
  const pacer = current?.codes;
  const who = `ip:${ip ?? 'unknown'}`;
  if (pacer && !pacer.admit(who)) return 'RATE_LIMITED';
  let verdict: ErrorCode | null;
  try {
    const [listing] = await matchMaker.query({ roomId });
    const missing = listing ? undefined : await revived(roomId);
    if (missing !== undefined) return missing;
    verdict = await callRoom(roomId, options, listing?.processId);
  } catch (err) {
    if (storeTrouble(err)) return 'SERVICE_UNAVAILABLE';
    throw err;
  }
  if (verdict === 'SESSION_NOT_FOUND' && pacer) await Promise.all([pacer.failed(who), pacer.failed(`room:${roomId}`)]);
  return verdict;
}

/** undefined once the room runs (brought back here just now); else the answer for a room no process has. */
async function revived(roomId: string): Promise<ErrorCode | null | undefined> {
  const outcome = (await current?.revive?.revive({ id: roomId }))?.outcome;
  if (outcome === 'live' || outcome === 'restored') return undefined;
  return outcome === 'busy' ? 'SERVICE_UNAVAILABLE' : null;
}

/**
 * Asks the room (in its process) before a seat is reserved. A listing whose process died
 * (SIGKILL, power) stays until a health check sweeps it, so the call times out (2 s): Colyseus's
 * health check then sweeps the dead process's listings, and the session comes back here.
 */
async function callRoom(roomId: string, options: unknown, processId: string | undefined): Promise<ErrorCode | null> {
  const ask = async () => (await matchMaker.remoteRoomCall(roomId, RESERVATION_CHECK, [options ?? {}])) as ErrorCode | null;
  try {
    return await ask();
  } catch (err) {
    if (!current?.revive || !processId || storeTrouble(err)) throw err;
    // Alive but not answering (busy): tried again later, never an error that echoes the options.
    if (await matchMaker.healthCheckProcessId(processId)) return 'SERVICE_UNAVAILABLE';
    const missing = await revived(roomId);
    return missing !== undefined ? missing : await ask();
  }
}
