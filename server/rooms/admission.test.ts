import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { describe, expect, it } from 'vitest';
import { proofRefusal, reservationRefusal, sameSecret, slotsTaken, type AdmissionView } from './admission.ts';
import { GAME_REGISTRY } from '../../shared/games/index.ts';

const room: AdmissionView = { code: '123456', seatKeyValid: (key) => key === 'k'.repeat(24) };

describe('proof of being invited', () => {
  it('lets a new player in only with the room code, in any spelling the look-up accepts', () => {
    expect(proofRefusal({ role: 'player', nickname: 'A', code: '123456' }, room)).toBeNull();
    expect(proofRefusal({ role: 'player', nickname: 'A', code: '123 456' }, room)).toBeNull();
    expect(proofRefusal({ role: 'player', nickname: 'A' }, room)).toBe('CODE_INVALID');
    expect(proofRefusal({ role: 'player', nickname: 'A', code: 123456 }, room)).toBe('CODE_INVALID');
    expect(proofRefusal({ role: 'player', nickname: 'A', code: '654321' }, room)).toBe('SESSION_NOT_FOUND');
  });

  it('lets a returning player in with a live seat key only, and never a solo room by code', () => {
    expect(proofRefusal({ role: 'player', key: 'k'.repeat(24) }, room)).toBeNull();
    expect(proofRefusal({ role: 'player', key: 'x'.repeat(24), code: '123456' }, room)).toBe('SEAT_NOT_FOUND');
    expect(proofRefusal({ role: 'player', key: 42 }, room)).toBe('SEAT_NOT_FOUND');
    expect(proofRefusal({ role: 'player', code: '000000' }, { code: '', seatKeyValid: () => false })).toBe('SESSION_NOT_FOUND');
  });

  it('leaves hosts and malformed options to the room’s own checks', () => {
    expect(proofRefusal({ role: 'host' }, room)).toBeNull();
    expect(proofRefusal(null, room)).toBeNull();
    expect(proofRefusal('x', room)).toBeNull();
  });

  it('tells an old page to reload before judging its proof', () => {
    expect(reservationRefusal({ protocol: PROTOCOL_VERSION, role: 'player', build: 'old', nickname: 'A' }, 'new', GAME_REGISTRY, room)).toBe('VERSION_MISMATCH');
    expect(reservationRefusal({ protocol: PROTOCOL_VERSION, role: 'admin' }, 'new', GAME_REGISTRY, room)).toBe('JOIN_INVALID');
    expect(reservationRefusal({ protocol: PROTOCOL_VERSION, role: 'player', nickname: 'A' }, 'new', GAME_REGISTRY, room)).toBe('CODE_INVALID');
    expect(reservationRefusal({ protocol: PROTOCOL_VERSION, role: 'player', nickname: 'A', code: '123456' }, 'new', GAME_REGISTRY, room)).toBeNull();
  });

  it('compares secrets exactly', () => {
    expect(sameSecret('123456', '123456')).toBe(true);
    expect(sameSecret('123456', '123457')).toBe(false);
    expect(sameSecret('12345', '123456')).toBe(false);
  });
});

describe('real room slots', () => {
  it('counts connected clients, joins in progress and held reconnections, not unused reservations', () => {
    const unused: [unknown, unknown, boolean, boolean] = [{}, undefined, false, false];
    const joining: [unknown, unknown, boolean, boolean] = [{}, undefined, true, false];
    const reconnecting: [unknown, unknown, boolean, boolean] = [true, undefined, false, true];
    const flood = Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`s${i}`, unused]));
    expect(slotsTaken(2, flood)).toBe(2);
    expect(slotsTaken(2, { ...flood, a: joining, b: reconnecting })).toBe(4);
  });
});
