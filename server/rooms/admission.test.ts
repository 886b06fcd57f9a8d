import { describe, expect, it } from 'vitest';
import { proofRefusal, sameSecret, type AdmissionView } from './admission.ts';

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

  it('compares secrets exactly', () => {
    expect(sameSecret('123456', '123456')).toBe(true);
    expect(sameSecret('123456', '123457')).toBe(false);
    expect(sameSecret('12345', '123456')).toBe(false);
  });
});
