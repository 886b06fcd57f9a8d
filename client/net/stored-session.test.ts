import { afterEach, describe, expect, it, vi } from 'vitest';
import { identityTag, rememberSession, savedSeat } from './stored-session.ts';

/** A Storage in memory (the unit project runs in Node). */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k), clear: () => m.clear(), key: () => null, get length() { return m.size; } };
}

afterEach(() => vi.unstubAllGlobals());

describe('N7b: a saved seat goes back only to the identity that took it', () => {
  it('tags a card by a hash (never the code) and a nickname case-folded', () => {
    expect(identityTag({ card: '74qs-7kb0-bgz6-cc5n' })).toBe(identityTag({ card: '74QS7KB0BGZ6CC5N' }));
    expect(identityTag({ card: '74QS7KB0BGZ6CC5N' })).not.toContain('74QS');
    expect(identityTag({ card: '74QS7KB0BGZ6CC5N' })).not.toBe(identityTag({ card: '74QS7KB0BGZ6CC5P' }));
    expect(identityTag({ nickname: 'Anna ' })).toBe(identityTag({ nickname: 'anna' }));
  });

  it('a second pupil typing the same code on a shared tablet does not get the first one\'s seat', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    vi.stubGlobal('sessionStorage', memoryStorage());
    const mia = identityTag({ card: '74QS7KB0BGZ6CC5N' });
    rememberSession({ roomId: 'r1', key: 'k'.repeat(24), role: 'player', code: '123456', identity: mia });
    expect(savedSeat('123456', mia)?.roomId).toBe('r1');
    expect(savedSeat('123456', identityTag({ nickname: 'Leon' }))).toBeNull();
    expect(savedSeat('123456', identityTag({ card: '99QS7KB0BGZ6CC5N' }))).toBeNull();
  });
});
