import { Readable, Writable } from 'node:stream';
import mqtt from 'mqtt-packet';
import { describe, expect, it } from 'vitest';
import { boxStream } from './box-socket.ts';

describe('boxStream', () => {
  it('hands each MQTT packet aedes writes to the socket in one write, not one per piece', async () => {
    const writes: Buffer[] = [];
    const socket = new Writable({ write: (chunk: Buffer, _enc, done) => (writes.push(chunk), done()) });
    const stream = boxStream(socket, new Readable({ read() {} }));
    const packet = { cmd: 'publish', topic: 'arcade/c/b/down', payload: Buffer.from('{"m":"{}","sig":"00"}'), qos: 0, retain: false, dup: false } as const;
    // What aedes does for every downlink (lib/write.js): header, length, topic and payload
    // written piece by piece inside one cork (uncorked on the next tick).
    mqtt.writeToStream(packet, stream);
    await new Promise((r) => setImmediate(r));
    // A socket without Nagle (setNoDelay) sends each write as a TCP segment of its own.
    expect(writes).toHaveLength(1);
    expect(Buffer.concat(writes).equals(mqtt.generate(packet))).toBe(true);
  });

  it('passes what the box sent through to the reader', async () => {
    const source = new Readable({ read() {} });
    const stream = boxStream(new Writable({ write: (_c, _e, done) => done() }), source);
    const got = new Promise<Buffer>((resolve) => stream.once('data', resolve));
    source.push(Buffer.from([0xc0, 0x00]));
    expect([...(await got)]).toEqual([0xc0, 0x00]);
  });
});
