import type { IncomingMessage, Server } from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * The one place that decides a request's client address: the socket's peer, unless
 * TRUST_PROXY names the proxies whose X-Forwarded-For may be believed (same rules as
 * express's "trust proxy", via its proxy-addr). Colyseus reads X-Real-IP first for
 * `AuthContext.ip`, so every request and WebSocket upgrade gets it set here, replacing
 * whatever a client sent: no throttle keyed on `context.ip` can be escaped by a header.
 */
export const CLIENT_ADDRESS_HEADER = 'x-real-ip';

type Trust = (address: string, hop: number) => boolean;

/** The trust function of a TRUST_PROXY value (false, true, a hop count, or addresses/names). */
export function compileTrust(value: boolean | number | string): Trust {
  if (value === true) return () => true;
  if (value === false) return () => false;
  if (typeof value === 'number') return (_a, hop) => hop < value;
  return proxyaddr.compile(value.split(',').map((v) => v.trim()).filter(Boolean));
}

/** The client address of a request under a trust function. */
export function clientAddress(req: IncomingMessage, trust: Trust): string {
  if (!req.socket?.remoteAddress) return 'unknown';
  return proxyaddr(req, trust);
}

/** Stamps X-Real-IP on every request and upgrade of this HTTP server before anyone reads it. */
export function stampClientAddress(server: Server, trustProxy: boolean | number | string): Server {
  const trust = compileTrust(trustProxy);
  const emit = server.emit.bind(server);
  server.emit = ((event: string, ...args: unknown[]) => {
    if (event === 'request' || event === 'upgrade') {
      const req = args[0] as IncomingMessage;
      req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req, trust);
    }
    return emit(event, ...args);
  }) as Server['emit'];
  return server;
}
