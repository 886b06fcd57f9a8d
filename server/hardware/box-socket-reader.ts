import type { Socket } from 'node:net';
import { PacketSizeGuard } from './packet-guard.ts';

// How the embedded broker reads a box's connection. aedes reads a connection only by
// `conn.read(null)` on 'readable' (aedes lib/client.js); this reader takes every chunk off the
// socket as soon as it arrives — the packet-size guard checks it, and each PUBLISH gets its
// arrival time from the moment its last byte was read — and hands the bytes to aedes through
// the socket's `read`. While phones are answering (`ReadHold.holdFor() > 0`) it keeps them
// back, at most `maxHoldMs`: aedes' work per box packet (MQTT parse, topic match, the broker's
// checks) then runs after the phones' acks, not between them (docs/HARDWARE.md §Capacity).
// No result changes: the arrival time was taken on arrival, and a box timed its press itself
// or sends its press time.

/** When box reads wait: the same rule as the gateway's turn queue (box-gateway.ts). */
export interface ReadHold {
  /** Ms the reads should still wait (0 or less: now). */
  holdFor(): number;
  /** The longest any bytes wait, in ms after they arrived. */
  maxHoldMs: number;
}

/** Bytes kept back per connection at most; beyond it they go to aedes at once (its rate check drops a flood). */
const MAX_HELD_BYTES = 16 * 1024;

/**
 * Releases held connections when the hold ends: one connection per event-loop turn (like the
 * turn queue), so a phone's answer that comes in meanwhile still goes first.
 */
export class ReadGate {
  private readonly waiting = new Set<BoxSocketReader>();
  private timer: NodeJS.Timeout | null = null;
  private releasing = false;

  constructor(readonly hold: ReadHold, private readonly now: () => number = () => performance.now()) {}

  /** `reader` holds bytes: release it when the hold ends or its oldest bytes reached maxHoldMs. */
  wait(reader: BoxSocketReader): void {
    this.waiting.add(reader);
    this.arm();
  }

  /** Whether bytes that arrived at `since` (this gate's clock) should still wait. */
  holding(since: number): boolean {
    return this.hold.holdFor() > 0 && this.now() - since < this.hold.maxHoldMs;
  }

  /** This gate's clock (ms, monotonic). */
  time(): number {
    return this.now();
  }

  private arm(): void {
    if (this.timer || this.releasing || this.waiting.size === 0) return;
    let next = Math.max(1, this.hold.holdFor());
    for (const r of this.waiting) next = Math.min(next, Math.max(1, r.heldSince + this.hold.maxHoldMs - this.now()));
    this.timer = setTimeout(this.check, Math.ceil(next));
    this.timer.unref();
  }

  private readonly check = (): void => {
    this.timer = null;
    this.releasing = true;
    setImmediate(this.releaseOne);
  };

  private readonly releaseOne = (): void => {
    for (const r of this.waiting) {
      if (r.closed()) {
        this.waiting.delete(r);
        continue;
      }
      if (this.holding(r.heldSince)) continue;
      this.waiting.delete(r);
      r.release();
      setImmediate(this.releaseOne);
      return;
    }
    this.releasing = false;
    this.arm();
  };
}

/**
 * Reads one box connection for aedes (see the top of this file). Create it before
 * `broker.handle(socket)`: its 'readable' listener must run before aedes'. Nothing else may
 * consume the socket. `gate` null: never held (bytes pass at once, still guarded and timed).
 */
export class BoxSocketReader {
  private readonly guard: PacketSizeGuard;
  private held: Buffer[] = [];
  private heldBytes = 0;
  /** When the oldest held bytes arrived (the gate's clock); Infinity while none are held. */
  heldSince = Infinity;
  /** The gate let the held bytes go: the next read hands them over. */
  private released = false;
  /** Arrival times (`clock` ms) of PUBLISH packets read but not yet taken by takeArrival(), in order. */
  private readonly arrivals: number[] = [];
  private readonly realRead: (size?: number) => unknown;

  /**
   * @param maxBytes the MQTT packet size bound; a packet over it closes the connection before aedes sees its bytes
   * @param clock the arrival clock (the gateway's: Date.now ms by default)
   */
  constructor(private readonly socket: Socket, maxBytes: number, private readonly gate: ReadGate | null, private readonly clock: () => number = Date.now) {
    this.guard = new PacketSizeGuard(maxBytes);
    this.realRead = socket.read.bind(socket);
    socket.on('readable', this.drain);
    // A box that closes right after its last packet: aedes must read it before 'end' closes the client.
    socket.prependListener('end', () => this.release());
    // read(0) is Node's own "fetch more" call, never a consumer: it goes to the socket.
    socket.read = (size?: number) => (size === 0 ? this.realRead(0) : this.hand());
  }

  /** The arrival time of the next PUBLISH aedes parsed (aedes authorizes publishes in the order it parses them). */
  takeArrival(): number | undefined {
    return this.arrivals.shift();
  }

  closed(): boolean {
    return this.socket.destroyed;
  }

  /** Hands what is held to aedes now (the gate's release, or the connection's end). */
  release(): void {
    if (this.held.length === 0 || this.socket.destroyed) return;
    this.released = true;
    this.socket.emit('readable');
  }

  /** Takes every chunk off the socket as it arrives: guarded, PUBLISH ends timed, kept until aedes reads. */
  private readonly drain = (): void => {
    let chunk: unknown;
    // Over the hard cap the rest stays in the socket (TCP backpressure) until aedes has read.
    while (this.heldBytes < MAX_HELD_BYTES * 4 && (chunk = this.realRead()) !== null) {
      if (!Buffer.isBuffer(chunk)) continue;
      const publishes = this.guard.accept(chunk);
      if (publishes === null) {
        this.held = [];
        this.socket.destroy();
        return;
      }
      const at = this.clock();
      for (let i = 0; i < publishes; i++) this.arrivals.push(at);
      if (this.held.length === 0) this.heldSince = this.gate?.time() ?? 0;
      this.held.push(chunk);
      this.heldBytes += chunk.length;
    }
  };

  /** What aedes' `read` gets: everything held, unless the gate still holds it (then null; the gate calls release()). */
  private hand(): Buffer | null {
    if (this.held.length === 0) this.drain(); // anything left in the socket by the hard cap
    if (this.held.length === 0) return null;
    if (this.gate && !this.released && this.heldBytes <= MAX_HELD_BYTES && this.gate.holding(this.heldSince)) {
      this.gate.wait(this);
      return null;
    }
    const out = this.held.length === 1 ? (this.held[0] as Buffer) : Buffer.concat(this.held);
    this.held = [];
    this.heldBytes = 0;
    this.heldSince = Infinity;
    this.released = false;
    return out;
  }
}
