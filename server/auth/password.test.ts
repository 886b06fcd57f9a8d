import { describe, expect, it } from 'vitest';
import { quantile } from '../../shared/core/stats.ts';
import { hashPassword, needsRehash, PASSWORDS, PasswordHasher, SCRYPT_PARAMS, verifyPassword } from './password.ts';

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

  it('the dummy check for unknown logins always fails, in the time of a real wrong-password check', { timeout: 60_000 }, async () => {
    expect(await PASSWORDS.verifyDummy('not a real password, only for timing')).toBe(false);
    // With the real parameters (the integration tests' servers use cheap ones and check that
    // both paths do one check at the server's cost): an unknown login must not be told apart by time.
    const stored = await PASSWORDS.hash('das-richtige-passwort');
    const timed = async (check: () => Promise<boolean>) => {
      const t0 = performance.now();
      expect(await check()).toBe(false);
      return performance.now() - t0;
    };
    // Interleaved and compared by their medians: unit files run side by side, and a load change
    // that hits two checks in a row (CI's Node 24 step once measured 2.8×) then hits both kinds.
    const wrongTimes: number[] = [];
    const unknownTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      wrongTimes.push(await timed(() => PASSWORDS.verify('falsch', stored)));
      unknownTimes.push(await timed(() => PASSWORDS.verifyDummy('falsch')));
    }
    const ratio = quantile(unknownTimes, 0.5)! / quantile(wrongTimes, 0.5)!;
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(2.5);
  });

  it('a hasher made without parameters (the server default) uses the real ones; an injected one hashes with its own', async () => {
    expect(new PasswordHasher().params).toBe(SCRYPT_PARAMS);
    expect(PASSWORDS.params).toBe(SCRYPT_PARAMS);
    const cheap = new PasswordHasher(CHEAP);
    const hash = await cheap.hash('eigenes-passwort');
    expect(hash.startsWith(`scrypt$${CHEAP.N}$${CHEAP.r}$${CHEAP.p}$`)).toBe(true);
    expect(cheap.needsRehash(hash)).toBe(false);
    expect(PASSWORDS.needsRehash(hash)).toBe(true);
    // A hash names its own parameters: any hasher verifies it.
    expect(await PASSWORDS.verify('eigenes-passwort', hash)).toBe(true);
    expect(await cheap.verifyDummy('eigenes-passwort')).toBe(false);
  });
});
