import { networkInterfaces } from 'node:os';
import { isLoopbackHost, isWildcardHost } from '../../shared/protocol/network-warnings.ts';

const isPrivate = (ip: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);

/** IPv4 addresses of this machine that others on the LAN can reach (no loopback). */
export function lanAddresses(): string[] {
  const found: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.family === 'IPv4' && !a.internal) found.push(a.address);
    }
  }
  // Private ranges first: a training room's Wi-Fi is one of them.
  return found.sort((a, b) => Number(isPrivate(b)) - Number(isPrivate(a)));
}

/**
 * False when the server listens on a loopback address only (HOST=127.0.0.1, ::1, localhost)
 * and no PUBLIC_URL points elsewhere: then no phone can reach the join links (m21).
 */
export function phonesCanReach(host: string, publicUrl: string | null): boolean {
  return publicUrl !== null || !isLoopbackHost(host);
}

/**
 * Join link bases (`http://<address>:<port>/`), only addresses the server listens on:
 * PUBLIC_URL alone when set; for all interfaces (HOST=0.0.0.0) one per LAN address
 * (`ips`, default this machine's); for one interface just that one; for loopback only
 * `localhost` — a link for this machine, never a LAN address phones would fail on (the
 * client learns from `phonesCanReach` that phones cannot join).
 */
export function joinUrls(publicUrl: string | null, port: number, host: string, ips: readonly string[] = lanAddresses()): string[] {
  if (publicUrl) return [publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`];
  let hosts: readonly string[];
  if (isLoopbackHost(host)) hosts = ['localhost'];
  else if (isWildcardHost(host)) hosts = ips.length > 0 ? ips : ['localhost'];
  else hosts = [host.includes(':') && !host.startsWith('[') ? `[${host}]` : host];
  return hosts.map((h) => `http://${h}:${port}/`);
}
