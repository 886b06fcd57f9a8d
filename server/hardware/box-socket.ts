import { Duplex, type Readable, type Writable } from 'node:stream';

/**
 * The stream aedes talks to for one box: reads from `readable` (the socket through the packet
 * guard), writes to `socket`. aedes writes every packet in pieces (header, length, topic,
 * payload) inside one cork; the duplex wrapper wrote each piece to the socket separately
 * (`_write` per buffered chunk), and a socket with Nagle off (setNoDelay) sends every write
 * as a segment of its own — four to five system calls per downlink, the largest cost the
 * boxes added to the server (docs/HARDWARE.md §Capacity). Here the corked pieces go out as one.
 */
export function boxStream(socket: Writable, readable: Readable): Duplex {
  const stream = Duplex.from({ readable, writable: socket });
  const writeOne = stream._write.bind(stream);
  stream._writev = (chunks, done) => {
    const bufs = chunks.map(({ chunk, encoding }) => (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, encoding)));
    writeOne(bufs.length === 1 ? bufs[0] : Buffer.concat(bufs), 'buffer' as BufferEncoding, done);
  };
  return stream;
}
