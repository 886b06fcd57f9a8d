import { describe, expect, it } from 'vitest';
import { GAME_REGISTRY } from '../../shared/games/index.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { HostSeat } from './host-seat.ts';
import { parseJoinOptions } from './join-options.ts';

const hostJoin = (key?: string) => parseJoinOptions({ protocol: PROTOCOL_VERSION, role: 'host', ...(key ? { key } : {}) }, 'b', GAME_REGISTRY);
const anna = { trainerId: 't-anna', companyId: 'c1' };
const bob = { trainerId: 't-bob', companyId: 'c1' };
const other = { trainerId: 't-eve', companyId: 'c2' };

describe('HostSeat', () => {
  it('lets the first signed-in trainer claim the controls; later ones need the key and the same company', () => {
    const host = new HostSeat({ hostConnected: false });
    expect(host.claim(hostJoin(), undefined, null)).toBe('AUTH_REQUIRED');
    expect(host.claim(hostJoin(), anna, null)).toBeNull();
    expect(host.trainerId).toBe('t-anna');
    expect(host.claim(hostJoin(), bob, 'c1')).toBe('HOST_KEY_INVALID');
    expect(host.claim(hostJoin('x'.repeat(24)), bob, 'c1')).toBe('HOST_KEY_INVALID');
    expect(host.claim(hostJoin(host.key), other, 'c1')).toBe('HOST_KEY_INVALID');
    expect(host.claim(hostJoin(host.key), bob, 'c1')).toBeNull();
    expect(host.trainerId).toBe('t-bob');
  });

  it('names the connection a new host connection replaces, and only the current one counts', () => {
    const state = { hostConnected: false };
    const host = new HostSeat(state);
    expect(host.connect('s1')).toBeNull();
    expect(host.connect('s2')).toBe('s1');
    expect(state.hostConnected).toBe(true);
    expect(host.isCurrent('s1')).toBe(false);
    expect(host.drop('s1')).toBe(false);
    expect(state.hostConnected).toBe(true);
    expect(host.drop('s2')).toBe(true);
    expect(state.hostConnected).toBe(false);
    host.reconnect();
    expect(state.hostConnected).toBe(true);
    expect(host.leave('s1')).toBe(false);
    expect(host.leave('s2')).toBe(true);
    expect(state.hostConnected).toBe(false);
    expect(host.sessionId).toBeNull();
  });

  it('ends hosting for good when the host trainer or the company is disabled, not for a card', () => {
    const host = new HostSeat({ hostConnected: false });
    host.claim(hostJoin(), anna, null);
    expect(host.revokedBy({ kind: 'apprentice', apprenticeId: 'a' }, 'c1')).toBe(false);
    expect(host.revokedBy({ kind: 'trainer', trainerId: 't-bob' }, 'c1')).toBe(false);
    expect(host.revokedBy({ kind: 'company', companyId: 'c2' }, 'c1')).toBe(false);
    expect(host.revoked).toBe(false);
    expect(host.revokedBy({ kind: 'trainer', trainerId: 't-anna' }, 'c1')).toBe(true);
    expect(host.claim(hostJoin(host.key), anna, 'c1')).toBe('AUTH_REQUIRED');
    const company = new HostSeat({ hostConnected: false });
    expect(company.revokedBy({ kind: 'company', companyId: 'c1' }, 'c1')).toBe(true);
  });
});
