import { describe, expect, it } from 'vitest';
import { junkValues, describeJunk } from '../../tests/helpers/garbage.ts';
import { findGame, GAMES } from '../games/index.ts';
import { MAX_PLAYLIST_ITEMS, MAX_ROUNDS_PER_ITEM } from './constants.ts';
import { CLIENT_MESSAGES, HOST_MESSAGES } from './client-messages.ts';
import {
  parseAnswerEnvelope, parseEmpty, parseKick, parseLock, parsePlaylist, parsePong, parseTime,
} from './messages.ts';

const INVALID = { ok: false, code: 'MESSAGE_INVALID' };
const PLAYLIST_INVALID = { ok: false, code: 'PLAYLIST_INVALID' };
/** Non-object payloads every object validator must refuse. */
const NOT_OBJECTS: unknown[] = [undefined, null, 0, 1, NaN, '', 'x', true, [], [1], [{}]];
const item = (gameId: unknown, level: unknown, rounds: unknown) => ({ gameId, level, rounds });
const BAD_NUMBERS: unknown[] = [NaN, Infinity, -Infinity, '1', null, undefined, true, [], {}, 1n];

describe('message lists', () => {
  it('host messages are client messages and have no duplicates', () => {
    for (const m of HOST_MESSAGES) expect(CLIENT_MESSAGES).toContain(m);
    expect(new Set(CLIENT_MESSAGES).size).toBe(CLIENT_MESSAGES.length);
    expect(new Set(HOST_MESSAGES).size).toBe(HOST_MESSAGES.length);
  });

  it('players may send time, pong and answer (they are not host-only)', () => {
    for (const m of ['time', 'pong', 'answer'] as const) expect(HOST_MESSAGES).not.toContain(m);
  });
});

describe('parseTime / parsePong', () => {
  const cases = [
    { name: 'parseTime', parse: parseTime, key: 'c' },
    { name: 'parsePong', parse: parsePong, key: 's' },
  ] as const;
  for (const { name, parse, key } of cases) {
    it(`${name} accepts a finite number and returns only that field`, () => {
      expect(parse({ [key]: 1_700_000_000_000 })).toEqual({ ok: true, value: { [key]: 1_700_000_000_000 } });
      expect(parse({ [key]: 0 })).toEqual({ ok: true, value: { [key]: 0 } });
      expect(parse({ [key]: 12.5, extra: 'ignored' })).toEqual({ ok: true, value: { [key]: 12.5 } });
    });

    it(`${name} refuses non-objects, missing and non-finite values`, () => {
      for (const p of NOT_OBJECTS) expect(parse(p)).toEqual(INVALID);
      expect(parse({})).toEqual(INVALID);
      expect(parse({ [key === 'c' ? 's' : 'c']: 5 })).toEqual(INVALID);
      for (const v of BAD_NUMBERS) expect(parse({ [key]: v }), describeJunk(v)).toEqual(INVALID);
    });
  }
});

describe('parseAnswerEnvelope', () => {
  it('accepts { round, data } and passes data through untouched', () => {
    const data = { trial: 2, rtMs: 240 };
    const r = parseAnswerEnvelope({ round: 3, data });
    expect(r).toEqual({ ok: true, value: { round: 3, data } });
    expect(r.ok && r.value.data).toBe(data);
    // data is the game's business, even null or undefined (the game's judge refuses it).
    expect(parseAnswerEnvelope({ round: 0, data: null })).toEqual({ ok: true, value: { round: 0, data: null } });
    expect(parseAnswerEnvelope({ round: 10_000, data: undefined })).toEqual({ ok: true, value: { round: 10_000, data: undefined } });
  });

  it('refuses a missing data field, bad round numbers and non-objects', () => {
    for (const p of NOT_OBJECTS) expect(parseAnswerEnvelope(p)).toEqual(INVALID);
    expect(parseAnswerEnvelope({ round: 1 })).toEqual(INVALID);
    for (const round of [-1, 10_001, 1.5, '1', ...BAD_NUMBERS]) {
      expect(parseAnswerEnvelope({ round, data: {} }), describeJunk(round)).toEqual(INVALID);
    }
  });
});

// The shipped registry's lookup, as the server passes it.
const playlist = (p: unknown) => parsePlaylist(p, findGame);

describe('parsePlaylist', () => {
  const first = GAMES[0]!;
  const firstLevel = first.levels[0]!;

  it('accepts every registered game with each of its levels', () => {
    expect(GAMES.length).toBeGreaterThan(0);
    for (const game of GAMES) {
      for (const level of game.levels) {
        expect(playlist({ items: [item(game.id, level, 1)] }), `${game.id} level ${level}`)
          .toEqual({ ok: true, value: [{ gameId: game.id, level, rounds: 1 }] });
      }
    }
  });

  it(`accepts 1 to ${MAX_ROUNDS_PER_ITEM} rounds and up to ${MAX_PLAYLIST_ITEMS} items, dropping extra fields`, () => {
    const items = Array.from({ length: MAX_PLAYLIST_ITEMS }, (_, i) => ({ ...item(first.id, firstLevel, (i % MAX_ROUNDS_PER_ITEM) + 1), note: 'x' }));
    const r = playlist({ items });
    expect(r).toEqual({ ok: true, value: items.map(({ gameId, level, rounds }) => ({ gameId, level, rounds })) });
    expect(playlist({ items: [item(first.id, firstLevel, MAX_ROUNDS_PER_ITEM)] }).ok).toBe(true);
  });

  it('refuses unknown games, including prototype names and other spellings', () => {
    for (const gameId of ['nope', '', first.id.toUpperCase(), ` ${first.id}`, '__proto__', 'constructor', 'toString', null, 1, {}, []]) {
      expect(playlist({ items: [item(gameId, firstLevel, 1)] }), describeJunk(gameId)).toEqual(PLAYLIST_INVALID);
    }
  });

  it('refuses levels a game does not have', () => {
    for (const game of GAMES) {
      const notLevels = [-1, 0, 100, Math.max(...game.levels) + 1, 1.5, '1', null, NaN].filter((l) => !game.levels.includes(l as number));
      for (const level of notLevels) {
        expect(playlist({ items: [item(game.id, level, 1)] }), `${game.id} ${describeJunk(level)}`).toEqual(PLAYLIST_INVALID);
      }
    }
  });

  it('refuses bad round counts', () => {
    for (const rounds of [0, -1, MAX_ROUNDS_PER_ITEM + 1, 1.5, '2', null, undefined, NaN, Infinity]) {
      expect(playlist({ items: [item(first.id, firstLevel, rounds)] }), describeJunk(rounds)).toEqual(PLAYLIST_INVALID);
    }
  });

  it('refuses empty, overlong and malformed lists', () => {
    for (const p of NOT_OBJECTS) expect(playlist(p)).toEqual(PLAYLIST_INVALID);
    expect(playlist({})).toEqual(PLAYLIST_INVALID);
    expect(playlist({ items: [] })).toEqual(PLAYLIST_INVALID);
    expect(playlist({ items: { 0: item(first.id, firstLevel, 1), length: 1 } })).toEqual(PLAYLIST_INVALID);
    const tooMany = Array.from({ length: MAX_PLAYLIST_ITEMS + 1 }, () => item(first.id, firstLevel, 1));
    expect(playlist({ items: tooMany })).toEqual(PLAYLIST_INVALID);
    // One bad entry spoils the whole list.
    for (const bad of [null, 'reaktion', [first.id, firstLevel, 1], item('nope', firstLevel, 1)]) {
      expect(playlist({ items: [item(first.id, firstLevel, 1), bad] }), describeJunk(bad)).toEqual(PLAYLIST_INVALID);
    }
  });
});

describe('parseKick', () => {
  it('accepts a player id of 1 to 32 characters', () => {
    expect(parseKick({ playerId: 'abc123' })).toEqual({ ok: true, value: { playerId: 'abc123' } });
    expect(parseKick({ playerId: 'x'.repeat(32) }).ok).toBe(true);
  });

  it('refuses empty, overlong and non-string ids', () => {
    for (const p of NOT_OBJECTS) expect(parseKick(p)).toEqual(INVALID);
    for (const playerId of ['', 'x'.repeat(33), 5, null, undefined, ['a'], { id: 'a' }]) {
      expect(parseKick({ playerId }), describeJunk(playerId)).toEqual(INVALID);
    }
  });
});

describe('parseLock', () => {
  it('accepts true and false', () => {
    expect(parseLock({ locked: true })).toEqual({ ok: true, value: { locked: true } });
    expect(parseLock({ locked: false })).toEqual({ ok: true, value: { locked: false } });
  });

  it('refuses truthy and falsy non-booleans', () => {
    for (const p of NOT_OBJECTS) expect(parseLock(p)).toEqual(INVALID);
    for (const locked of [1, 0, 'true', 'false', '', null, undefined, [], {}]) {
      expect(parseLock({ locked }), describeJunk(locked)).toEqual(INVALID);
    }
  });
});

describe('parseEmpty', () => {
  it('accepts nothing, null and an empty object', () => {
    for (const p of [undefined, null, {}]) expect(parseEmpty(p)).toEqual({ ok: true, value: null });
  });

  it('refuses any content', () => {
    for (const p of [{ a: 1 }, [], [1], 0, '', 'start', true, { undefined: undefined }]) {
      expect(parseEmpty(p), describeJunk(p)).toEqual(INVALID);
    }
  });
});

describe('every validator on junk', () => {
  const validators = { parseTime, parsePong, parseAnswerEnvelope, parsePlaylist: playlist, parseKick, parseLock, parseEmpty };
  it('never throws and returns either ok or a registered refusal code', () => {
    for (const value of junkValues(2025, 400)) {
      for (const [name, parse] of Object.entries(validators)) {
        let r: ReturnType<typeof parse> | undefined;
        expect(() => { r = parse(value); }, `${name}(${describeJunk(value)})`).not.toThrow();
        if (r && !r.ok) expect(['MESSAGE_INVALID', 'PLAYLIST_INVALID']).toContain(r.code);
      }
    }
  });
});
