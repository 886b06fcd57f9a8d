import { describe, expect, it } from 'vitest';
import { GAME_REGISTRY } from '../../shared/games/index.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import type { SessionRepository } from '../repositories/session-repository.ts';
import type { DoorView } from './door.ts';
import { HostSeat } from './host-seat.ts';
import { parseJoinOptions } from './join-options.ts';
import { Removals } from './removals.ts';
import { admitHost, admitPlayer, VERIFIED_HOST } from './room-auth.ts';
import { Seats } from './seats.ts';
import { SessionStore } from './session-ports.ts';

// The async steps around the door: the card look-up between two decisions, the host's claim.

const join = (o: Record<string, unknown>) => parseJoinOptions({ protocol: PROTOCOL_VERSION, role: 'player', code: '123456', ...o }, 'b', GAME_REGISTRY);
const view = (seats = new Seats()): DoorView => ({ seats, removals: new Removals(), phase: 'lobby', solo: false, locked: false, maxPlayers: 5, code: '123456' });
const holder = { apprenticeId: 'ap-1', displayName: 'Mia', companyId: 'c1' } as never;

describe('admitPlayer', () => {
  it('gives a guest a new seat under the cleaned-up name, without any look-up', async () => {
    const lookUps: string[] = [];
    const auth = await admitPlayer(() => view(), join({ nickname: '  Anna ' }), async (card) => (lookUps.push(card), holder));
    expect(auth).toEqual({ role: 'player', seatId: null, join: expect.objectContaining({ nickname: 'Anna' }) });
    expect(lookUps).toEqual([]);
  });

  it('looks a card up, then decides on the room as it is after the wait', async () => {
    const before = view();
    const after = view();
    const seat = after.seats.add('Mia', 's1', null, 'ap-1', null); // the card took a seat meanwhile
    let reads = 0;
    const auth = await admitPlayer(() => (reads++ === 0 ? before : after), join({ card: 'CARD' }), async () => holder);
    expect(auth).toEqual({ role: 'player', seatId: seat.id, join: expect.anything() });
    expect(reads).toBe(2);
    const fresh = await admitPlayer(() => before, join({ card: 'CARD' }), async () => holder);
    expect(fresh).toEqual({ role: 'player', seatId: null, join: expect.objectContaining({ nickname: 'Mia' }), apprenticeId: 'ap-1' });
  });

  it('throws the refusal code (the hook hands it to the client)', async () => {
    await expect(admitPlayer(() => view(), join({ key: 'k'.repeat(24) }), async () => holder)).rejects.toThrow('SEAT_NOT_FOUND');
    await expect(admitPlayer(() => ({ ...view(), locked: true }), join({ nickname: 'Ben' }), async () => holder)).rejects.toThrow('SESSION_LOCKED');
  });
});

describe('admitHost', () => {
  it('the first host claims the session for their company; a second without the key is refused', async () => {
    const owners: unknown[][] = [];
    const store = new SessionStore({ assignOwner: async (...args: unknown[]) => void owners.push(args) } as unknown as SessionRepository, 'room-1');
    const host = new HostSeat({ hostConnected: false });
    const hostJoin = parseJoinOptions({ protocol: PROTOCOL_VERSION, role: 'host' }, 'b', GAME_REGISTRY);
    const options = { [VERIFIED_HOST]: { trainerId: 't1', companyId: 'c1' } };
    expect(await admitHost(host, store, hostJoin, options)).toEqual({ role: 'host', seatId: null, join: hostJoin });
    expect(store.companyId).toBe('c1');
    expect(owners).toEqual([['room-1', 'c1', 't1']]);
    await expect(admitHost(host, store, hostJoin, options)).rejects.toThrow('HOST_KEY_INVALID');
    await expect(admitHost(host, store, hostJoin, {})).rejects.toThrow('AUTH_REQUIRED');
  });
});
