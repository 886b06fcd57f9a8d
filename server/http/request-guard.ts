import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { addressKey, DEFAULT_IPV6_PREFIX_BITS } from './address-key.ts';
import { CLIENT_ADDRESS_HEADER, clientAddress, compileTrust } from './client-address.ts';

// The first thing every request and WebSocket upgrade meets, before express or Colyseus:
// Colyseus builds a WHATWG `Request` from `X-Forwarded-Proto`, `Host` and the request target
// in a promise nobody handles, so one malformed value (`X-Forwarded-Proto: a b`, a proxy's
// `https, http`, `Host: a b`, an absolute-form target) used to end the whole process (security
// review N1). Here those inputs are either made well-formed or the request is refused with
// `400 REQUEST_INVALID`; the client address is stamped here too (see client-address.ts).

/** Longest `Host` we accept (a DNS name is at most 253 characters, plus a port). */
const MAX_HOST_CHARS = 260;
/** A DNS name or IPv4 address, or a bracketed IPv6 literal, each with an optional port. */
const AUTHORITY = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?$/;

/** True when `host` is a well-formed `Host` header value (an authority URL parsers accept). */
export function isValidHost(host: string | undefined): host is string {
  if (!host || host.length > MAX_HOST_CHARS) return false;
  const match = AUTHORITY.exec(host);
  if (!match) return false;
  if (match[1] !== undefined && Number(match[1]) > 65535) return false;
  return URL.canParse(`http://${host}/`);
}

/** True for a request target in origin form (`/path?query`), the only form a browser sends us. */
export function isOriginForm(target: string | undefined): boolean {
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//') && URL.canParse(target, 'http://h');
}

/**
 * The scheme a request came in by: https on a TLS socket; else the first value of
 * `X-Forwarded-Proto` when the peer is a trusted proxy (TRUST_PROXY) and that value is
 * `http` or `https`; else http. Never a client's free text.
 */
export function requestProtocol(req: IncomingMessage, trust: (address: string, hop: number) => boolean): 'http' | 'https' {
  if ((req.socket as { encrypted?: boolean } | undefined)?.encrypted) return 'https';
  const peer = req.socket?.remoteAddress;
  const header = req.headers['x-forwarded-proto'];
  if (!peer || typeof header !== 'string' || !trust(peer, 0)) return 'http';
  const first = header.split(',')[0]!.trim().toLowerCase();
  return first === 'https' ? 'https' : 'http';
}

/** Why a request is refused before anyone reads it, or null when it may go on. */
export function refusal(req: IncomingMessage, hostAllowed: (host: string) => boolean = () => true): string | null {
  if (!isValidHost(req.headers.host)) return 'Host';
  if (!hostAllowed(req.headers.host)) return 'Host name';
  if (!isOriginForm(req.url)) return 'target';
  return null;
}

const BODY = JSON.stringify({ error: 'REQUEST_INVALID' });

function refuseRequest(res: ServerResponse): void {
  res.writeHead(400, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(BODY), Connection: 'close' });
  res.end(BODY);
}

function refuseUpgrade(socket: Duplex): void {
  socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(BODY)}\r\nConnection: close\r\n\r\n${BODY}`);
}

/**
 * Makes this HTTP server check every request and upgrade first: a malformed `Host` or request
 * target gets `400 {"error":"REQUEST_INVALID"}` (an upgrade the same, then the socket closes);
 * `X-Forwarded-Proto` is replaced by the scheme decided by `trustProxy` (TRUST_PROXY), and
 * `X-Real-IP` by the client's limit key (its address; an IPv6 address reduced to its
 * `/ipv6PrefixBits` network, see address-key.ts). A `Host` that is not one of this server's
 * names (`hostAllowed`, host-allowlist.ts) is refused the same way. Returns the same server.
 */
export function guardRequests(server: Server, trustProxy: false | number | string, ipv6PrefixBits = DEFAULT_IPV6_PREFIX_BITS, hostAllowed: (host: string) => boolean = () => true): Server {
  const trust = compileTrust(trustProxy);
  const emit = server.emit.bind(server);
  server.emit = ((event: string, ...args: unknown[]) => {
    if (event === 'request' || event === 'upgrade') {
      const req = args[0] as IncomingMessage;
      if (refusal(req, hostAllowed) !== null) {
        if (event === 'request') refuseRequest(args[1] as ServerResponse);
        else refuseUpgrade(args[1] as Duplex);
        return true;
      }
      req.headers['x-forwarded-proto'] = requestProtocol(req, trust);
      req.headers[CLIENT_ADDRESS_HEADER] = addressKey(clientAddress(req, trust), ipv6PrefixBits);
    }
    return emit(event, ...args);
  }) as Server['emit'];
  return server;
}
