import { hostname } from 'node:os';
import { lanAddresses } from './lan-addresses.ts';

// Printed cards live for months; the laptop's IP changes with every Wi-Fi. So a card's QR
// carries PUBLIC_URL when set, else the machine's host name (mDNS `<name>.local`, which
// phones resolve on the same network without a DNS server), and an IP only as a last choice.

/** The bare host name, without a trailing `.local` or domain dots that a `.local` suffix would break. */
function mdnsName(name: string): string | null {
  const bare = name.trim().toLowerCase().replace(/\.local\.?$/, '');
  return /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(bare) ? bare : null;
}

/**
 * Base URLs for card QR codes, best first: PUBLIC_URL alone when set; else
 * `http://<host>.local:<port>/`, `http://<host>:<port>/`, then the LAN IPs (they change).
 */
export function cardUrls(publicUrl: string | null, port: number, host: string = hostname(), ips: readonly string[] = lanAddresses()): string[] {
  if (publicUrl) return [publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`];
  const name = mdnsName(host);
  const names = name ? [`${name}.local`, name] : [];
  const all = [...names, ...ips];
  return (all.length > 0 ? all : ['localhost']).map((h) => `http://${h}:${port}/`);
}
