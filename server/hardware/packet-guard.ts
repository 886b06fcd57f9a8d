import type { Socket } from 'node:net';

// Reads only the MQTT fixed header of each packet on a connection (type byte + "remaining
// length" varint, MQTT 3.1.1/5 §2.2) and closes the connection at the first packet longer
// than the bound, before the broker parses or buffers it: aedes has no packet size limit of
// its own. It watches the socket's reads in place, not as a stream between socket and broker:
// a Transform plus a Duplex around it cost every box packet two more stream hops and their
// buffers on the event loop the phones' answers need (docs/HARDWARE.md §Capacity).

/**
 * The size of the packet starting at `buf[i]` (fixed header included), or null when the
 * header is not complete yet; -1 for a malformed length (more than four length bytes).
 */
export function mqttPacketSize(buf: Buffer, i: number): number | null {
  let len = 0;
  let mult = 1;
  for (let k = 1; k <= 4; k++) {
    if (i + k >= buf.length) return null;
    const byte = buf[i + k] as number;
    len += (byte & 0x7f) * mult;
    if ((byte & 0x80) === 0) return 1 + k + len;
    mult *= 128;
  }
  return -1;
}

/** Follows the packet boundaries of one connection's byte stream, chunk by chunk. */
export class PacketSizeGuard {
  /** Bytes still to come of the packet in progress. */
  private skip = 0;
  /** The start of a fixed header cut off at the end of the last chunk (at most 4 bytes). */
  private pending: Buffer | null = null;

  constructor(private readonly maxBytes: number) {}

  /**
   * Checks the next chunk read from the connection, in order. False once a packet is longer
   * than `maxBytes` or its length is malformed: the connection must then be closed (every
   * later call is false too).
   */
  accept(chunk: Buffer): boolean {
    if (this.skip < 0) return false;
    const buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    let i = 0;
    while (i < buf.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, buf.length - i);
        this.skip -= n;
        i += n;
        continue;
      }
      const size = mqttPacketSize(buf, i);
      if (size === null) break;
      if (size < 0 || size > this.maxBytes) return this.refuse();
      this.skip = size;
    }
    // A copy: keeping a view would keep the whole chunk alive.
    this.pending = i < buf.length ? Buffer.from(buf.subarray(i)) : null;
    return true;
  }

  private refuse(): false {
    this.skip = -1;
    this.pending = null;
    return false;
  }
}

/**
 * Guards `socket` for a broker that reads it by `read()` (aedes: `conn.read(null)` on
 * 'readable', lib/client.js): every chunk a read returns passes the guard first; at the first
 * packet over `maxBytes` the socket is destroyed and the read returns null, so the broker
 * never sees that packet's bytes. Nothing else may consume the socket (no 'data' listener).
 */
export function guardReads(socket: Socket, maxBytes: number): void {
  const guard = new PacketSizeGuard(maxBytes);
  const read = socket.read.bind(socket);
  socket.read = (size?: number) => {
    const chunk: unknown = read(size);
    if (chunk === null || !Buffer.isBuffer(chunk) || guard.accept(chunk)) return chunk;
    socket.destroy();
    return null;
  };
}
