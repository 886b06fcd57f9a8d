import { describe, expect, it } from 'vitest';
import { mqttPacketSize, PacketGuard } from './packet-guard.ts';

/** Pushes chunks through a guard; resolves with what passed, or the error. */
function run(maxBytes: number, chunks: Buffer[]): Promise<{ out: Buffer; error: Error | null }> {
  return new Promise((resolve) => {
    const guard = new PacketGuard(maxBytes);
    const parts: Buffer[] = [];
    guard.on('data', (d: Buffer) => parts.push(d));
    guard.on('error', (error) => resolve({ out: Buffer.concat(parts), error }));
    guard.on('end', () => resolve({ out: Buffer.concat(parts), error: null }));
    for (const c of chunks) guard.write(c);
    guard.end();
  });
}

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

describe('MQTT packet guard', () => {
  it('reads the remaining-length varint of the fixed header', () => {
    expect(mqttPacketSize(packet(10), 0)).toBe(12);
    expect(mqttPacketSize(packet(200), 0)).toBe(203);
    expect(mqttPacketSize(packet(20_000), 0)).toBe(20_004);
    expect(mqttPacketSize(Buffer.from([0x30]), 0)).toBeNull();
    expect(mqttPacketSize(Buffer.from([0x30, 0x80]), 0)).toBeNull();
    expect(mqttPacketSize(Buffer.from([0x30, 0xff, 0xff, 0xff, 0xff, 0x01]), 0)).toBe(-1);
  });

  it('passes packets within the bound unchanged, however the chunks fall', async () => {
    const stream = Buffer.concat([packet(10), packet(500), packet(0), packet(1000)]);
    const chunks = [stream.subarray(0, 1), stream.subarray(1, 13), stream.subarray(13, 300), stream.subarray(300)];
    const { out, error } = await run(1024, chunks);
    expect(error).toBeNull();
    expect(out.equals(stream)).toBe(true);
  });

  it('fails at the header of a packet over the bound, before its body arrives', async () => {
    const big = packet(1024 * 1024);
    const { out, error } = await run(1024, [packet(10), big.subarray(0, 8)]);
    expect(error?.message).toMatch(/over 1024 bytes/);
    expect(out.length).toBeLessThanOrEqual(12);
  });
});
