import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * The one place that decides a request's client address: the socket's peer, unless
 * TRUST_PROXY names the proxies whose X-Forwarded-For may be believed (same rules as
 * express's "trust proxy", via its proxy-addr). Colyseus reads X-Real-IP first for
 * `AuthContext.ip`, so every request and WebSocket upgrade gets it set here, replacing
 * whatever a client sent (request-guard.ts stamps it on every request and upgrade): no
 * throttle keyed on `context.ip` can be escaped by a header.
 */
export const CLIENT_ADDRESS_HEADER = 'x-real-ip';

type Trust = (address: string, hop: number) => boolean;

/** The trust function of a TRUST_PROXY value (false, a hop count, or addresses/names; never "trust all", see config.ts). */
export function compileTrust(value: false | number | string): Trust {
  if (value === false) return () => false;
  if (typeof value === 'number') return (_a, hop) => hop < value;
  return proxyaddr.compile(value.split(',').map((v) => v.trim()).filter(Boolean));
}

/**
 * The key every per-address limit counts a request under: the client address stamped by
 * request-guard.ts (IPv6 already reduced to its network, see address-key.ts). Express's own
 * `req.ip` is the full address and must not be used as a limit key.
 */
export function limitKeyOf(req: IncomingMessage): string {
  const stamped = req.headers[CLIENT_ADDRESS_HEADER];
  return typeof stamped === 'string' && stamped !== '' ? stamped : 'unknown';
}

/** The client address of a request under a trust function. */
export function clientAddress(req: IncomingMessage, trust: Trust): string {
  if (!req.socket?.remoteAddress) return 'unknown';
  return proxyaddr(req, trust);
}
