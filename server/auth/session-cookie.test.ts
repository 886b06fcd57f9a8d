import { describe, expect, it } from 'vitest';
import type { Request } from 'express';
import { hashToken, isSameOrigin, newToken, readTokenCookie } from './session-cookie.ts';

const req = (cookie: string) => ({ headers: { cookie } }) as unknown as Request;

describe('session tokens and cookies', () => {
  it('makes 256-bit tokens and stores only a hash', () => {
    const t = newToken();
    expect(t).toMatch(/^[\w-]{43}$/);
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(t)).not.toContain(t);
  });

  it('reads only well-formed tokens from the cookie header', () => {
    const t = newToken();
    expect(readTokenCookie(req(`a=b; arcade_session=${t}; c=d`), 'arcade_session')).toBe(t);
    expect(readTokenCookie(req('arcade_session=short'), 'arcade_session')).toBeNull();
    expect(readTokenCookie(req(`x_arcade_session=${t}`), 'arcade_session')).toBeNull();
    expect(readTokenCookie(req(''), 'arcade_session')).toBeNull();
  });
});

describe('isSameOrigin (CSRF guard)', () => {
  it('accepts the own host by Origin or Referer', () => {
    expect(isSameOrigin({ origin: 'http://192.168.1.20:2567', host: '192.168.1.20:2567' })).toBe(true);
    expect(isSameOrigin({ referer: 'https://arcade.example/host?x=1', host: 'arcade.example' })).toBe(true);
  });

  it('refuses other hosts, missing headers and junk', () => {
    expect(isSameOrigin({ origin: 'http://evil.example', host: 'arcade.example' })).toBe(false);
    expect(isSameOrigin({ origin: 'http://arcade.example.evil.example', host: 'arcade.example' })).toBe(false);
    expect(isSameOrigin({ origin: 'null', host: 'arcade.example' })).toBe(false);
    expect(isSameOrigin({ host: 'arcade.example' })).toBe(false);
    expect(isSameOrigin({ origin: 'http://arcade.example' })).toBe(false);
    expect(isSameOrigin({ origin: 'javascript:alert(1)', host: 'arcade.example' })).toBe(false);
    expect(isSameOrigin({ origin: 'not a url', host: 'arcade.example' })).toBe(false);
  });
});
