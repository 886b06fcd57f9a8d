import { ServerError } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import { junkValues, describeJunk } from '../../tests/helpers/garbage.ts';
import { GAME_REGISTRY, GAMES } from '../../shared/games/index.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { MATCHMAKE_ERROR_CODE, isErrorCode } from '../../shared/protocol/errors.ts';
import { parseJoinOptions } from './join-options.ts';

const BUILD = 'build-abc123';
const KEY = 'AbCdEfGhIjKlMnOpQrStUvWx';

/** The refusal code parseJoinOptions throws for these options, or null if it accepts them. */
function refusal(options: unknown): string | null {
  try {
    parseJoinOptions(options, BUILD, GAME_REGISTRY);
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(ServerError);
    expect((err as ServerError).code).toBe(MATCHMAKE_ERROR_CODE);
    return (err as ServerError).message;
  }
}

describe('parseJoinOptions', () => {
  it('accepts a minimal player and host join, defaulting to German', () => {
    expect(parseJoinOptions({ protocol: PROTOCOL_VERSION, role: 'player', nickname: 'Anna' }, BUILD, GAME_REGISTRY)).toEqual({
      role: 'player', lang: 'de', nickname: 'Anna', key: null, gameId: null, level: 1, practiceId: null, card: null, deviceId: null, setId: null,
    });
    expect(parseJoinOptions({ protocol: PROTOCOL_VERSION, role: 'host', lang: 'en', key: KEY, build: BUILD }, BUILD, GAME_REGISTRY))
      .toMatchObject({ role: 'host', lang: 'en', key: KEY });
  });

  it('takes a set id only for a solo player of a game that plays stored sets', () => {
    const solo = { protocol: PROTOCOL_VERSION, role: 'player', gameId: 'werkstatt', level: 1 };
    expect(parseJoinOptions({ ...solo, setId: 'abc-123_X' }, BUILD, GAME_REGISTRY).setId).toBe('abc-123_X');
    for (const bad of [{ ...solo, setId: '' }, { ...solo, setId: 'x y' }, { ...solo, setId: 7 }, { ...solo, setId: 'a'.repeat(65) }, { ...solo, gameId: 'reaktion', setId: 'abc' }, { protocol: PROTOCOL_VERSION, role: 'player', setId: 'abc' }, { protocol: PROTOCOL_VERSION, role: 'host', setId: 'abc' }]) {
      expect(refusal(bad), JSON.stringify(bad)).toBe('JOIN_INVALID');
    }
  });

  it('takes a device id of the key format and refuses any other', () => {
    expect(parseJoinOptions({ protocol: PROTOCOL_VERSION, role: 'player', nickname: 'Anna', device: KEY }, BUILD, GAME_REGISTRY).deviceId).toBe(KEY);
    for (const device of ['short', 42, 'x'.repeat(65), 'with space in it 1234']) {
      expect(refusal({ protocol: PROTOCOL_VERSION, role: 'player', nickname: 'Anna', device }), String(device)).toBe('JOIN_INVALID');
    }
  });

  it('accepts every registered game and level for solo, and defaults to the first level', () => {
    for (const game of GAMES) {
      for (const level of game.levels) {
        expect(parseJoinOptions({ protocol: PROTOCOL_VERSION, role: 'player', gameId: game.id, level }, BUILD, GAME_REGISTRY))
          .toMatchObject({ gameId: game.id, level });
      }
      expect(parseJoinOptions({ protocol: PROTOCOL_VERSION, role: 'player', gameId: game.id }, BUILD, GAME_REGISTRY).level).toBe(game.levels[0]);
    }
  });

  it('refuses another protocol version or another web client build with VERSION_MISMATCH', () => {
    for (const protocol of [PROTOCOL_VERSION + 1, 0, String(PROTOCOL_VERSION), undefined]) {
      expect(refusal({ protocol, role: 'player' }), describeJunk(protocol)).toBe('VERSION_MISMATCH');
    }
    expect(refusal({ protocol: PROTOCOL_VERSION, role: 'player', build: 'old-build' })).toBe('VERSION_MISMATCH');
  });

  it('refuses bad roles, keys, practice ids, games and levels with JOIN_INVALID', () => {
    const base = { protocol: PROTOCOL_VERSION, role: 'player' };
    const bad = [
      { ...base, role: 'admin' }, { ...base, role: undefined },
      { ...base, key: 'short' }, { ...base, key: 'x'.repeat(65) }, { ...base, key: `${KEY}!` }, { ...base, key: 1234567890123456 },
      { ...base, practiceId: 'has spaces in it here' }, { ...base, practiceId: 42 },
      { ...base, gameId: 'nope' }, { ...base, gameId: GAMES[0]!.id, level: 99 }, { ...base, gameId: GAMES[0]!.id, level: '1' },
    ];
    for (const options of bad) expect(refusal(options), JSON.stringify(options)).toBe('JOIN_INVALID');
  });

  it('passes a card code on as typed and refuses a card that is no short string', () => {
    expect(parseJoinOptions({ protocol: PROTOCOL_VERSION, role: 'player', card: '7kq2 m9xa' }, BUILD, GAME_REGISTRY).card).toBe('7kq2 m9xa');
    for (const card of [42, null, 'x'.repeat(65), { code: 'A' }]) expect(refusal({ protocol: PROTOCOL_VERSION, role: 'player', card })).toBe('CARD_INVALID');
  });

  it('refuses non-objects and never throws anything but a registered refusal on junk', () => {
    for (const options of [null, undefined, 1, 'join', true]) expect(refusal(options)).toBe('JOIN_INVALID');
    for (const options of junkValues(404, 300)) {
      const code = refusal(options);
      if (code !== null) expect(isErrorCode(code), describeJunk(options)).toBe(true);
    }
  });
});
