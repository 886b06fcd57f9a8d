import { describe, expect, it } from 'vitest';
import type { AuthContext } from '@colyseus/core';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { newToken, SESSION_COOKIE } from '../auth/session-cookie.ts';
import type { RoomDeps } from './room-deps.ts';
import { createSessionRoom } from './session-room.ts';
import { VERIFIED_HOST } from './room-auth.ts';

// Review N13: Colyseus runs the room INSTANCE's onAuth (code proof, cards, host key, company,
// removals) only when the static onAuth returns exactly `true` (Room.mjs: `authedStatically`).
// Returning the host identity as an object — a natural refactor — would skip every instance
// check silently. This test fails if the static hook ever returns anything but `true`.

const trainer = { id: 't1', companyId: 'c1' };
const deps = {
  buildId: 'b',
  trainers: { findBySession: async () => trainer },
  soloLimits: { admitRoom: async () => true },
} as unknown as RoomDeps;

const context = (headers: Record<string, string>) => ({ headers: new Headers(headers), ip: '10.0.0.1' }) as unknown as AuthContext;

describe('SessionRoom static onAuth contract', () => {
  const SessionRoom = createSessionRoom(deps);

  it('returns exactly true for a player, a solo player and a verified host', async () => {
    const player = { protocol: PROTOCOL_VERSION, role: 'player', nickname: 'Mia' };
    expect(await SessionRoom.onAuth('', player, context({}))).toBe(true);
    expect(await SessionRoom.onAuth('', { ...player, gameId: 'reaktion' }, context({}))).toBe(true);
    const host: Record<string, unknown> = { protocol: PROTOCOL_VERSION, role: 'host' };
    const headers = { cookie: `${SESSION_COOKIE}=${newToken()}`, origin: 'http://arcade.test', host: 'arcade.test' };
    expect(await SessionRoom.onAuth('', host, context(headers))).toBe(true);
    // The identity rides in the options, where the instance hook reads it.
    expect(host[VERIFIED_HOST]).toEqual({ trainerId: 't1', companyId: 'c1' });
  });
});
