import { describe, expect, it } from 'vitest';
import { joinUrls, phonesCanReach } from './lan-addresses.ts';

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

// Newcomer: the lobby showed http://192.168.x.y/ as QR while the server listened on 127.0.0.1 only.
// A join link must name an address the server listens on.
describe('joinUrls', () => {
  const lan = ['192.168.1.20', '10.0.0.5'];
  it('lists every LAN address when the server listens on all interfaces', () => {
    for (const host of ['0.0.0.0', '::', '']) expect(joinUrls(null, 2567, host, lan), host).toEqual(['http://192.168.1.20:2567/', 'http://10.0.0.5:2567/']);
    expect(joinUrls(null, 2567, '0.0.0.0', [])).toEqual(['http://localhost:2567/']);
  });
  it('offers no LAN address for a loopback-only server: only this machine reaches it', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]']) expect(joinUrls(null, 2567, host, lan), host).toEqual(['http://localhost:2567/']);
  });
  it('offers only the one address a server bound to a single interface listens on', () => {
    expect(joinUrls(null, 2567, '10.0.0.5', lan)).toEqual(['http://10.0.0.5:2567/']);
    expect(joinUrls(null, 2567, 'fd00::2', lan)).toEqual(['http://[fd00::2]:2567/']);
  });
  it('offers PUBLIC_URL alone when set, whatever the interface', () => {
    expect(joinUrls('https://arcade.example.org', 2567, '127.0.0.1', lan)).toEqual(['https://arcade.example.org/']);
  });
});
