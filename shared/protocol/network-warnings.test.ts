import { describe, expect, it } from 'vitest';
import { isLoopbackHost, NETWORK_WARNING_TEXTS, networkWarning } from './network-warnings.ts';

describe('network warning (server start and connection check)', () => {
  it('warns when the server listens on loopback only, whatever the LAN', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.1.1']) {
      expect(networkWarning(host, ['192.168.1.20'])).toBe('LOOPBACK_ONLY');
    }
  });

  it('warns when listening on all interfaces but the machine has no LAN address', () => {
    expect(networkWarning('0.0.0.0', [])).toBe('NO_LAN_ADDRESS');
    expect(networkWarning('::', [])).toBe('NO_LAN_ADDRESS');
  });

  it('stays quiet when phones can reach a LAN address', () => {
    expect(networkWarning('0.0.0.0', ['192.168.1.20'])).toBeNull();
    expect(networkWarning('10.0.0.5', ['10.0.0.5'])).toBeNull();
  });

  it('tells loopback from look-alikes', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('1270.0.0.1')).toBe(false);
    expect(isLoopbackHost('localhost.example')).toBe(false);
  });

  it('has German and English texts for every warning', () => {
    for (const t of Object.values(NETWORK_WARNING_TEXTS)) {
      expect(t.de.length).toBeGreaterThan(20);
      expect(t.en.length).toBeGreaterThan(20);
      expect(t.de).not.toBe(t.en);
    }
  });
});
