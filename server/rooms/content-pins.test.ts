import { describe, expect, it } from 'vitest';
import { GAME_REGISTRY } from '../../shared/games/index.ts';
import { SAMPLE_SET } from '../../shared/games/werkstatt/sample.ts';
import { ContentPins, type ContentSource } from './content-pins.ts';

const A_SET = '11111111-1111-4111-8111-111111111111';
const BROKEN = '22222222-2222-4222-8222-222222222222';

/** Company A owns one good set and one whose stored content no longer passes the check. */
const item = (setId: string, gameId = 'werkstatt') => [{ gameId, level: 1, rounds: 1, setId }];

const source: ContentSource = {
  find: async (setId, companyId) => {
    if (companyId !== 'company-a') return null;
    if (setId === A_SET) return { version: 3, title: 'Presse 3', content: SAMPLE_SET };
    if (setId === BROKEN) return { version: 1, title: 'Kaputt', content: { title: 'x', tasks: [{ kind: 'essay' }] } };
    return null;
  },
};

describe('content pins', () => {
  it('pins the own company set at its version and fills in the title', async () => {
    const pins = new ContentPins(source, GAME_REGISTRY);
    const items = await pins.pin([{ gameId: 'reaktion', level: 1, rounds: 1 }, { gameId: 'werkstatt', level: 1, rounds: 2, setId: A_SET, setTitle: 'gefälscht' }], 'company-a');
    expect(items).toEqual([{ gameId: 'reaktion', level: 1, rounds: 1 }, { gameId: 'werkstatt', level: 1, rounds: 2, setId: A_SET, setTitle: 'Presse 3' }]);
    expect(pins.get(A_SET)).toMatchObject({ setId: A_SET, version: 3, title: 'Presse 3', content: SAMPLE_SET });
  });

  it('refuses another company, a missing set, a stored set that fails the check, a game without stored content, and a session without company', async () => {
    const pins = new ContentPins(source, GAME_REGISTRY);
    expect(await pins.pin(item(A_SET), 'company-b')).toBe('PLAYLIST_INVALID');
    expect(await pins.pin(item('33333333-3333-4333-8333-333333333333'), 'company-a')).toBe('PLAYLIST_INVALID');
    expect(await pins.pin(item(BROKEN), 'company-a')).toBe('PLAYLIST_INVALID');
    expect(await pins.pin(item(A_SET, 'reaktion'), 'company-a')).toBe('PLAYLIST_INVALID');
    expect(await pins.pin(item(A_SET), null)).toBe('PLAYLIST_INVALID');
    expect(await new ContentPins(undefined, GAME_REGISTRY).pin(item(A_SET), 'company-a')).toBe('PLAYLIST_INVALID');
    expect(pins.get(A_SET)).toBeUndefined();
  });
});
