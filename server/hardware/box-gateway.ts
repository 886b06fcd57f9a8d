import { BOX_MAX_PAYLOAD_BYTES, downTopic, parseBoxUp, parseEnvelope, parseUpTopic, type BoxDown } from '../../shared/protocol/hardware.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { BoxAuth } from '../repositories/box-repository.ts';
import { envelope, verifyBody } from './box-crypto.ts';
import type { BoxHub } from './box-hub.ts';
import { BoxRate } from './box-rate.ts';
import { BoxDirectory } from './box-directory.ts';
import { mqttLink, type BoxLink } from './box-link.ts';
import { TurnQueue } from './turn-queue.ts';

export { noDelay } from './box-link.ts';

// The server's side of MQTT: one link (box-link.ts) that reads every box's uplink and writes downlinks.
// It trusts no broker (an external one may let anyone in): each message is checked in this
// order — topic shape, the box's message rate, payload size, a known and unrevoked box of the
// topic's company, the envelope, the box's HMAC signature, the body — and only then handed to
// the hub. A refusal goes back to a known box as a signed `error` with a documented code
// (docs/HARDWARE.md §Errors); an unknown box gets no answer at all. The topic and the box's
// message rate are checked on arrival (a flood never queues); the rest waits its turn
// (turn-queue.ts): one uplink per event-loop turn, and none while phones are answering — until
// ANSWER_QUIET_MS passed without a phone's answer, at most BOX_HOLD_MAX_MS. (The embedded broker
// applies the same rule before aedes even parses a box packet: box-socket-reader.ts; its wait
// counts towards the same BOX_HOLD_MAX_MS.) Phones' acks are
// what a player feels at once; a box timed its press itself (or sends its press time), and the
// arrival time is taken before the wait, so the wait changes no result, only the box's ack
// comes later (docs/HARDWARE.md §Capacity).

/** A box uplink waits until no phone's answer arrived for this long (ms). */
export const ANSWER_QUIET_MS = 20;
/** …but never longer than this after its arrival (ms): a box's ack comes at most this much later. */
export const BOX_HOLD_MAX_MS = 250;

/**
 * The phones-first rule as a hold (see the top of this file): `holdFor()` ms still to wait
 * (0 or less: go), at most `maxHoldMs` after arrival. The gateway's turn queue and the embedded
 * broker's box reads (box-socket-reader.ts) both wait by it.
 */
export function phonesFirst(hub: BoxHub): { holdFor: () => number; maxHoldMs: number } {
  return { holdFor: () => ANSWER_QUIET_MS - hub.sinceAnswer(), maxHoldMs: BOX_HOLD_MAX_MS };
}

export interface GatewayOptions {
  /** Broker URL (mqtt:// or mqtts://) for start(); over() takes a link instead. */
  url?: string;
  username?: string;
  password?: string;
  lookup(boxId: string): Promise<BoxAuth | null>;
  hub: BoxHub;
  now?: () => number;
}

/** What the gateway counted (tests and the benchmark read it). */
export interface GatewayStats {
  received: number;
  accepted: number;
  /** Uplinks lost because too many waited for their turn (a QoS 0 message may be lost anyway). */
  dropped: number;
  refused: Partial<Record<ErrorCode | 'UNKNOWN_SILENT', number>>;
}

export class BoxGateway {
  readonly stats: GatewayStats = { received: 0, accepted: 0, dropped: 0, refused: {} };
  private readonly turns: TurnQueue;
  private readonly rate: BoxRate;
  private readonly directory: BoxDirectory;
  private readonly now: () => number;

  private constructor(private readonly link: BoxLink, private readonly opts: GatewayOptions) {
    this.now = opts.now ?? Date.now;
    this.rate = new BoxRate(this.now);
    this.directory = new BoxDirectory(opts.lookup, this.now);
    this.turns = new TurnQueue(phonesFirst(opts.hub));
    opts.hub.setSender((box, body) => this.send(box, body));
  }

  /** Connects an MQTT client to the (external) broker at `opts.url` and subscribes to every uplink. */
  static async start(opts: GatewayOptions & { url: string }): Promise<BoxGateway> {
    const link = await mqttLink(opts.url, opts.username ? { username: opts.username, password: opts.password ?? '' } : undefined);
    return BoxGateway.over(link, opts);
  }

  /** A gateway over an open link (the embedded broker's in-process one: box-link.ts brokerLink). */
  static async over(link: BoxLink, opts: GatewayOptions): Promise<BoxGateway> {
    const gateway = new BoxGateway(link, opts);
    await link.onUplink((topic, payload, arrivedAt) => gateway.arrive(topic, payload, arrivedAt));
    return gateway;
  }

  /**
   * An uplink arrived: topic and rate now, the rest in its turn (see the top of this file).
   * `arrivedAt` (server ms): when its last byte was read, where the link knows (the embedded
   * broker may have held it back); else now. No wait is part of a box's latency.
   */
  arrive(topic: string, payload: Buffer, arrivedAt = this.now()): void {
    this.stats.received++;
    const where = parseUpTopic(topic);
    if (!where) return this.count('UNKNOWN_SILENT');
    const pace = this.rate.take(where.boxId);
    if (pace === 'paused') return this.count('BOX_FLOODED');
    // A packet the broker already held counts its wait towards BOX_HOLD_MAX_MS.
    const queued = this.turns.push(() => void this.handle(where, pace, payload, arrivedAt).catch(() => this.count('UNKNOWN_SILENT')), Math.max(0, this.now() - arrivedAt));
    if (!queued) this.stats.dropped++;
  }

  /** Signs a body with the box's key and publishes it on the box's downlink (QoS 0, never retained). */
  send(box: BoxAuth, body: BoxDown): void {
    this.link.publish(downTopic(box.companyId, box.id), envelope(box.signKey, 'down', body));
  }

  /** A trainer revoked this box: it is forgotten here at once. */
  forget(boxId: string): void {
    this.directory.forget(boxId);
  }

  async close(): Promise<void> {
    await this.link.close();
  }

  private count(code: ErrorCode | 'UNKNOWN_SILENT'): void {
    this.stats.refused[code] = (this.stats.refused[code] ?? 0) + 1;
  }

  private refuse(box: BoxAuth, code: ErrorCode, ref?: string): void {
    this.count(code);
    this.send(box, { t: 'error', code, ...(ref ? { ref } : {}) });
  }

  /** The rest of an uplink's checks, in its turn (see the top of this file); `arrivedAt` in server ms. */
  private async handle(where: { companyId: string; boxId: string }, pace: ReturnType<BoxRate['take']>, payload: Buffer, arrivedAt: number): Promise<void> {
    const box = await this.directory.find(where.boxId);
    if (!box || box.companyId !== where.companyId) return this.count('UNKNOWN_SILENT');
    if (pace === 'flooded') {
      this.refuse(box, 'BOX_FLOODED');
      return this.opts.hub.cutOff(box.id, 'flooded');
    }
    if (box.revoked) return this.refuse(box, 'BOX_UNKNOWN');
    if (payload.length > BOX_MAX_PAYLOAD_BYTES) return this.refuse(box, 'BOX_PAYLOAD_INVALID');
    const env = parseEnvelope(payload.toString('utf8'));
    if (!env) return this.refuse(box, 'BOX_PAYLOAD_INVALID');
    if (!verifyBody(box.signKey, 'up', env.m, env.sig)) return this.refuse(box, 'BOX_SIGNATURE');
    const msg = parseBoxUp(env.m);
    if (!msg) return this.refuse(box, 'BOX_PAYLOAD_INVALID');
    let refusal: ErrorCode | null = null;
    if (msg.t === 'time') this.send(box, { t: 'time', c: msg.c, s: this.now() });
    else if (msg.t === 'hello') refusal = this.opts.hub.hello(box, msg.code, msg.mode);
    else refusal = this.opts.hub.receive(box, msg, arrivedAt);
    if (refusal) return this.refuse(box, refusal, msg.t);
    this.stats.accepted++;
  }
}
