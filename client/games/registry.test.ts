import { describe, expect, it } from 'vitest';
import { GAMES } from '../../shared/games/index.ts';
import { CLIENT_GAME_IDS } from './index.ts';

// A game must be registered on both sides: a shared entry without a client can be put on a
// playlist but never shown; a client entry without rules can never be played.

describe('client game registry', () => {
  it('lists exactly the games of the shared registry', () => {
    expect([...CLIENT_GAME_IDS].sort()).toEqual(GAMES.map((g) => g.id).sort());
  });

  it('has a scene folder for each game (the id is the folder name)', async () => {
    const scenes = import.meta.glob('./*/scene.ts');
    expect(Object.keys(scenes).map((p) => p.split('/')[1]).sort()).toEqual([...CLIENT_GAME_IDS].sort());
  });
});
