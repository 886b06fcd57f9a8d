import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ClientState, matchMaker, Protocol, Room, type Client } from '@colyseus/core';
import { Encoder } from '@colyseus/schema';
import { WebSocketClient } from '@colyseus/ws-transport';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, readRepoFile, scanSource } from '../tests/helpers/source-scan.ts';
import { FLOOD_COUNTER, filterOutgoingFrames, interceptMatchmaking, messagesThisSecond, onSocketError, setEncoderBufferBytes, silenceMatchmakerCors, socketOf } from './colyseus-seams.ts';

// Contract tests for the Colyseus internals the server relies on (colyseus-seams.ts). Each
// drives the real installed classes, so a Colyseus upgrade that renames or drops one of them
// fails here, by name, instead of silently switching off a defence (flood and oversize
// seat release, empty-patch dropping, the matchmaker gate, the CORS policy, big states).

/** A stand-in for the `ws` socket a WebSocketClient wraps: records what is written. */
class FakeSocket extends EventEmitter {
  readonly written: Uint8Array[] = [];
  readyState = 1;
  send(data: Uint8Array, _opts: unknown, cb?: () => void): void {
    this.written.push(data);
    cb?.();
  }
  close(): void {}
}

/** A path inside @colyseus/ws-transport, so `ws` resolves to the copy the transport uses. */
function transportPath(): string {
  return createRequire(import.meta.url).resolve('@colyseus/ws-transport');
}

function realClient(): { client: Client; socket: FakeSocket } {
  const socket = new FakeSocket();
  const client = new WebSocketClient('s1', socket as never) as unknown as Client;
  return { client, socket };
}

describe('Colyseus internals (colyseus-seams.ts)', () => {
  it('Room#_onMessage counts each client\'s messages of the current second under FLOOD_COUNTER', () => {
    const room = new (class extends Room {})();
    const { client } = realClient();
    expect(FLOOD_COUNTER in client).toBe(true);
    // Not our seam (we never call it): the test drives the room's own message entry.
    const onMessage = (room as unknown as Record<string, (c: Client, b: Uint8Array) => void>)['_onMessage'] as (c: Client, b: Uint8Array) => void;
    expect(typeof onMessage).toBe('function');
    const frame = Uint8Array.of(Protocol.ROOM_DATA, 0xa1, 0x78); // type "x", no payload
    for (let i = 0; i < 4; i++) onMessage.call(room, client, frame);
    // The first message of a second resets the count; each further one adds one.
    expect(messagesThisSecond(client)).toBe(3);
  });

  it('a client\'s socket (client.ref) is the transport socket, and its error events reach us', () => {
    const { client, socket } = realClient();
    expect(socketOf(client)).toBe(socket);
    const codes: (string | undefined)[] = [];
    onSocketError(client, (code) => codes.push(code));
    socket.emit('error', { code: 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' });
    expect(codes).toEqual(['WS_ERR_UNSUPPORTED_MESSAGE_LENGTH']);
  });

  it('the ws library (as ws-transport loads it) still names an oversized message WS_ERR_UNSUPPORTED_MESSAGE_LENGTH', async () => {
    const require = createRequire(transportPath());
    const { Receiver } = require('ws') as typeof import('ws') & { Receiver: new (o: { maxPayload: number }) => NodeJS.WritableStream & EventEmitter };
    const receiver = new Receiver({ maxPayload: 4 });
    const code = new Promise<string | undefined>((resolve) => receiver.on('error', (err: { code?: string }) => resolve(err.code)));
    // One unmasked binary frame of 8 bytes, over the 4-byte limit.
    receiver.write(Buffer.from([0x82, 8, 1, 2, 3, 4, 5, 6, 7, 8]));
    expect(await code).toBe('WS_ERR_UNSUPPORTED_MESSAGE_LENGTH');
  });

  it('every frame a joined client is sent passes through client.raw, which we can filter', () => {
    const { client, socket } = realClient();
    client.state = ClientState.JOINED;
    filterOutgoingFrames(client, (frame) => frame.length === 1);
    client.enqueueRaw(Uint8Array.of(Protocol.ROOM_STATE_PATCH));
    client.send('x', { a: 1 });
    expect(socket.written).toHaveLength(1);
    expect(socket.written[0]?.[0]).toBe(Protocol.ROOM_DATA);
  });

  describe('the matchmaker controller', () => {
    const controller = matchMaker.controller;
    const saved = { invoke: controller.invokeMethod, exposed: controller.exposedMethods, cors: controller.DEFAULT_CORS_HEADERS, getCors: controller.getCorsHeaders };
    afterAll(() => {
      Object.assign(controller, { invokeMethod: saved.invoke, exposedMethods: saved.exposed, DEFAULT_CORS_HEADERS: saved.cors, getCorsHeaders: saved.getCors });
      delete (controller as unknown as Record<symbol, unknown>)[Symbol.for('arcade.matchmaker-gate')];
    });

    it('has the members we replace, and the HTTP routes call them through the controller', () => {
      expect(typeof controller.invokeMethod).toBe('function');
      expect(controller.exposedMethods).toEqual(expect.arrayContaining(['create', 'joinById', 'reconnect', 'join', 'joinOrCreate']));
      expect(typeof controller.getCorsHeaders).toBe('function');
      expect(Object.keys(controller.DEFAULT_CORS_HEADERS)).toContain('Access-Control-Allow-Origin');
      const require = createRequire(import.meta.url);
      const routes = readFileSync(require.resolve('@colyseus/core').replace(/index\.(c?js|mjs)$/, 'router/default_routes.mjs'), 'utf8');
      expect(routes).toContain('matchMaker.controller.invokeMethod(');
    });

    it('refuses methods outside the list and asks the check first', async () => {
      const asked: string[] = [];
      interceptMatchmaking(['joinById'], () => new Error('JOIN_INVALID'), async (method) => {
        asked.push(method);
        throw new Error('CHECKED');
      });
      expect(controller.exposedMethods).toEqual(['joinById']);
      await expect(controller.invokeMethod('join', 'session', {})).rejects.toThrow('JOIN_INVALID');
      await expect(controller.invokeMethod('joinById', 'r1', {})).rejects.toThrow('CHECKED');
      expect(asked).toEqual(['joinById']);
    });

    it('sends no CORS headers once silenced', () => {
      silenceMatchmakerCors();
      expect(controller.DEFAULT_CORS_HEADERS).toEqual({});
      expect(controller.getCorsHeaders(new Headers())).toEqual({});
    });
  });

  it('the schema encoder sizes its buffer from Encoder.BUFFER_SIZE', () => {
    const before = Encoder.BUFFER_SIZE;
    try {
      setEncoderBufferBytes(64 * 1024);
      expect(Encoder.BUFFER_SIZE).toBe(64 * 1024);
    } finally {
      Encoder.BUFFER_SIZE = before;
    }
  });
});

describe('Colyseus internals are touched only in colyseus-seams.ts', () => {
  /**
   * Ways of reaching past Colyseus's public API. Not one: our own `_verifiedHost` join option.
   */
  const PATTERNS: RegExp[] = [/['"]_(?!verifiedHost\b)[a-zA-Z]+['"]/, /\.\s*_[a-zA-Z]+/, /\bclient\.ref\b/, /\.raw\s*=/, /matchMaker\.controller\b/, /\bBUFFER_SIZE\b/];

  /** Lines of shipped server code (comments and tests left out) that match one of PATTERNS. */
  function touches(path: string, src: string): string[] {
    const code = scanSource(src).withoutComments.split('\n');
    return code.flatMap((line, i) => (PATTERNS.some((p) => p.test(line)) ? [`${path}:${i + 1}: ${line.trim()}`] : []));
  }

  it('finds none elsewhere in server/', () => {
    const files = listFiles('server', /\.ts$/).filter((p) => !p.endsWith('.test.ts') && p !== 'server/colyseus-seams.ts');
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((p) => touches(p, readRepoFile(p)))).toEqual([]);
  });

  it('self-check: would catch each kind of touch', () => {
    const bad = ["const n = client['_numMessagesLastSecond'];", 'room._reservedSeats;', 'client.ref.on("error", f);', 'client.raw = f;', 'matchMaker.controller.invokeMethod = f;', 'Encoder.BUFFER_SIZE = 1;'];
    for (const line of bad) expect(touches('x.ts', line)).toHaveLength(1);
    expect(touches('x.ts', "export const VERIFIED_HOST = '_verifiedHost';\n// client.raw = f")).toEqual([]);
    expect(touches('x.ts', 'room._writeBuffer;')).toHaveLength(1);
    expect(touches('x.ts', 'stream._writev = f;')).toHaveLength(1);
  });
});
