import type { Presence } from '@colyseus/core';
import { JOIN_CODE_LENGTH } from '../../shared/core/text.ts';
import { randomInt } from 'node:crypto';

// Join code → room id, kept in Colyseus presence so every process of a scaled-out
// installation (Redis presence) resolves the same codes.
const HASH = 'arcade:join-codes';

/** Reserves a fresh six-digit code for roomId. */
export async function reserveJoinCode(presence: Presence, roomId: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const code = String(randomInt(0, 10 ** JOIN_CODE_LENGTH)).padStart(JOIN_CODE_LENGTH, '0');
    if (!(await presence.hget(HASH, code))) {
      await presence.hset(HASH, code, roomId);
      return code;
    }
  }
  throw new Error('no free join code found');
}

export async function releaseJoinCode(presence: Presence, code: string): Promise<void> {
  await presence.hdel(HASH, code);
}

/** The room id a code points to, or null. */
export async function lookupJoinCode(presence: Presence, code: string): Promise<string | null> {
  return (await presence.hget(HASH, code)) || null;
}
