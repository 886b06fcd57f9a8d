import { matchMaker } from '@colyseus/core';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { interceptMatchmaking } from '../colyseus-seams.ts';
import { refuse } from './join-options.ts';

// Colyseus's matchmaking answers five methods for every room by default: join and joinOrCreate
// would seat anyone in any public room. Our clients use only these three (docs/PROTOCOL.md §2).

/** Matchmaking methods our clients use: create (hosts, solo), joinById (after the code look-up), reconnect (SDK). */
export const EXPOSED_METHODS: readonly string[] = ['create', 'joinById', 'reconnect'];

/** The room method the gate calls (in the room's own process) before a seat is reserved. */
export const RESERVATION_CHECK = 'reservationRefusal';

/**
 * Narrows the matchmaker (process-wide, idempotent): other methods are refused with
 * JOIN_INVALID, and `joinById` first asks the room whether the options prove the code or a
 * seat key, so no seat is ever reserved for someone without them.
 */
export function guardMatchmaker(): void {
  interceptMatchmaking(EXPOSED_METHODS, () => refuse('JOIN_INVALID'), async (method, roomName, clientOptions) => {
    if (method !== 'joinById') return;
    const refusal = await askRoom(roomName, clientOptions);
    if (refusal) throw refuse(refusal);
  });
}

/** The room's verdict on these options; a missing room is left to Colyseus (522). */
async function askRoom(roomId: string, options: unknown): Promise<ErrorCode | null> {
  const [listing] = await matchMaker.query({ roomId });
  if (!listing) return null;
  return (await matchMaker.remoteRoomCall(roomId, RESERVATION_CHECK, [options ?? {}])) as ErrorCode | null;
}
