import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, compileTrust } from './client-address.ts';
import { hostAllowlist } from './host-allowlist.ts';
import { isOriginForm, isValidHost, refusal, requestProtocol } from './request-guard.ts';

function req(headers: Record<string, string>, url = '/', remoteAddress = '127.0.0.1', encrypted = false): IncomingMessage {
  return { headers, url, socket: { remoteAddress, encrypted } } as unknown as IncomingMessage;
}

describe('request guard (security review N1)', () => {
  it('accepts the Host values browsers and proxies send', () => {
    for (const host of ['localhost', 'localhost:2567', '192.168.1.20:2567', 'arcade.example.org', 'laptop.local:2567', '[::1]:2567', '[fe80::1]']) {
      expect(isValidHost(host), host).toBe(true);
    }
  });

  it('refuses every Host that a URL cannot be built from, or that is no authority', () => {
    for (const host of [undefined, '', ' ', 'a b', 'ht tp://a b', 'http://x', '[', '::1]', 'x:y:z', 'a:99999', 'a:', '%zz', 'a/b', 'a@b', '\xff', 'a'.repeat(300)]) {
      expect(isValidHost(host), JSON.stringify(host)).toBe(false);
    }
  });

  it('N3: a named proxy or a hop count takes the address the proxy saw, never the leftmost one a client wrote', () => {
    const viaProxy = req({ host: 'localhost', 'x-forwarded-for': '198.51.100.7, 203.0.113.9' });
    expect(clientAddress(viaProxy, compileTrust('loopback'))).toBe('203.0.113.9');
    expect(clientAddress(viaProxy, compileTrust(1))).toBe('203.0.113.9');
    expect(clientAddress(viaProxy, compileTrust(false))).toBe('127.0.0.1');
  });

  it('N13: answers only to its own names (DNS rebinding); IP addresses always pass', () => {
    const allowed = hostAllowlist('https://arcade.example.org/', ['pc-12'], 'Schulung-PC');
    for (const host of ['localhost:2567', '127.0.0.1:2567', '192.168.1.20', '[::1]:2567', '[fe80::1]', 'schulung-pc:2567', 'Schulung-PC.local:2567', 'arcade.example.org', 'pc-12', 'app.localhost']) {
      expect(allowed(host), host).toBe(true);
    }
    for (const host of ['evil.example', 'evil.example:2567', 'arcade.example.org.evil.example', '127.0.0.1.nip.io']) expect(allowed(host), host).toBe(false);
    expect(refusal(req({ host: 'evil.example:2567' }), allowed)).toBe('Host name');
    expect(refusal(req({ host: '192.168.1.20:2567' }), allowed)).toBeNull();
  });

  it('lets only origin-form request targets through', () => {
    expect(isOriginForm('/')).toBe(true);
    expect(isOriginForm('/matchmake/create/solo?x=1')).toBe(true);
    for (const target of ['*', 'http://a/b', '//evil/x', '', undefined]) expect(isOriginForm(target), String(target)).toBe(false);
    expect(refusal(req({ host: 'localhost' }, 'http://x:1/y'))).toBe('target');
    expect(refusal(req({ host: 'a b' }))).toBe('Host');
    expect(refusal(req({ host: 'localhost:2567' }, '/health'))).toBeNull();
  });

  it('decides the scheme itself: a client header counts only from a trusted proxy, and only http or https', () => {
    const none = compileTrust(false);
    const loopback = compileTrust('loopback');
    expect(requestProtocol(req({ 'x-forwarded-proto': 'https' }), none)).toBe('http');
    expect(requestProtocol(req({ 'x-forwarded-proto': 'https' }), loopback)).toBe('https');
    expect(requestProtocol(req({ 'x-forwarded-proto': 'https, http' }), loopback)).toBe('https');
    expect(requestProtocol(req({ 'x-forwarded-proto': 'a b' }), loopback)).toBe('http');
    expect(requestProtocol(req({ 'x-forwarded-proto': 'https' }, '/', '10.0.0.9'), loopback)).toBe('http');
    expect(requestProtocol(req({}, '/', '10.0.0.9', true), none)).toBe('https');
  });
});
