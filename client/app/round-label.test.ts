import { describe, expect, it } from 'vitest';
import { itemOfRound, levelText, playlistGameText, roundSetTitle } from './round-label.ts';

// Newcomer finding: a hosted round of the company's set "Prüfraum Basics" was called
// "Stufe 1: Beispielsatz" (the built-in example's level name) on every screen.

const playlist = [
  { gameId: 'reaktion', level: 1, rounds: 2 },
  { gameId: 'werkstatt', level: 1, rounds: 2, setId: 'x', setTitle: 'Prüfraum Basics' },
];

describe('levelText / roundSetTitle (one place names a round)', () => {
  it('names the company set instead of the example level, in German and English', () => {
    expect(levelText('de', 'werkstatt', 1, 'Prüfraum Basics')).toBe('Aufgabensatz: Prüfraum Basics');
    expect(levelText('en', 'werkstatt', 1, 'Prüfraum Basics')).toBe('Task set: Prüfraum Basics');
    expect(levelText('de', 'werkstatt', 1, 'Prüfraum Basics')).not.toContain('Beispielsatz');
  });

  it('keeps the level name for a game\'s own levels', () => {
    expect(levelText('de', 'werkstatt', 1)).toMatch(/^Stufe 1: /);
    expect(levelText('en', 'werkstatt', 1, '')).toMatch(/^Level 1: /);
  });

  it('finds the set title of the round being played', () => {
    expect(itemOfRound(playlist, 3)?.gameId).toBe('werkstatt');
    expect(roundSetTitle(playlist, 0, 'reaktion')).toBe('');
    expect(roundSetTitle(playlist, 2, 'werkstatt')).toBe('Prüfraum Basics');
    expect(roundSetTitle(playlist, 3, 'werkstatt')).toBe('Prüfraum Basics');
    expect(roundSetTitle(playlist, -1, 'werkstatt')).toBe('');
  });

  it('names the set in the lobby\'s playlist line', () => {
    expect(playlistGameText('de', playlist[1]!)).toBe('Werkstatt (Prüfraum Basics)');
    expect(playlistGameText('en', playlist[1]!)).toBe('Workshop (Prüfraum Basics)');
    expect(playlistGameText('de', playlist[0]!)).toBe('Reaktion');
  });
});
