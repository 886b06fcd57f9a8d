import { describe, expect, it } from 'vitest';
import { GAME_REGISTRY, GAMES } from '../../shared/games/index.ts';
import { gameRegistry } from '../../shared/games/registry.ts';
import { parsePlaylist, parseReady } from '../../shared/protocol/messages.ts';
import { parseJoinOptions } from '../../server/rooms/join-options.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { PROBE_CUE_MS, PROBE_ID, PROBE_MAX_SCORE, probeGame, TEST_GAMES } from '../helpers/probe-game.ts';
import { reaktion } from '../../shared/games/reaktion/index.ts';
import { SAMPLE_SET } from '../../shared/games/werkstatt/sample.ts';
import { ContentPins } from '../../server/rooms/content-pins.ts';
import { importSpecifiers, listFiles, readRepoFile, resolveFromRepo } from '../helpers/source-scan.ts';

// The game registry is a value the server is given: a game is known exactly when the registry
// passed in has it. Test servers get the probe game on top of the shipped ones.

const CTX = { nowMs: 0, playStartMs: 0, oneWayMs: 0 };
const SET_ID = '11111111-1111-4111-8111-111111111111';

describe('the injected game registry', () => {
  it('knows a game only when the registry passed in has it', () => {
    const join = { protocol: PROTOCOL_VERSION, role: 'player', gameId: PROBE_ID, level: 1 };
    expect(() => parseJoinOptions(join, 'b', GAME_REGISTRY)).toThrow('JOIN_INVALID');
    expect(parseJoinOptions(join, 'b', TEST_GAMES).gameId).toBe(PROBE_ID);
    const items = [{ gameId: PROBE_ID, level: 1, rounds: 1 }];
    expect(parsePlaylist({ items }, GAME_REGISTRY.find)).toEqual({ ok: false, code: 'PLAYLIST_INVALID' });
    expect(parsePlaylist({ items }, TEST_GAMES.find)).toEqual({ ok: true, value: items });
    expect(parseReady({ games: [PROBE_ID] }, GAME_REGISTRY.find).ok).toBe(false);
    expect(parseReady({ games: [PROBE_ID, 'reaktion'] }, TEST_GAMES.find)).toEqual({ ok: true, value: { games: [PROBE_ID, 'reaktion'] } });
  });

  it('covers Werkstatt and its stored sets: the playlist check and the content pins ask the registry passed in', async () => {
    expect(GAME_REGISTRY.find('werkstatt')?.authored).toBeDefined();
    expect(TEST_GAMES.find('werkstatt')).toBe(GAME_REGISTRY.find('werkstatt'));
    const items = [{ gameId: 'werkstatt', level: 1, rounds: 1, setId: SET_ID }];
    const without = gameRegistry(GAMES.filter((g) => g.id !== 'werkstatt'));
    expect(parsePlaylist({ items }, GAME_REGISTRY.find)).toEqual({ ok: true, value: items });
    expect(parsePlaylist({ items }, without.find)).toEqual({ ok: false, code: 'PLAYLIST_INVALID' });
    const source = { find: async () => ({ version: 3, title: 'Beispiel', content: SAMPLE_SET }) };
    expect(await new ContentPins(source, GAME_REGISTRY).pin(items, 'company-a')).toEqual([{ ...items[0], setTitle: 'Beispiel' }]);
    expect(await new ContentPins(source, without).pin(items, 'company-a')).toBe('PLAYLIST_INVALID');
  });

  it('keeps the shipped order, puts the probe first for tests, and refuses duplicate ids', () => {
    expect(GAME_REGISTRY.all).toBe(GAMES);
    expect(TEST_GAMES.all.map((g) => g.id)).toEqual([PROBE_ID, ...GAMES.map((g) => g.id)]);
    expect(GAME_REGISTRY.find('__proto__')).toBeUndefined();
    expect(() => gameRegistry([reaktion, reaktion])).toThrow(/unique/);
  });

  it('is never imported by the protocol floor, nor any game code (the validators take a lookup instead)', () => {
    const shipped = listFiles('shared/protocol', /\.ts$/).filter((f) => !f.endsWith('.test.ts'));
    expect(shipped.length).toBeGreaterThan(0);
    const upward = shipped.flatMap((f) => importSpecifiers(readRepoFile(f)).filter((s) => s.startsWith('.')).map((s) => [f, resolveFromRepo(f, s)]));
    // Never the registry; of a game only its types (the task-set API shapes name Werkstatt's model).
    expect(upward.filter(([, target]) => target === 'shared/games/index.ts')).toEqual([]);
    const valueImports = shipped.flatMap((f) => [...readRepoFile(f).matchAll(/^import (?!type )[^;]*?from '([^']+)'/gm)]
      .map((m) => [f, resolveFromRepo(f, m[1]!)]));
    expect(valueImports.filter(([, target]) => target!.startsWith('shared/games/'))).toEqual([]);
    // The check sees imports at all: the protocol does import its own constants.
    expect(upward.some(([, target]) => target!.startsWith('shared/protocol/'))).toBe(true);
  });
});

describe('the probe game', () => {
  it('has one early cue and pays 1000 − reaction time for one answer, nothing for silence or junk', () => {
    const round = probeGame.createRound(1, 1);
    expect(probeGame.cues(round)).toEqual([{ atMs: PROBE_CUE_MS, leadMs: 0, data: { kind: 'stimulus', trial: 0 } }]);
    const silent = probeGame.newPlayer(round);
    expect(probeGame.score(round, silent).score).toBe(0);
    for (const junk of [null, {}, { trial: 1, rtMs: 5 }, { trial: 0, rtMs: -1 }, { trial: 0, rtMs: 1.5 }, { trial: 0, rtMs: 5000 }]) {
      expect(probeGame.judge(round, silent, junk, CTX).error).toBe('MESSAGE_INVALID');
    }
    const answered = probeGame.judge(round, silent, { trial: 0, rtMs: 250 }, CTX);
    expect(answered.error).toBeUndefined();
    expect(probeGame.isDone(round, answered.player)).toBe(true);
    expect(probeGame.score(round, answered.player).score).toBe(PROBE_MAX_SCORE - 250);
    expect(probeGame.judge(round, answered.player, { trial: 0, rtMs: 10 }, CTX).error).toBe('ALREADY_ANSWERED');
  });
});
