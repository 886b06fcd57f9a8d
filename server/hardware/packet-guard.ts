import { Transform, type TransformCallback } from 'node:stream';

// Reads only the MQTT fixed header of each packet on a connection (type byte + "remaining
// length" varint, MQTT 3.1.1/5 §2.2) and closes the connection at the first packet longer
// than the bound, before the broker buffers it: aedes has no packet size limit of its own.

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

/** A pass-through stream that errors once a packet exceeds `maxBytes` (or its length is malformed). */
export class PacketGuard extends Transform {
  /** Bytes still to pass of the packet in progress. */
  private skip = 0;
  private pending: Buffer = Buffer.alloc(0);

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    let buf = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
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
      if (size < 0 || size > this.maxBytes) return done(new Error(`MQTT packet over ${this.maxBytes} bytes`));
      this.skip = size;
    }
    // Keep an incomplete header (at most 5 bytes) for the next chunk; pass the rest on.
    this.pending = buf.subarray(i);
    buf = buf.subarray(0, i);
    if (this.pending.length > 5) return done(new Error('MQTT header malformed'));
    done(null, buf);
  }
}
