import { describe, expect, it } from 'vitest';
import { phonesCanReach } from './lan-addresses.ts';

// m21: with HOST=127.0.0.1 the projector advertised a LAN address the server did not listen on.

describe('phonesCanReach', () => {
  it('is false for a loopback-only server without PUBLIC_URL', () => {
    for (const host of ['127.0.0.1', '127.0.1.1', 'localhost', '::1', '[::1]']) expect(phonesCanReach(host, null), host).toBe(false);
  });
  it('is true for all interfaces, a LAN address, or a PUBLIC_URL in front', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20']) expect(phonesCanReach(host, null), host).toBe(true);
    expect(phonesCanReach('127.0.0.1', 'https://arcade.example.org/')).toBe(true);
  });
});
