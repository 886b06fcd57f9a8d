import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import type { DoorView } from './door.ts';
import { parseJoinOptions } from './join-options.ts';
import { Removals } from './removals.ts';
import { ReservedNames } from './reserved-names.ts';
import { admitPlayer } from './room-auth.ts';
import { Seats } from './seats.ts';

// Issue 16: N7a (a takeover gives the seat a new key) and N10 (an apprentice's name is kept for her card).

const join = (o: Record<string, unknown>) => parseJoinOptions({ protocol: PROTOCOL_VERSION, role: 'player', code: '123456', ...o }, 'b');
const view = (seats = new Seats()): DoorView => ({ seats, removals: new Removals(), phase: 'lobby', solo: false, locked: false, maxPlayers: 60, code: '123456' });
const anna = async () => ({ apprenticeId: 'app-anna', companyId: 'c1', displayName: 'Anna' }) as never;
const apprentices = { list: async (companyId: string) => (companyId === 'c1' ? [{ displayName: 'Mia' }, { displayName: 'Leon Berg' }] : []) as never };
const noCard = async () => {
  throw new Error('no card here');
};

describe('N7a: takeovers', () => {
  it('a card or the same device taking the seat gets a new key; the old key stops working; a key keeps it', async () => {
    const room = view();
    const seat = room.seats.add('Anna', 's1', null, 'app-anna', null);
    const first = seat.key;
    expect(await admitPlayer(() => room, join({ card: '7KQ2M9XA7KQ2M9XA' }), anna)).toMatchObject({ seatId: seat.id });
    expect(seat.key).not.toBe(first);
    expect(room.seats.byKey(first)).toBeUndefined();
    await expect(admitPlayer(() => room, join({ key: first }), anna)).rejects.toThrow('SEAT_NOT_FOUND');
    const current = seat.key;
    expect(await admitPlayer(() => room, join({ key: current }), anna)).toMatchObject({ seatId: seat.id });
    expect(seat.key).toBe(current);

    const ben = room.seats.add('Ben', 's2', null, null, 'device-ben-0123456789');
    const old = ben.key;
    expect(await admitPlayer(() => room, join({ nickname: 'Ben', device: 'device-ben-0123456789' }), anna)).toMatchObject({ seatId: ben.id });
    expect(room.seats.byKey(old)).toBeUndefined();
  });
});

describe('N10: an apprentice\'s name is kept for her card', () => {
  it('a guest asking for it, or a look-alike, is refused in her company\'s rounds only', async () => {
    const names = new ReservedNames(apprentices);
    for (const nickname of ['Mia', 'mia', 'Miạ', 'Мia', 'Leon Berg']) {
      await expect(admitPlayer(() => view(), join({ nickname }), noCard, (n) => names.taken('c1', n)), nickname).rejects.toThrow('NICKNAME_TAKEN');
    }
    expect(await admitPlayer(() => view(), join({ nickname: 'Mia' }), noCard, (n) => names.taken('c2', n))).toMatchObject({ seatId: null });
    expect(await admitPlayer(() => view(), join({ nickname: 'Leon' }), noCard, (n) => names.taken('c1', n))).toMatchObject({ seatId: null });
    expect(await names.taken(null, 'Mia')).toBe(false);
  });
});
