import { describe, expect, it } from 'vitest';
import { GAME_REGISTRY } from '../games/index.ts';
import { parsePlaylist } from './messages.ts';

const SET = '11111111-1111-4111-8111-111111111111';

describe('playlist items with a stored set', () => {
  it('accept a set id only for a game with stored content, and never take a title from the client', () => {
    expect(parsePlaylist({ items: [{ gameId: 'werkstatt', level: 1, rounds: 2, setId: SET, setTitle: 'gefälscht' }] }, GAME_REGISTRY.find))
      .toEqual({ ok: true, value: [{ gameId: 'werkstatt', level: 1, rounds: 2, setId: SET }] });
    expect(parsePlaylist({ items: [{ gameId: 'werkstatt', level: 1, rounds: 1 }] }, GAME_REGISTRY.find)).toEqual({ ok: true, value: [{ gameId: 'werkstatt', level: 1, rounds: 1 }] });
    for (const bad of [{ gameId: 'reaktion', level: 1, rounds: 1, setId: SET }, { gameId: 'werkstatt', level: 1, rounds: 1, setId: 'x' }, { gameId: 'werkstatt', level: 1, rounds: 1, setId: 7 }, { gameId: 'werkstatt', level: 1, rounds: 1, setId: `${SET} ` }]) {
      expect(parsePlaylist({ items: [bad] }, GAME_REGISTRY.find), JSON.stringify(bad)).toEqual({ ok: false, code: 'PLAYLIST_INVALID' });
    }
  });
});
