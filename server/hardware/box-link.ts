import type { Aedes, AedesPublishPacket } from 'aedes';
import { connectAsync, type MqttClient } from 'mqtt';
import { ALL_UP_TOPICS } from '../../shared/protocol/hardware.ts';

// How the gateway reaches the boxes' topics. At an external broker: an MQTT client over TCP.
// At the embedded broker: aedes' own in-process API — no socket and no second MQTT parse.
// Over TCP every uplink was parsed by aedes, written again to the gateway's connection and
// parsed a second time by mqtt.js (every downlink the same way back), all on the one event
// loop the phones' answers need (docs/HARDWARE.md §Capacity).

/** Every uplink in, downlinks out. */
export interface BoxLink {
  /**
   * Receives every message on ALL_UP_TOPICS (topic, raw payload, and the time its last byte
   * was read, Date.now ms, where the link knows it). Call once.
   */
  onUplink(handler: (topic: string, payload: Buffer, arrivedAt?: number) => void): Promise<void>;
  /** Publishes a downlink (QoS 0, never retained). */
  publish(topic: string, payload: string): void;
  close(): Promise<void>;
}

/** Turns Nagle's algorithm off on the client's TCP socket: a clock-sync reply must not wait ~40 ms behind another packet. */
export function noDelay(client: MqttClient): void {
  const socket = client.stream as { setNoDelay?: (on: boolean) => void };
  socket.setNoDelay?.(true);
}

/** A link over an MQTT client at `url` (an external broker); rejects when the broker cannot be reached. */
export async function mqttLink(url: string, login?: { username: string; password: string }): Promise<BoxLink> {
  const client = await connectAsync(url, {
    clientId: login?.username ?? `arcade-server-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    ...(login ? { username: login.username, password: login.password } : {}),
    clean: true,
    reconnectPeriod: 1000,
    connectTimeout: 5000,
  });
  noDelay(client);
  client.on('connect', () => noDelay(client));
  return {
    async onUplink(handler) {
      client.on('message', (topic, payload) => handler(topic, payload));
      await client.subscribeAsync(ALL_UP_TOPICS, { qos: 0 });
    },
    publish(topic, payload) {
      client.publish(topic, payload, { qos: 0, retain: false });
    },
    async close() {
      await client.endAsync(true).catch(() => {});
    },
  };
}

/**
 * A link inside the process to the embedded aedes broker: a subscription by aedes' API and its
 * own publish (a publish without a client: no login and no topic rules apply to it, only this
 * code reaches it). Packets reach `handler` as aedes parsed them from the box's socket, with
 * the arrival time `arrivalOf` knows for their payload (box-broker.ts).
 */
export function brokerLink(broker: Aedes, arrivalOf: (payload: object) => number | undefined = () => undefined): BoxLink {
  let deliver: ((packet: AedesPublishPacket, done: () => void) => void) | null = null;
  return {
    onUplink(handler) {
      deliver = (packet, done) => {
        // aedes waits for `done` before it counts the message as delivered (its concurrency bound).
        done();
        const payload = packet.payload;
        handler(packet.topic, Buffer.isBuffer(payload) ? payload : Buffer.from(payload), typeof payload === 'object' ? arrivalOf(payload) : undefined);
      };
      return new Promise<void>((resolve) => broker.subscribe(ALL_UP_TOPICS, deliver!, () => resolve()));
    },
    publish(topic, payload) {
      broker.publish({ cmd: 'publish', topic, payload: Buffer.from(payload), qos: 0, retain: false, dup: false }, () => {});
    },
    async close() {
      if (deliver) await new Promise<void>((resolve) => broker.unsubscribe(ALL_UP_TOPICS, deliver!, () => resolve()));
    },
  };
}
