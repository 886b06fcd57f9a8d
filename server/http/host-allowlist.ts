import { isIP } from 'node:net';
import { hostname } from 'node:os';

// DNS rebinding (review N13): a page of evil.example whose name an attacker points at the
// trainer's laptop is same-origin with itself, so its scripts could read this server's
// answers from inside the school network. Browsers always send the name they resolved in
// `Host`: the server answers only to its own names. IP addresses (a LAN join link) always pass.

/** The names this server answers to; anything else is refused before it is read. */
export function hostAllowlist(publicUrl: string | null, extra: string[], machine = hostname()): (host: string) => boolean {
  const names = new Set(['localhost', machine, `${machine}.local`, ...extra].map((n) => n.toLowerCase()).filter(Boolean));
  if (publicUrl) names.add(new URL(publicUrl).hostname.toLowerCase());
  return (host) => {
    const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d+$/, '');
    const bare = name.toLowerCase().replace(/\.$/, '');
    return isIP(bare) !== 0 || names.has(bare) || bare.endsWith('.localhost');
  };
}
