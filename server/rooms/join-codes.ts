import type { Presence } from '@colyseus/core';
import { JOIN_CODE_LENGTH } from '../../shared/core/text.ts';
import { randomInt } from 'node:crypto';

// Join code → room id, kept in Colyseus presence so every process of a scaled-out
// installation (Redis presence) resolves the same codes.
const HASH = 'arcade:join-codes';

/** Codes of this process's own rooms, per presence: written back after Redis lost them (restoreJoinCodes). */
const own = new WeakMap<Presence, Map<string, string>>();
const ownOf = (presence: Presence) => own.get(presence) ?? own.set(presence, new Map()).get(presence)!;

/**
 * Reserves a fresh six-digit code for roomId; `wish`: the code it had before a server restart
 * (session-restore.ts), kept when no other room took it meanwhile.
 */
export async function reserveJoinCode(presence: Presence, roomId: string, wish?: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const code = attempt === 0 && wish ? wish : String(randomInt(0, 10 ** JOIN_CODE_LENGTH)).padStart(JOIN_CODE_LENGTH, '0');
    const holder = await presence.hget(HASH, code);
    if (!holder || (code === wish && holder === roomId)) {
      await presence.hset(HASH, code, roomId);
      ownOf(presence).set(code, roomId);
      return code;
    }
  }
  throw new Error('no free join code found');
}

export async function releaseJoinCode(presence: Presence, code: string): Promise<void> {
  ownOf(presence).delete(code);
  await presence.hdel(HASH, code);
}

/**
 * Writes this process's codes back where Redis lost them (it restarted empty, review N5), so
 * the live rounds of this process can be found by code again. Returns how many were missing.
 */
export async function restoreJoinCodes(presence: Presence): Promise<number> {
  let restored = 0;
  for (const [code, roomId] of ownOf(presence)) {
    if ((await presence.hget(HASH, code)) === roomId) continue;
    await presence.hset(HASH, code, roomId);
    restored++;
  }
  return restored;
}

/** The room id a code points to, or null. */
export async function lookupJoinCode(presence: Presence, code: string): Promise<string | null> {
  return (await presence.hget(HASH, code)) || null;
}
