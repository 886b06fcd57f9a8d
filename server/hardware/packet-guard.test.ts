import { describe, expect, it } from 'vitest';
import { mqttPacket as packet } from '../../tests/helpers/mqtt-packets.ts';
import { mqttPacketSize, PacketSizeGuard } from './packet-guard.ts';

describe('MQTT packet size guard', () => {
  it('reads the remaining-length varint of the fixed header', () => {
    expect(mqttPacketSize(packet(10), 0)).toBe(12);
    expect(mqttPacketSize(packet(200), 0)).toBe(203);
    expect(mqttPacketSize(packet(20_000), 0)).toBe(20_004);
    expect(mqttPacketSize(Buffer.from([0x30]), 0)).toBeNull();
    expect(mqttPacketSize(Buffer.from([0x30, 0x80]), 0)).toBeNull();
    expect(mqttPacketSize(Buffer.from([0x30, 0xff, 0xff, 0xff, 0xff, 0x01]), 0)).toBe(-1);
  });

  it('accepts packets within the bound and counts the PUBLISH packets that end in each chunk, however the chunks fall', () => {
    const PINGREQ = 0xc0;
    // Four PUBLISH packets and two others; the PUBLISH packets end at these byte offsets.
    const parts = [packet(10), packet(500), packet(0, PINGREQ), packet(1000), packet(3, 0x82), packet(1021)];
    const stream = Buffer.concat(parts);
    const ends: number[] = [];
    let at = 0;
    for (const p of parts) {
      at += p.length;
      if (p[0]! >> 4 === 3) ends.push(at);
    }
    // Every cut position: a header split between chunks must still be read right.
    for (let cut = 1; cut < stream.length; cut += 7) {
      const guard = new PacketSizeGuard(1024);
      const before = ends.filter((e) => e <= cut).length;
      expect([guard.accept(stream.subarray(0, cut)), guard.accept(stream.subarray(cut))]).toEqual([before, ends.length - before]);
    }
    const bytewise = new PacketSizeGuard(1024);
    const counts = [...stream].map((b) => bytewise.accept(Buffer.from([b])));
    expect(counts.flatMap((n, i) => (n === 1 ? [i + 1] : []))).toEqual(ends);
    expect(counts.every((n) => n === 0 || n === 1)).toBe(true);
  });

  it('refuses at the header of a packet over the bound, before its body arrives, and stays refused', () => {
    const guard = new PacketSizeGuard(1024);
    expect(guard.accept(packet(10))).toBe(1);
    const big = packet(1024 * 1024);
    expect(guard.accept(big.subarray(0, 2))).toBe(0); // the length is not complete yet
    expect(guard.accept(big.subarray(2, 8))).toBeNull();
    expect(guard.accept(packet(1))).toBeNull();
  });

  it('refuses a malformed length (five length bytes)', () => {
    expect(new PacketSizeGuard(1024).accept(Buffer.from([0x30, 0xff, 0xff, 0xff, 0xff, 0x01]))).toBeNull();
  });
});
