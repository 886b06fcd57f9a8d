import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { installFrontDoor } from './front-door.ts';
import type { Limiter, LimiterFactory } from './rate-limits.ts';
import { rawRequest } from '../../tests/helpers/raw-http.ts';

// The door in front of Colyseus's listeners (security review N1): Colyseus reads a request's
// body itself in a promise nobody handles, so the door must never pass on a request whose
// client has gone, nor one whose body it has not parsed.

const SLOW_MS = 150;

/** A limiter that says yes after SLOW_MS, as a slow Redis would. */
function slowLimits(): LimiterFactory {
  const limiter: Limiter = {
    consume: () => new Promise((resolve) => setTimeout(() => resolve({ ok: true }), SLOW_MS)),
    check: () => new Promise((resolve) => setTimeout(() => resolve({ ok: true }), SLOW_MS)),
    reset: async () => {},
  };
  return { limiter: () => limiter, raw: () => { throw new Error('unused'); }, close: async () => {} } as unknown as LimiterFactory;
}

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function doorWith(behind: (req: IncomingMessage & { body?: unknown }) => void): Promise<number> {
  server = createServer();
  server.on('request', (req, res) => {
    behind(req);
    res.end('behind');
  });
  installFrontDoor(server, { trustProxy: false, limits: slowLimits(), reservationsPerMinute: 300 });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as AddressInfo).port;
}

describe('front door', () => {
  it('answers /__healthcheck itself, never passing it to Colyseus', async () => {
    const seen: string[] = [];
    const port = await doorWith((req) => seen.push(req.url ?? ''));
    const answer = await rawRequest(port, ['GET /__healthcheck HTTP/1.1', `Host: 127.0.0.1:${port}`]);
    expect(answer.status).toBe(200);
    expect(seen).toEqual([]);
  });

  it('drops a matchmaking request whose client left while the limiter was asked', async () => {
    const seen: string[] = [];
    const port = await doorWith((req) => seen.push(req.url ?? ''));
    const body = '{"protocol":2}';
    // A call with nothing to prove (join) is the kind the limiter is asked about.
    const gone = rawRequest(port, ['POST /matchmake/join/session HTTP/1.1', `Host: 127.0.0.1:${port}`, 'Content-Type: application/json', `Content-Length: ${body.length}`], body, 20);
    expect((await gone).status).toBeNull();
    await new Promise((r) => setTimeout(r, SLOW_MS * 2));
    expect(seen).toEqual([]);
  });

  it('N2a: calls that carry a proof (a code, a key, a create) never meet the refusal budget', async () => {
    const { carriesProof } = await import('./front-door.ts');
    expect(carriesProof('/matchmake/joinById/r1', { code: '123456' })).toBe(true);
    expect(carriesProof('/matchmake/joinById/r1', { key: 'k'.repeat(24) })).toBe(true);
    expect(carriesProof('/matchmake/create/session', {})).toBe(true);
    expect(carriesProof('/matchmake/reconnect/r1', {})).toBe(true);
    expect(carriesProof('/matchmake/joinById/r1', {})).toBe(false);
    expect(carriesProof('/matchmake/join/session', { code: '123456' })).toBe(false);
    expect(carriesProof('/matchmake/joinOrCreate/session', null)).toBe(false);
  });

  it('passes matchmaking requests on with their body parsed, an empty one as {}', async () => {
    const bodies: unknown[] = [];
    const port = await doorWith((req) => bodies.push(req.body));
    await rawRequest(port, ['POST /matchmake/create/solo HTTP/1.1', `Host: 127.0.0.1:${port}`, 'Content-Type: application/json', 'Content-Length: 14'], '{"protocol":2}');
    await rawRequest(port, ['POST /matchmake/create/solo HTTP/1.1', `Host: 127.0.0.1:${port}`, 'Content-Length: 0']);
    expect(bodies).toEqual([{ protocol: 2 }, {}]);
  });
});
