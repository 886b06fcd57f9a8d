import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { parseJoinOptions } from './join-options.ts';
import { Removals } from './removals.ts';
import { admitPlayer, earlyRefusal, type SeatRoom } from './seat-admission.ts';
import { Seats } from './seats.ts';

const DEVICE = 'device-anna-0123456789';
const join = (o: Record<string, unknown>) => parseJoinOptions({ protocol: PROTOCOL_VERSION, role: 'player', code: '123456', ...o }, 'b');

function room(maxPlayers: number, patch: Partial<SeatRoom> = {}): SeatRoom {
  const seats = new Seats();
  seats.add('Anna', 's1', null, null, DEVICE);
  return { seats, removals: new Removals(), phase: 'lobby', solo: false, locked: false, maxPlayers, ...patch };
}

describe('earlyRefusal (at matchmaking, before a reservation)', () => {
  it('refuses newcomers a full, locked or finished round, a taken or removed name, before any WebSocket', () => {
    expect(earlyRefusal(room(1), join({ nickname: 'Ben' }))).toBe('SESSION_FULL');
    expect(earlyRefusal(room(5, { locked: true }), join({ nickname: 'Ben' }))).toBe('SESSION_LOCKED');
    expect(earlyRefusal(room(5, { phase: 'podium' }), join({ nickname: 'Ben' }))).toBe('SESSION_OVER');
    expect(earlyRefusal(room(5), join({ nickname: '\u0410nna' }))).toBe('NICKNAME_TAKEN');
    expect(earlyRefusal(room(5), join({ nickname: '\u3164' }))).toBe('NICKNAME_EMPTY');
    const r = room(5);
    r.removals.add(r.seats.all()[0]!);
    r.seats.remove(r.seats.all()[0]!.id);
    expect(earlyRefusal(r, join({ nickname: 'ANNA' }))).toBe('KICKED');
    expect(earlyRefusal(room(5), join({ nickname: 'Ben' }))).toBeNull();
  });

  it('lets seat-holders through even when full: a key, a card, the same device under its own name', () => {
    expect(earlyRefusal(room(1), join({ key: 'k'.repeat(24) }))).toBeNull();
    expect(earlyRefusal(room(1), join({ card: '7KQ2M9XA7KQ2M9XA' }))).toBeNull();
    expect(earlyRefusal(room(1), join({ nickname: 'anna', device: DEVICE }))).toBeNull();
    expect(earlyRefusal(room(1), join({ nickname: 'anna', device: 'other-device-012345678' }))).toBe('SESSION_FULL');
  });
});

/** Anna's card, as the database would find it. */
const holder = async () => ({ apprenticeId: 'app-anna', companyId: 'c1', displayName: 'Anna' }) as never;

describe('admitPlayer takeovers (N7a)', () => {
  it('a card or the same device taking the seat gets a new key; the old key stops working', async () => {
    const r = room(5);
    const anna = r.seats.all()[0]!;
    anna.apprenticeId = 'app-anna';
    const before = anna.key;
    expect(await admitPlayer(() => r, join({ card: '7KQ2M9XA7KQ2M9XA' }), holder)).toEqual({ seatId: anna.id });
    expect(anna.key).not.toBe(before);
    expect(r.seats.byKey(before)).toBeUndefined();
    await expect(admitPlayer(() => r, join({ key: before }), holder)).rejects.toThrow('SEAT_NOT_FOUND');

    const guest = r.seats.add('Ben', 's2', null, null, 'device-ben-0123456789');
    const old = guest.key;
    expect(await admitPlayer(() => r, join({ nickname: 'Ben', device: 'device-ben-0123456789' }), holder)).toEqual({ seatId: guest.id });
    expect(r.seats.byKey(old)).toBeUndefined();
  });
});
