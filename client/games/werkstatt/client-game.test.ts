import { describe, expect, it } from 'vitest';
import { werkstattClient } from './client-game.ts';

// Newcomer: the phone flashed no ✓/✗ after a Werkstatt answer, unlike the other games.
describe('Werkstatt on the phone', () => {
  it('flashes ✓ for a right answer, ✗ for a wrong or late one, nothing for a skip or a refusal', () => {
    const verdict = werkstattClient.ackVerdict!;
    expect(verdict({ round: 0, task: 0, right: true })).toBe(true);
    expect(verdict({ round: 0, task: 0, right: false })).toBe(false);
    expect(verdict({ round: 0, task: 0 })).toBeNull();
    expect(verdict({ round: 0, task: null, error: 'MESSAGE_INVALID' })).toBeNull();
  });
});
