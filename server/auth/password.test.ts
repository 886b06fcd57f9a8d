import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, SCRYPT_PARAMS, verifyDummy, verifyPassword } from './password.ts';

// Cheap parameters keep most cases fast; one case uses the real ones.
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing', () => {
  // Real scrypt parameters (64 MiB, memory-hard) take seconds on a loaded 2-core machine.
  it('verifies the right password with the real parameters and stores them in the hash', { timeout: 30_000 }, async () => {
    const hash = await hashPassword('richtig-langes-passwort');
    expect(hash).toMatch(new RegExp(`^scrypt\\$${SCRYPT_PARAMS.N}\\$${SCRYPT_PARAMS.r}\\$${SCRYPT_PARAMS.p}\\$[\\w-]+\\$[\\w-]+$`));
    expect(SCRYPT_PARAMS.N * SCRYPT_PARAMS.r * 128).toBeGreaterThanOrEqual(64 * 1024 * 1024); // memory-hard: 64 MiB or more
    expect(await verifyPassword('richtig-langes-passwort', hash)).toBe(true);
    expect(await verifyPassword('richtig-langes-passworT', hash)).toBe(false);
    expect(hash).not.toContain('richtig');
  });

  it('salts: the same password gives different hashes', async () => {
    expect(await hashPassword('same password', CHEAP)).not.toBe(await hashPassword('same password', CHEAP));
  });

  it('treats composed and decomposed umlauts alike', async () => {
    const hash = await hashPassword('Prüfung-2026!', CHEAP);
    expect(await verifyPassword('Pru\u0308fung-2026!', hash)).toBe(true);
  });

  it('never matches a malformed hash', async () => {
    for (const bad of ['', 'scrypt', 'bcrypt$1$2$3$a$b', 'scrypt$x$8$1$AAAA$AAAA', 'scrypt$1024$8$1$$AAAA', 'scrypt$1024$8$1$AAAA$']) {
      expect(await verifyPassword('whatever', bad), bad).toBe(false);
    }
  });

  it('upgrade path: old parameters still verify and are flagged for rehashing', async () => {
    const old = await hashPassword('altes-passwort-123', CHEAP);
    expect(await verifyPassword('altes-passwort-123', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(old, CHEAP)).toBe(false);
    const raised = { ...CHEAP, N: 2 ** 11 };
    expect(needsRehash(await hashPassword('x'.repeat(10), raised), raised)).toBe(false);
    expect(needsRehash('garbage')).toBe(true);
  });

  it('the dummy check for unknown logins always fails', { timeout: 30_000 }, async () => {
    expect(await verifyDummy('not a real password, only for timing')).toBe(false);
  });
});
