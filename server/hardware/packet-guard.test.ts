import { createServer, connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { guardReads, mqttPacketSize, PacketSizeGuard } from './packet-guard.ts';

/** A PUBLISH-like packet: type byte, remaining length varint, body. */
function packet(bodyBytes: number): Buffer {
  const len: number[] = [];
  let n = bodyBytes;
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    len.push(b);
  } while (n > 0);
  return Buffer.concat([Buffer.from([0x30, ...len]), Buffer.alloc(bodyBytes, 7)]);
}

describe('MQTT packet size guard', () => {
  it('reads the remaining-length varint of the fixed header', () => {
    expect(mqttPacketSize(packet(10), 0)).toBe(12);
    expect(mqttPacketSize(packet(200), 0)).toBe(203);
    expect(mqttPacketSize(packet(20_000), 0)).toBe(20_004);
    expect(mqttPacketSize(Buffer.from([0x30]), 0)).toBeNull();
    expect(mqttPacketSize(Buffer.from([0x30, 0x80]), 0)).toBeNull();
    expect(mqttPacketSize(Buffer.from([0x30, 0xff, 0xff, 0xff, 0xff, 0x01]), 0)).toBe(-1);
  });

  it('accepts packets within the bound, however the chunks fall (headers cut in two included)', () => {
    const stream = Buffer.concat([packet(10), packet(500), packet(0), packet(1000), packet(1021)]);
    // Every cut position: a header split between chunks must still be read right.
    for (let cut = 1; cut < stream.length; cut += 7) {
      const guard = new PacketSizeGuard(1024);
      expect([guard.accept(stream.subarray(0, cut)), guard.accept(stream.subarray(cut))]).toEqual([true, true]);
    }
    const bytewise = new PacketSizeGuard(1024);
    expect([...stream].every((b) => bytewise.accept(Buffer.from([b])))).toBe(true);
  });

  it('refuses at the header of a packet over the bound, before its body arrives, and stays refused', () => {
    const guard = new PacketSizeGuard(1024);
    expect(guard.accept(packet(10))).toBe(true);
    const big = packet(1024 * 1024);
    expect(guard.accept(big.subarray(0, 2))).toBe(true); // the length is not complete yet
    expect(guard.accept(big.subarray(2, 8))).toBe(false);
    expect(guard.accept(packet(1))).toBe(false);
  });

  it('refuses a malformed length (five length bytes)', () => {
    expect(new PacketSizeGuard(1024).accept(Buffer.from([0x30, 0xff, 0xff, 0xff, 0xff, 0x01]))).toBe(false);
  });
});

describe('guardReads', () => {
  const closers: Array<() => void> = [];
  afterEach(() => closers.splice(0).forEach((c) => c()));

  /** A loopback connection; resolves with the server's socket, guarded, and the client's. */
  async function pair(maxBytes: number): Promise<{ server: Socket; client: Socket }> {
    let accepted: (s: Socket) => void = () => {};
    const server = new Promise<Socket>((resolve) => (accepted = resolve));
    const srv = createServer((s) => (guardReads(s, maxBytes), accepted(s)));
    await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
    const client = connect((srv.address() as AddressInfo).port, '127.0.0.1');
    closers.push(() => (client.destroy(), srv.close()));
    return { server: await server, client };
  }

  /** Reads the way aedes does (lib/client.js): `read(null)` on every 'readable'. */
  function readAll(socket: Socket): { bytes: () => Buffer; closed: Promise<void> } {
    const parts: Buffer[] = [];
    socket.on('readable', () => {
      let chunk: Buffer | null;
      while ((chunk = socket.read() as Buffer | null) !== null) parts.push(chunk);
    });
    socket.on('error', () => {});
    return { bytes: () => Buffer.concat(parts), closed: new Promise((r) => socket.once('close', () => r())) };
  }

  it('hands the reader every byte of packets within the bound', async () => {
    const { server, client } = await pair(1024);
    const reader = readAll(server);
    const sent = Buffer.concat([packet(10), packet(1000), packet(3)]);
    client.end(sent);
    await new Promise((r) => server.once('end', r));
    expect(reader.bytes().equals(sent)).toBe(true);
  });

  it('closes the connection at a packet over the bound: the reader never sees its bytes', async () => {
    const { server, client } = await pair(1024);
    const reader = readAll(server);
    client.write(packet(10));
    await new Promise((r) => setTimeout(r, 20));
    client.write(packet(1024 * 1024));
    await reader.closed;
    expect(server.destroyed).toBe(true);
    expect(reader.bytes().length).toBe(12);
  });
});
