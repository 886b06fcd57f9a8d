import dns from 'node:dns';
import { afterAll, describe, expect, it } from 'vitest';
import { Client } from '@colyseus/sdk';
import { PROTOCOL_VERSION, ROOM_SESSION } from '../../shared/protocol/constants.ts';
import { SessionState } from '../../shared/protocol/state.ts';
import { hostSession, joinError, joinPlayer, playProbe, until } from '../helpers/bots.ts';
import { PROBE_ID } from '../helpers/probe-game.ts';
import { rawRequest } from '../helpers/raw-http.ts';
import { backends, useTestServer } from '../helpers/test-server.ts';

// Review N13 (DNS rebinding) end to end: the server answers only to its own names. A class
// that reaches it under a name in ALLOWED_HOSTS signs in, hosts and plays over HTTP and the
// WebSocket; a name an attacker points at the server (here evil.example) is refused with
// 400 REQUEST_INVALID on every request and on the WebSocket upgrade (docs/PROTOCOL.md §1).

const ALLOWED = 'arcade.schule.example';
const FOREIGN = 'evil.example';

// Both names resolve to this machine, as a school DNS entry or a rebinding attacker's would.
const realLookup = dns.lookup;
(dns as { lookup: unknown }).lookup = (host: string, opts: unknown, cb?: (...args: unknown[]) => void) => {
  const done = (typeof opts === 'function' ? opts : cb) as (...args: unknown[]) => void;
  const options = (typeof opts === 'object' && opts) || {};
  if (host !== ALLOWED && host !== FOREIGN) return (realLookup as (...a: unknown[]) => void)(host, opts, cb);
  return (options as { all?: boolean }).all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4);
};

describe.each(backends())('the Host allowlist on $name', (backend) => {
  const server = useTestServer({ backend, env: { ALLOWED_HOSTS: ALLOWED } });
  afterAll(() => {
    (dns as { lookup: unknown }).lookup = realLookup;
  });
  const under = (name: string) => server.url.replace('127.0.0.1', name);

  it('a class under an allowed name signs in, hosts and plays a round', async () => {
    const url = under(ALLOWED);
    const host = await hostSession(url);
    host.send('playlist', { items: [{ gameId: PROBE_ID, level: 1, rounds: 1 }] });
    const lena = await joinPlayer(url, host.welcome.code, 'Lena');
    playProbe(lena, () => 200);
    await until(() => host.state.players.size === 1 && host.state.playlist.at(0)?.gameId === PROBE_ID, 5000, 'player and playlist');
    host.send('start');
    const standing = await lena.next('standing', (s) => s.score > 0, 20_000);
    expect(standing.score).toBe(800);
    await Promise.all([host.room.leave(), lena.room.leave()]);
  });

  it('a foreign name is refused on HTTP, matchmaking and the WebSocket upgrade', async () => {
    const url = under(FOREIGN);
    for (const path of ['/health', '/api/setup', '/', '/api/sessions/123456']) {
      const r = await fetch(`${url}${path}`);
      expect([r.status, await r.json()], path).toEqual([400, { error: 'REQUEST_INVALID' }]);
    }
    const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: '{"login":"x","password":"y"}' });
    expect(login.status).toBe(400);
    expect(await joinError(new Client(url, { headers: { origin: url } }).create(ROOM_SESSION, { protocol: PROTOCOL_VERSION, role: 'host' }, SessionState))).toMatch(/REQUEST_INVALID|400/);

    const upgrade = (host: string) => rawRequest(server.app.server ? Number(new URL(server.url).port) : 0, [
      'GET /abcdefgh/ijklmnop?sessionId=x HTTP/1.1', `Host: ${host}`, 'Connection: Upgrade', 'Upgrade: websocket',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', 'Sec-WebSocket-Version: 13', `Origin: http://${host}`,
    ]);
    const foreign = await upgrade(`${FOREIGN}:${new URL(server.url).port}`);
    expect(foreign.status).toBe(400);
    expect(foreign.text).toContain('REQUEST_INVALID');
    // The same upgrade under the allowed name gets past the door (Colyseus then refuses the unknown room itself).
    const allowed = await upgrade(`${ALLOWED}:${new URL(server.url).port}`);
    expect(allowed.text).not.toContain('REQUEST_INVALID');
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});
