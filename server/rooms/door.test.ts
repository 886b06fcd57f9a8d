import { describe, expect, it } from 'vitest';
import { GAME_REGISTRY } from '../../shared/games/index.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { parseJoinOptions } from './join-options.ts';
import { Removals } from './removals.ts';
import { decideJoin, earlyRefusal, gateRefusal, newSeatRefusal, type DoorView, type SeatRoom } from './door.ts';
import { Seats } from './seats.ts';

const DEVICE = 'device-anna-0123456789';
const join = (o: Record<string, unknown>) => parseJoinOptions({ protocol: PROTOCOL_VERSION, role: 'player', code: '123456', ...o }, 'b', GAME_REGISTRY);

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

const view = (patch: Partial<DoorView> = {}): DoorView => ({ ...room(5), code: '123456', ...patch });
const options = (o: Record<string, unknown>) => ({ protocol: PROTOCOL_VERSION, role: 'player', ...o });

describe('gateRefusal (the matchmaker gate: options parsed once)', () => {
  it('tells an old page to reload before judging its proof', () => {
    expect(gateRefusal(options({ build: 'old', nickname: 'A' }), 'new', GAME_REGISTRY, view())).toBe('VERSION_MISMATCH');
    expect(gateRefusal(options({ role: 'admin' }), 'new', GAME_REGISTRY, view())).toBe('JOIN_INVALID');
    expect(gateRefusal(options({ nickname: 'A' }), 'new', GAME_REGISTRY, view())).toBe('CODE_INVALID');
    expect(gateRefusal(options({ nickname: 'A', code: '123456' }), 'new', GAME_REGISTRY, view())).toBeNull();
  });

  it('asks the seat decision only after the proof, and never in a solo room', () => {
    expect(gateRefusal(options({ nickname: 'Ben', code: '123456' }), 'b', GAME_REGISTRY, view({ maxPlayers: 1 }))).toBe('SESSION_FULL');
    expect(gateRefusal(options({ nickname: 'Ben', code: '654321' }), 'b', GAME_REGISTRY, view({ maxPlayers: 1 }))).toBe('SESSION_NOT_FOUND');
    expect(gateRefusal(options({ nickname: 'Anna' }), 'b', GAME_REGISTRY, view({ solo: true, code: '' }))).toBe('CODE_INVALID');
    const key = view().seats.all()[0]!.key;
    const full = view({ maxPlayers: 1 });
    expect(gateRefusal(options({ key: full.seats.all()[0]!.key }), 'b', GAME_REGISTRY, full)).toBeNull();
    expect(gateRefusal(options({ key }), 'b', GAME_REGISTRY, full)).toBe('SEAT_NOT_FOUND');
  });
});

describe('decideJoin (the one seat decision)', () => {
  const holder = { apprenticeId: 'ap-1', displayName: 'Anna', companyId: 'c1' } as never;

  it('gives a key its seat, and says KICKED or SEAT_NOT_FOUND otherwise', () => {
    const r = room(1);
    const seat = r.seats.all()[0]!;
    expect(decideJoin(r, join({ key: seat.key }))).toEqual({ seatId: seat.id });
    expect(decideJoin(r, join({ key: 'x'.repeat(24) }))).toEqual({ refused: 'SEAT_NOT_FOUND' });
    r.removals.add(seat);
    expect(decideJoin(r, join({ key: seat.key }))).toEqual({ refused: 'KICKED' });
  });

  it('asks for the card look-up first, then seats its holder under a free name (numbered beside a guest)', () => {
    const r = room(5);
    expect(decideJoin(r, join({ card: 'CARD-CODE' }))).toEqual({ lookUpCard: 'CARD-CODE' });
    expect(decideJoin(r, join({ card: 'CARD-CODE' }), holder)).toEqual({ seatId: null, nickname: 'Anna 2', apprenticeId: 'ap-1' });
    expect(decideJoin({ ...r, solo: true }, join({ card: 'CARD-CODE' }))).toEqual({ refused: 'JOIN_INVALID' });
    expect(decideJoin({ ...r, locked: true }, join({ card: 'CARD-CODE' }), holder)).toEqual({ refused: 'SESSION_LOCKED' });
  });

  it('lets the card take its own seat over even when the round is full, unless the card was removed', () => {
    const r = room(2);
    const seat = r.seats.add('Anna 2', 's2', null, 'ap-1', null);
    expect(decideJoin(r, join({ card: 'CARD-CODE' }), holder)).toEqual({ seatId: seat.id });
    r.removals.add(seat);
    expect(decideJoin(r, join({ card: 'CARD-CODE' }), holder)).toEqual({ refused: 'KICKED' });
  });

  it('names a solo player "Solo" when no nickname is given, and gives a solo room one seat only', () => {
    const empty: SeatRoom = { ...room(5), seats: new Seats(), solo: true };
    expect(decideJoin(empty, join({}))).toEqual({ seatId: null, nickname: 'Solo', apprenticeId: null });
    expect(newSeatRefusal({ ...room(5), solo: true })).toBe('SESSION_FULL');
    expect(newSeatRefusal(room(5))).toBeNull();
  });
});
