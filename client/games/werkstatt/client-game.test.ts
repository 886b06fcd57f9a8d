import { describe, expect, it } from 'vitest';
import { ackVerdict } from '../index.ts';

// Newcomer: the phone flashed no ✓/✗ after a Werkstatt answer, unlike the other games.
describe('Werkstatt on the phone', () => {
  it('flashes ✓ for a right answer, ✗ for a wrong or late one, nothing for a skip or a refusal', () => {
    expect(ackVerdict('werkstatt', { round: 0, answered: 1, task: 0, right: true })).toBe(true);
    expect(ackVerdict('werkstatt', { round: 0, answered: 1, task: 0, right: false })).toBe(false);
    expect(ackVerdict('werkstatt', { round: 0, answered: 1, task: 0 })).toBeNull();
    expect(ackVerdict('werkstatt', { round: 0, answered: 0, task: null, error: 'MESSAGE_INVALID' })).toBeNull();
  });
});
