import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { connectAsync } from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import { until } from '../../tests/helpers/bots.ts';
import { mqttPacket } from '../../tests/helpers/mqtt-packets.ts';
import { upTopic } from '../../shared/protocol/hardware.ts';
import { boxLoginPassword, boxSignKey, loginHash } from './box-crypto.ts';
import { startBoxBroker } from './box-broker.ts';
import { BoxSocketReader, ReadGate, type ReadHold } from './box-socket-reader.ts';

const closers: Array<() => unknown> = [];
afterEach(async () => {
  while (closers.length > 0) await closers.pop()!();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A loopback connection whose server side is read by a BoxSocketReader. */
async function pair(gate: ReadGate | null, clock: () => number = Date.now): Promise<{ server: Socket; reader: BoxSocketReader; client: Socket }> {
  const srv = createServer();
  const got = new Promise<{ server: Socket; reader: BoxSocketReader }>((resolve) => srv.once('connection', (s: Socket) => resolve({ server: s, reader: new BoxSocketReader(s, 1024, gate, clock) })));
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const client = connect((srv.address() as AddressInfo).port, '127.0.0.1');
  closers.push(() => (client.destroy(), srv.close()));
  return { ...(await got), client };
}

/** Reads the way aedes does (lib/client.js): `read(null)` on every 'readable'; records what and when. */
function readLikeAedes(socket: Socket): { bytes: () => Buffer; reads: number[]; closed: Promise<void> } {
  const parts: Buffer[] = [];
  const reads: number[] = [];
  socket.on('readable', () => {
    let chunk: Buffer | null;
    while ((chunk = socket.read() as Buffer | null) !== null) {
      parts.push(chunk);
      reads.push(performance.now());
    }
  });
  socket.on('error', () => {});
  return { bytes: () => Buffer.concat(parts), reads, closed: new Promise((r) => socket.once('close', () => r())) };
}

/**
 * A hold that lasts while `on()` says so (phones answering), re-checked every 20 ms. The tests
 * switch it by hand, not by time: a busy machine that stretches a sleep cannot end it early.
 */
const holdWhile = (on: () => boolean, maxHoldMs = 60_000): ReadHold => ({ holdFor: () => (on() ? 20 : 0), maxHoldMs });

describe('BoxSocketReader', () => {
  it('hands aedes every byte at once when nothing holds it', async () => {
    const { server, client } = await pair(null);
    const reader = readLikeAedes(server);
    const sent = Buffer.concat([mqttPacket(10), mqttPacket(1000), mqttPacket(3)]);
    client.end(sent);
    await new Promise((r) => server.once('end', r));
    expect(reader.bytes().equals(sent)).toBe(true);
  });

  it('closes the connection at a packet over the bound: aedes never sees its bytes', async () => {
    const { server, client } = await pair(null);
    const reader = readLikeAedes(server);
    client.write(mqttPacket(10));
    await until(() => reader.bytes().length === 12, 5000, 'the first packet'); // apart from the big one, not in its chunk
    client.write(mqttPacket(1024 * 1024));
    await reader.closed;
    expect(server.destroyed).toBe(true);
    expect(reader.bytes().length).toBe(12);
  });

  it('times each PUBLISH when its last byte arrives, not when aedes reads it', async () => {
    let clock = 1000;
    const { server, reader, client } = await pair(null, () => clock);
    const aedes = readLikeAedes(server);
    const second = mqttPacket(20);
    client.write(Buffer.concat([mqttPacket(5), mqttPacket(0, 0xc0), second.subarray(0, 10)]));
    await until(() => aedes.bytes().length === 7 + 2 + 10, 5000, 'the first chunk');
    clock = 2000;
    client.write(second.subarray(10));
    await until(() => aedes.bytes().length === 7 + 2 + 22, 5000, 'the second chunk');
    expect([reader.takeArrival(), reader.takeArrival(), reader.takeArrival()]).toEqual([1000, 2000, undefined]);
  });

  it('keeps the bytes back while the hold lasts and hands them over after, with their arrival time', async () => {
    let phonesAnswering = true;
    let clock = 5000;
    const { server, reader, client } = await pair(new ReadGate(holdWhile(() => phonesAnswering)), () => clock);
    const aedes = readLikeAedes(server);
    client.write(mqttPacket(30));
    await until(() => reader.heldSince !== Infinity, 5000, 'the bytes read off the socket');
    clock = 9000;
    await sleep(60);
    expect(aedes.reads).toEqual([]); // held: phones are answering
    phonesAnswering = false;
    await until(() => aedes.reads.length > 0, 5000, 'the bytes handed to aedes');
    expect(aedes.bytes().length).toBe(32);
    expect(reader.takeArrival()).toBe(5000);
    // A new packet after the hold passes at once.
    client.write(mqttPacket(1));
    await until(() => aedes.bytes().length === 35, 5000, 'the next packet');
  });

  it('holds no byte longer than maxHoldMs, however long the hold lasts', async () => {
    const { server, client } = await pair(new ReadGate(holdWhile(() => true, 80)));
    const aedes = readLikeAedes(server);
    const sentAt = performance.now();
    client.write(mqttPacket(30));
    await until(() => aedes.reads.length > 0, 5000, 'the bytes handed to aedes');
    expect(aedes.bytes().length).toBe(32);
    expect(aedes.reads[0]! - sentAt).toBeGreaterThanOrEqual(75);
  });

  it('hands held bytes over before the connection ends', async () => {
    const { server, client } = await pair(new ReadGate(holdWhile(() => true)));
    const aedes = readLikeAedes(server);
    let atEnd = -1;
    server.on('end', () => (atEnd = aedes.bytes().length));
    client.end(mqttPacket(30));
    await aedes.closed.catch(() => {});
    await new Promise((r) => (server.readableEnded ? r(null) : server.once('end', r)));
    expect(atEnd).toBe(32);
  });
});

describe('the embedded broker with held reads', () => {
  it('delivers a box uplink after the hold, with the arrival time of its bytes', async () => {
    const id = 'box-reader-1';
    const secret = 'reader-test-secret';
    let clock = 7000;
    let phonesAnswering = false;
    const broker = await startBoxBroker({
      port: 0,
      host: '127.0.0.1',
      lookup: async (boxId) => (boxId === id ? { id, companyId: 'co1', label: 'A', loginHash: loginHash(boxLoginPassword(secret)), signKey: boxSignKey(secret), revoked: false } : null),
      holdReads: holdWhile(() => phonesAnswering),
      now: () => clock,
    });
    closers.push(() => broker.close());
    const got: { payload: string; arrivedAt: number | undefined }[] = [];
    await broker.link.onUplink((_topic, payload, arrivedAt) => got.push({ payload: payload.toString(), arrivedAt }));
    const box = await connectAsync(`mqtt://127.0.0.1:${broker.port}`, { clientId: id, username: id, password: boxLoginPassword(secret), clean: true, reconnectPeriod: 0 });
    closers.push(() => box.endAsync(true));

    phonesAnswering = true;
    box.publish(upTopic('co1', id), 'one', { qos: 0 });
    await sleep(80);
    expect(got).toEqual([]);
    clock = 8000;
    phonesAnswering = false;
    await until(() => got.length > 0, 5000, 'the held uplink');
    expect(got).toEqual([{ payload: 'one', arrivedAt: 7000 }]);

    box.publish(upTopic('co1', id), 'two', { qos: 0 });
    await until(() => got.length > 1, 5000, 'the next uplink');
    expect(got).toEqual([{ payload: 'one', arrivedAt: 7000 }, { payload: 'two', arrivedAt: 8000 }]);
  });
});
