import { describe, expect, it } from 'vitest';
import { GAMES } from '../../shared/games/index.ts';
import { CLIENT_GAME_IDS } from './index.ts';

// A game must be registered on both sides: a shared entry without a client can be put on a
// playlist but never shown; a client entry without rules can never be played.

/**
 * Games whose rules landed before their client (built in parallel). Each entry fails this
 * test as soon as its client is registered, so the list cannot outlive its reason.
 */
const CLIENT_PENDING: readonly string[] = [];

describe('client game registry', () => {
  it('lists exactly the games of the shared registry (minus clients still being built)', () => {
    const shared = GAMES.map((g) => g.id).filter((id) => !CLIENT_PENDING.includes(id));
    expect([...CLIENT_GAME_IDS].sort()).toEqual(shared.sort());
  });

  it('has no pending entry that is registered already or unknown', () => {
    for (const id of CLIENT_PENDING) {
      expect(CLIENT_GAME_IDS, `${id}: remove it from CLIENT_PENDING`).not.toContain(id);
      expect(GAMES.map((g) => g.id), id).toContain(id);
    }
  });

  it('has a scene module for each game (the id is the folder name)', () => {
    const scenes = import.meta.glob('./*/scene.ts');
    expect(Object.keys(scenes).map((p) => p.split('/')[1]).sort()).toEqual([...CLIENT_GAME_IDS].sort());
  });
});
