import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { parseJoinOptions } from './join-options.ts';
import { Removals } from './removals.ts';
import { ReservedNames } from './reserved-names.ts';
import { admitPlayer, type SeatRoom } from './seat-admission.ts';
import { Seats } from './seats.ts';

const apprentices = { list: async (companyId: string) => (companyId === 'c1' ? [{ displayName: 'Mia' }, { displayName: 'Leon Berg' }] : []) as never };
const join = (o: Record<string, unknown>) => parseJoinOptions({ protocol: PROTOCOL_VERSION, role: 'player', code: '123456', ...o }, 'b');
const room = (): SeatRoom => ({ seats: new Seats(), removals: new Removals(), phase: 'lobby', solo: false, locked: false, maxPlayers: 60 });
const noCard = async () => {
  throw new Error('no card here');
};

describe('N10: an apprentice\'s name is kept for her card', () => {
  it('a guest asking for it, or a look-alike, is refused in her company\'s rounds only', async () => {
    const names = new ReservedNames(apprentices);
    for (const nickname of ['Mia', 'mia', 'Miạ', 'Мia', 'Leon Berg']) {
      await expect(admitPlayer(room, join({ nickname }), noCard, (n) => names.taken('c1', n)), nickname).rejects.toThrow('NICKNAME_TAKEN');
    }
    expect(await admitPlayer(room, join({ nickname: 'Mia' }), noCard, (n) => names.taken('c2', n))).toMatchObject({ nickname: 'Mia' });
    expect(await admitPlayer(room, join({ nickname: 'Leon' }), noCard, (n) => names.taken('c1', n))).toMatchObject({ nickname: 'Leon' });
    expect(await names.taken(null, 'Mia')).toBe(false);
  });
});
