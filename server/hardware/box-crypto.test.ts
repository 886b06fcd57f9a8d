import { describe, expect, it } from 'vitest';
import { boxLoginPassword, boxSignKey, envelope, loginHash, newBoxSecret, newNonce, sameHex, signBody, verifyBody } from './box-crypto.ts';

const KNOWN_PONG_SIG = '13e4af46ab7bbcb3189f56b7abbf1df9179acf13abc3ca56d4fd8459243357ed';

describe('box credential and signatures', () => {
  it('derives a login password and a signing key that differ from each other and from the secret', () => {
    const secret = newBoxSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const pw = boxLoginPassword(secret);
    const key = boxSignKey(secret);
    expect(pw).toMatch(/^[0-9a-f]{64}$/);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set([secret, pw, key, loginHash(pw)]).size).toBe(4);
    expect(boxSignKey(newBoxSecret())).not.toBe(key);
    // Known answer (HMAC-SHA256), so a box in another language can check its implementation.
    // Known answers (docs/HARDWARE.md §Credentials), so a box in another language can check its code.
    expect(boxLoginPassword('test-secret')).toBe('cd4706358522df0cdcc10eb7990f2b5c6decaaf10eca6f53fc93921a0313eccb');
    expect(boxSignKey('test-secret')).toBe('44c0dd8cb8f8a2e85e32ec308120efc9f11f2f4161f6b463e47af1bba139a7a6');
    expect(signBody(boxSignKey('test-secret'), 'up', '{"t":"pong","s":1000}')).toBe(KNOWN_PONG_SIG);
  });

  it('verifies its own signature only: other key, other direction or another body fail', () => {
    const key = boxSignKey(newBoxSecret());
    const m = JSON.stringify({ t: 'press', round: 0, trial: 1, nonce: 'abcdefghijkl', rtUs: 250000, at: null });
    const sig = signBody(key, 'up', m);
    expect(verifyBody(key, 'up', m, sig)).toBe(true);
    expect(verifyBody(key, 'down', m, sig)).toBe(false);
    expect(verifyBody(boxSignKey(newBoxSecret()), 'up', m, sig)).toBe(false);
    expect(verifyBody(key, 'up', m.replace('250000', '150000'), sig)).toBe(false);
    expect(verifyBody(key, 'up', m, 'ab')).toBe(false);
    const env = JSON.parse(envelope(key, 'down', { t: 'ping', s: 5 })) as { m: string; sig: string };
    expect(verifyBody(key, 'down', env.m, env.sig)).toBe(true);
  });

  it('compares hex in constant time and makes fresh nonces', () => {
    expect(sameHex('ab', 'ab')).toBe(true);
    expect(sameHex('ab', 'ac')).toBe(false);
    expect(sameHex('', '')).toBe(false);
    expect(newNonce()).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(newNonce()).not.toBe(newNonce());
  });
});
