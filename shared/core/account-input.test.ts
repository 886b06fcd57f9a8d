import { describe, expect, it } from 'vitest';
import { checkLogin, loginProblem } from './account-input.ts';

// The first-run form once answered "3 to 64 characters" to a login that only had a space in it.
describe('loginProblem', () => {
  it('names the character that is not allowed, a space included', () => {
    expect(loginProblem('Anna Weber')).toEqual({ kind: 'char', char: ' ' });
    expect(loginProblem('anna#1')).toEqual({ kind: 'char', char: '#' });
    expect(checkLogin('Anna Weber').ok).toBe(false);
  });
  it('names the length only when every character is allowed', () => {
    expect(loginProblem('ab')).toEqual({ kind: 'length', chars: 2 });
    expect(loginProblem('a'.repeat(65))).toEqual({ kind: 'length', chars: 65 });
  });
  it('agrees with checkLogin on valid logins, surrounding spaces trimmed', () => {
    for (const login of ['anna.weber', ' ömer_k ', 'trainer@firma-x']) {
      expect(loginProblem(login)).toBeNull();
      expect(checkLogin(login).ok).toBe(true);
    }
  });
});
