import ipaddr from 'ipaddr.js';

// The one key function every per-address limit uses (security review N4). An IPv6 client owns
// at least a /64 (2^64 addresses; on a LAN it may add addresses at will), so keying on the
// full IPv6 address gave it 2^64 budgets. IPv6 addresses are therefore keyed by their network
// (`IPV6_PREFIX`, default /64); IPv4-mapped IPv6 (`::ffff:10.0.0.1`, what a dual-stack socket
// reports for an IPv4 peer) counts as the IPv4 address; IPv4 as it is. ipaddr.js is the parser
// proxy-addr already uses (pinned to the same exact version).

/** Default IPv6 prefix length a client is keyed by (one home, one school, one phone). */
export const DEFAULT_IPV6_PREFIX_BITS = 64;

/**
 * The key of a client address for every limit: IPv4 as is, IPv4-mapped IPv6 folded to IPv4,
 * other IPv6 truncated to its first `v6PrefixBits` bits and written as `network/bits`.
 * Anything unparsable is returned unchanged (e.g. "unknown").
 */
export function addressKey(address: string | undefined, v6PrefixBits = DEFAULT_IPV6_PREFIX_BITS): string {
  if (!address) return 'unknown';
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  if (!ipaddr.isValid(bare)) return address;
  const parsed = ipaddr.parse(bare);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const v6 = parsed as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString();
  const bytes = v6.toByteArray();
  for (let bit = 0; bit < 128; bit++) {
    if (bit < v6PrefixBits) continue;
    bytes[bit >> 3]! &= ~(0x80 >> (bit & 7));
  }
  return `${(ipaddr.fromByteArray(bytes) as ipaddr.IPv6).toString()}/${v6PrefixBits}`;
}
