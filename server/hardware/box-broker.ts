import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { Aedes, type AuthenticateError, type Client } from 'aedes';
import { BOX_MAX_PACKET_BYTES, downTopic, upTopic } from '../../shared/protocol/hardware.ts';
import type { BoxAuth } from '../repositories/box-repository.ts';
import { loginHash, sameHex } from './box-crypto.ts';
import { BoxRate } from './box-rate.ts';
import { brokerLink, type BoxLink } from './box-link.ts';
import { ConnectionCap } from './connection-cap.ts';
import { BoxSocketReader, ReadGate, type ReadHold } from './box-socket-reader.ts';

// The embedded broker (aedes) for a trainer's laptop without a broker of its own. Unlike an
// external broker it is a second wall (docs/HARDWARE.md §Broker): no anonymous client; a box
// logs in as itself (client id = user name = box id) and may publish only to its own uplink
// and subscribe only to its own downlink. The server's gateway is no client of it: it reads
// every uplink and writes downlinks through aedes' in-process API (`link`, box-link.ts), so no
// login can read other boxes' uplinks or write downlinks. Packets over BOX_MAX_PACKET_BYTES,
// retained messages, wills, persistent sessions and floods are refused. Box packets are read
// by box-socket-reader.ts: timed on arrival, and kept back while phones answer.

export interface BrokerOptions {
  port: number;
  host: string;
  /** A box's stored keys by id. */
  lookup(boxId: string): Promise<BoxAuth | null>;
  /** A box ran over its message rate: the broker closes it; the room should drop its seat. */
  onFlood?(boxId: string): void;
  /** Connections at once from one IPv4 address or IPv6 /64 (default 64). */
  maxPerAddress?: number;
  /** IPv6 clients are counted by this network prefix (IPV6_PREFIX, default 64). */
  ipv6PrefixBits?: number;
  /** When box packets wait before aedes reads them (phones answering); none: never. */
  holdReads?: ReadHold;
  /** The arrival clock (ms; default Date.now, the gateway's). */
  now?: () => number;
}

export interface BoxBroker {
  port: number;
  /** The gateway's way in: every uplink, downlinks out, inside this process. */
  link: BoxLink;
  /** MQTT clients logged in now (boxes only: the gateway is none). */
  connected(): number;
  /** Closes a box's connection (revoked, flooding). */
  kick(boxId: string): void;
  close(): Promise<void>;
}

const refused = (code: 4 | 5): AuthenticateError => Object.assign(new Error(code === 4 ? 'bad user name or password' : 'not authorized'), { returnCode: code }) as AuthenticateError;

/** How long a box kicked by the server still has to read its last downlink, in ms. */
const KICK_DELAY_MS = 200;

/** Who a connected client is: a box of a company. */
type Identity = { boxId: string; companyId: string };

/** Starts the broker on `host:port` (0 = any free port). */
export async function startBoxBroker(opts: BrokerOptions): Promise<BoxBroker> {
  const now = opts.now ?? Date.now;
  const maxPerAddress = opts.maxPerAddress ?? 64;
  const identities = new WeakMap<Client, Identity>();
  const perNetwork = new ConnectionCap(maxPerAddress, opts.ipv6PrefixBits);
  const rate = new BoxRate(now);
  const gate = opts.holdReads ? new ReadGate(opts.holdReads) : null;
  const readers = new WeakMap<object, BoxSocketReader>();
  // A PUBLISH's arrival time, from its reader to the gateway: aedes passes the payload buffer through.
  const arrivals = new WeakMap<object, number>();
  const broker = await Aedes.createBroker({ connectTimeout: 5000, keepaliveLimit: 120, maxClientsIdLength: 64, concurrency: 100 });

  broker.preConnect = (client, packet, done) => {
    // Clean sessions only, no will: nothing of an earlier connection can reach a round.
    if (!packet.clean || packet.will) return done(refused(5), false);
    done(null, true);
  };
  broker.authenticate = (client, username, password, done) => {
    if (!username || !password || password.length > 128) return done(refused(4), false);
    const pw = password.toString('utf8');
    if (client.id !== username || rate.paused(username)) return done(refused(5), false);
    opts.lookup(username).then((box) => {
      if (!box || box.revoked || !sameHex(loginHash(pw), box.loginHash)) return done(refused(4), false);
      identities.set(client, { boxId: box.id, companyId: box.companyId });
      done(null, true);
    }, () => done(refused(4), false));
  };
  broker.authorizePublish = (client, packet, done) => {
    if (!client) return done(); // the broker's own messages: the gateway's downlinks (brokerLink)
    // First, whatever follows: arrival times are taken in order, one per PUBLISH.
    const arrivedAt = readers.get(client.conn)?.takeArrival();
    if (arrivedAt !== undefined && typeof packet.payload === 'object') arrivals.set(packet.payload, arrivedAt);
    const who = identities.get(client);
    if (!who) return done(new Error('not authorized'));
    if (packet.retain || packet.topic !== upTopic(who.companyId, who.boxId)) return done(new Error('not authorized'));
    const pace = rate.take(who.boxId);
    if (pace === 'flooded') opts.onFlood?.(who.boxId);
    if (pace !== 'ok') return done(new Error('flooding'));
    done();
  };
  broker.authorizeSubscribe = (client, sub, done) => {
    const who = identities.get(client);
    const allowed = who !== undefined && sub.topic === downTopic(who.companyId, who.boxId);
    done(null, allowed ? sub : null);
  };
  // Retained messages never go out (none are stored: publishing with retain is refused above).
  broker.authorizeForward = (_client, packet) => (packet.retain ? null : packet);

  const server: Server = createServer((socket: Socket) => {
    // Per IPv4 address or IPv6 /64 (connection-cap.ts): made-up addresses get no fresh budget.
    const release = perNetwork.take(socket.remoteAddress);
    if (!release) return void socket.destroy();
    socket.once('close', release);
    socket.on('error', () => socket.destroy());
    // Small packets at once: Nagle's algorithm would hold a downlink ~40 ms behind an unacknowledged one.
    socket.setNoDelay(true);
    // Before broker.handle: the reader's 'readable' listener runs before aedes'.
    readers.set(socket, new BoxSocketReader(socket, BOX_MAX_PACKET_BYTES, gate, now));
    broker.handle(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const clients = new Map<string, Client>();
  broker.on('clientReady', (client) => clients.set(client.id, client));
  broker.on('clientDisconnect', (client) => {
    if (clients.get(client.id) === client) clients.delete(client.id);
  });

  return {
    port: (server.address() as AddressInfo).port,
    link: brokerLink(broker, (payload) => arrivals.get(payload)),
    connected: () => clients.size,
    kick(boxId) {
      // A moment later: the box first gets its last word (status `revoked`, error BOX_FLOODED).
      setTimeout(() => clients.get(boxId)?.close(), KICK_DELAY_MS).unref();
    },
    async close() {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
