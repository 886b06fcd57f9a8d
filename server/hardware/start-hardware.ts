import type { BoxServerInfo } from '../../shared/protocol/hardware.ts';
import type { BoxRepository } from '../repositories/box-repository.ts';
import { startBoxBroker, type BoxBroker } from './box-broker.ts';
import { BoxGateway, phonesFirst } from './box-gateway.ts';
import { BoxHub } from './box-hub.ts';
import type { HardwareConfig } from './hardware-config.ts';

// Starts what buzzer boxes need (docs/HARDWARE.md §Setup): with MQTT_URL the gateway's client
// at that broker; otherwise the embedded broker on MQTT_HOST:MQTT_PORT and the gateway inside
// this process on aedes' own API (box-link.ts: no TCP connection to itself, no second parse).

/** The running hardware side of the server. */
export interface Hardware {
  hub: BoxHub;
  gateway: BoxGateway;
  /** The embedded broker, or null with an external one. */
  broker: BoxBroker | null;
  /** Where boxes connect (for the log line and tests): the external URL or mqtt://host:port. */
  brokerUrl: string;
  /** The one interface the embedded broker listens on, or null when it listens on all (or is external). */
  boundHost: string | null;
  /** A trainer revoked (or deleted) a box: out of its round, off the embedded broker, forgotten by the gateway. */
  revoked(boxId: string): void;
  close(): Promise<void>;
}

/** Starts the hardware side, or returns null when HARDWARE is off. */
export async function startHardware(cfg: HardwareConfig, boxes: BoxRepository, ipv6PrefixBits?: number): Promise<Hardware | null> {
  if (!cfg.enabled) return null;
  const hub = new BoxHub();
  const lookup = (id: string) => boxes.auth(id);
  let broker: BoxBroker | null = null;
  let gateway: BoxGateway;
  let brokerUrl: string;
  let boundHost: string | null = null;
  if (cfg.mqttUrl) {
    brokerUrl = cfg.mqttUrl;
    const where = new URL(cfg.mqttUrl).host; // never the URL itself: it may carry a password
    gateway = await BoxGateway.start({ url: cfg.mqttUrl, ...(cfg.mqttUsername ? { username: cfg.mqttUsername, password: cfg.mqttPassword ?? '' } : {}), lookup, hub })
      .catch((err: Error) => {
        throw new Error(`The MQTT broker in MQTT_URL (${where}) cannot be reached for buzzer boxes: ${err.message}. Start it, or unset MQTT_URL.`);
      });
  } else {
    // Box packets wait unread while phones answer, by the gateway's rule.
    broker = await startBoxBroker({ port: cfg.mqttPort, host: cfg.mqttHost, lookup, ipv6PrefixBits, holdReads: phonesFirst(hub), onFlood: (boxId) => hub.cutOff(boxId, 'flooded') });
    const wildcard = cfg.mqttHost === '0.0.0.0' || cfg.mqttHost === '::';
    boundHost = wildcard ? null : cfg.mqttHost;
    const local = wildcard ? '127.0.0.1' : cfg.mqttHost;
    brokerUrl = `mqtt://${local.includes(':') ? `[${local}]` : local}:${broker.port}`;
    try {
      gateway = await BoxGateway.over(broker.link, { lookup, hub });
    } catch (err) {
      await broker.close();
      throw err;
    }
    const embedded = broker;
    hub.onKick = (boxId) => embedded.kick(boxId);
  }
  return {
    hub, gateway, broker, brokerUrl, boundHost,
    revoked(boxId) {
      gateway.forget(boxId);
      hub.cutOff(boxId, 'revoked');
    },
    async close() {
      await gateway.close();
      await broker?.close();
    },
  };
}

/**
 * Where boxes connect, for the trainer's box screen: the external broker's host and port
 * (never its user or password), or the embedded broker's port at the address phones use
 * (its one interface, else `publicUrl`: the join cards' address); `on: false` while off.
 */
export function boxServerInfo(hw: Hardware | null, publicUrl: string): BoxServerInfo {
  if (!hw) return { on: false, broker: null };
  if (hw.broker) {
    // Bound to one interface: that one; on all: the address the join cards show.
    return { on: true, broker: { host: hw.boundHost ?? new URL(publicUrl).hostname, port: hw.broker.port, embedded: true } };
  }
  const url = new URL(hw.brokerUrl);
  const port = Number(url.port) || (url.protocol === 'mqtts:' ? 8883 : 1883);
  return { on: true, broker: { host: url.hostname.replace(/^\[|\]$/g, ''), port, embedded: false } };
}
