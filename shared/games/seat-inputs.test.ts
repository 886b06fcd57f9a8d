import { describe, expect, it } from 'vitest';
import { GAMES } from './index.ts';
import { canPlay, canPlayAny } from './seat-inputs.ts';

const byId = (id: string) => GAMES.find((g) => g.id === id);

describe('which seat kinds play which game', () => {
  it('phones play every game; a buzzer box only Reaktion (the one game that declares it)', () => {
    for (const game of GAMES) expect(canPlay(game, 'phone')).toBe(true);
    expect(GAMES.filter((g) => canPlay(g, 'box')).map((g) => g.id)).toEqual(['reaktion']);
  });

  it('an unknown game is phones only; a playlist with one box game lets a box play', () => {
    expect(canPlay(undefined, 'box')).toBe(false);
    expect(canPlay(undefined, 'phone')).toBe(true);
    expect(canPlayAny([byId('sensor-labor'), byId('werkstatt')], 'box')).toBe(false);
    expect(canPlayAny([byId('sensor-labor'), byId('reaktion')], 'box')).toBe(true);
  });
});
