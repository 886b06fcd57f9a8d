import { describe, expect, it } from 'vitest';
import { cardUrls } from './card-addresses.ts';

describe('cardUrls', () => {
  it('uses PUBLIC_URL alone when set (with a trailing slash)', () => {
    expect(cardUrls('https://arcade.example.org', 2567, 'schulung-pc', ['192.168.1.20'])).toEqual(['https://arcade.example.org/']);
  });

  it('puts the host name (.local first) before any IP, which changes with the network', () => {
    expect(cardUrls(null, 2567, 'Schulung-PC', ['192.168.1.20'])).toEqual([
      'http://schulung-pc.local:2567/', 'http://schulung-pc:2567/', 'http://192.168.1.20:2567/',
    ]);
  });

  it('does not double a .local suffix', () => {
    expect(cardUrls(null, 80, 'laptop.local', [])).toEqual(['http://laptop.local:80/', 'http://laptop:80/']);
  });

  it('skips a host name that is not a valid DNS label and falls back to the IPs, then localhost', () => {
    expect(cardUrls(null, 2567, 'my laptop', ['10.0.0.5'])).toEqual(['http://10.0.0.5:2567/']);
    expect(cardUrls(null, 2567, '', [])).toEqual(['http://localhost:2567/']);
  });
});
