import { describe, expect, it } from 'vitest';
import { GAME_REGISTRY } from '../games/index.ts';
import { CLIENT_MESSAGE_TABLE, CLIENT_MESSAGES, HOST_MESSAGES } from './client-messages.ts';

const find = GAME_REGISTRY.find;

// The client → server table is the protocol's list of messages (docs/PROTOCOL.md §3): these
// tests pin it, so a row added, dropped or made host-only shows up as a protocol change.

describe('the client message table', () => {
  it('lists exactly the protocol 2 client messages', () => {
    expect(new Set(CLIENT_MESSAGES)).toEqual(new Set(['time', 'pong', 'answer', 'playlist', 'start', 'pause', 'resume', 'next', 'end', 'kick', 'readmit', 'lock', 'settings', 'again', 'ready', 'sound']));
  });

  it('marks exactly the host controls as host-only', () => {
    expect(new Set(HOST_MESSAGES)).toEqual(new Set(['playlist', 'start', 'pause', 'resume', 'next', 'end', 'kick', 'readmit', 'lock', 'settings', 'again']));
  });

  it('checks each payload with its own validator', () => {
    expect(CLIENT_MESSAGE_TABLE.time.parse({ c: 5 }, find)).toEqual({ ok: true, value: { c: 5 } });
    expect(CLIENT_MESSAGE_TABLE.time.parse({ s: 5 }, find)).toEqual({ ok: false, code: 'MESSAGE_INVALID' });
    expect(CLIENT_MESSAGE_TABLE.pong.parse({ s: 5 }, find)).toEqual({ ok: true, value: { s: 5 } });
    expect(CLIENT_MESSAGE_TABLE.kick.parse({ playerId: 'p1' }, find)).toEqual({ ok: true, value: { playerId: 'p1' } });
    expect(CLIENT_MESSAGE_TABLE.readmit.parse({}, find)).toEqual({ ok: false, code: 'MESSAGE_INVALID' });
    expect(CLIENT_MESSAGE_TABLE.lock.parse({ locked: true }, find)).toEqual({ ok: true, value: { locked: true } });
    expect(CLIENT_MESSAGE_TABLE.settings.parse({ autoAdvance: 'yes' }, find)).toEqual({ ok: false, code: 'MESSAGE_INVALID' });
    expect(CLIENT_MESSAGE_TABLE.playlist.parse({ items: [] }, find)).toEqual({ ok: false, code: 'PLAYLIST_INVALID' });
    expect(CLIENT_MESSAGE_TABLE.ready.parse({ games: ['reaktion'] }, find)).toEqual({ ok: true, value: { games: ['reaktion'] } });
    for (const type of ['start', 'pause', 'resume', 'again'] as const) {
      expect(CLIENT_MESSAGE_TABLE[type].parse(undefined, find)).toEqual({ ok: true, value: null });
      expect(CLIENT_MESSAGE_TABLE[type].parse({ x: 1 }, find)).toEqual({ ok: false, code: 'MESSAGE_INVALID' });
    }
    // Issue 19: the controls that act on the whole class carry the host's confirmation.
    for (const type of ['next', 'end'] as const) {
      expect(CLIENT_MESSAGE_TABLE[type].parse(undefined, find)).toEqual({ ok: true, value: { confirmed: false } });
      expect(CLIENT_MESSAGE_TABLE[type].parse({ confirmed: true }, find)).toEqual({ ok: true, value: { confirmed: true } });
      for (const bad of [{ x: 1 }, { confirmed: 'yes' }, { confirmed: true, x: 1 }]) expect(CLIENT_MESSAGE_TABLE[type].parse(bad, find)).toEqual({ ok: false, code: 'MESSAGE_INVALID' });
    }
  });

  it('leaves the answer envelope to the phase machine (WRONG_PHASE before MESSAGE_INVALID)', () => {
    expect(CLIENT_MESSAGE_TABLE.answer.parse('junk', find)).toEqual({ ok: true, value: 'junk' });
  });
});
