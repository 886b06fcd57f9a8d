// Reads only the MQTT fixed header of each packet on a connection (type byte + "remaining
// length" varint, MQTT 3.1.1/5 §2.2) and closes the connection at the first packet longer
// than the bound, before the broker parses or buffers it: aedes has no packet size limit of
// its own. It also says where each PUBLISH ends, so its arrival time can be taken as its last
// byte is read (box-socket-reader.ts).

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

/** MQTT control packet type 3 (the high nibble of the first byte): PUBLISH. */
const PUBLISH = 3;

/** Follows the packet boundaries of one connection's byte stream, chunk by chunk. */
export class PacketSizeGuard {
  /** Bytes still to come of the packet in progress (-1: refused for good). */
  private skip = 0;
  /** Whether the packet in progress is a PUBLISH. */
  private publishing = false;
  /** The start of a fixed header cut off at the end of the last chunk (at most 4 bytes). */
  private pending: Buffer | null = null;

  constructor(private readonly maxBytes: number) {}

  /**
   * Checks the next chunk read from the connection, in order. Returns how many PUBLISH packets
   * end in this chunk (their last byte is in it), or null once a packet is longer than
   * `maxBytes` or its length is malformed: the connection must then be closed (every later
   * call is null too).
   */
  accept(chunk: Buffer): number | null {
    if (this.skip < 0) return null;
    const buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    let publishes = 0;
    let i = 0;
    while (i < buf.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, buf.length - i);
        this.skip -= n;
        i += n;
        if (this.skip === 0 && this.publishing) publishes++;
        continue;
      }
      const size = mqttPacketSize(buf, i);
      if (size === null) break;
      if (size < 0 || size > this.maxBytes) return this.refuse();
      this.skip = size;
      this.publishing = (buf[i] as number) >> 4 === PUBLISH;
    }
    // A copy: keeping a view would keep the whole chunk alive.
    this.pending = i < buf.length ? Buffer.from(buf.subarray(i)) : null;
    return publishes;
  }

  private refuse(): null {
    this.skip = -1;
    this.pending = null;
    return null;
  }
}
