import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { parseJoinOptions } from './join-options.ts';
import { Removals } from './removals.ts';
import { earlyRefusal, type SeatRoom } from './seat-admission.ts';
import { Seats } from './seats.ts';
import { GAME_REGISTRY } from '../../shared/games/index.ts';

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
