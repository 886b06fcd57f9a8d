import { addressKey } from '../http/address-key.ts';

// Connections at once per client network to the embedded broker. Keyed like every other
// per-address limit (server/http/address-key.ts, review N4): IPv4 by address, IPv6 by its /64
// (IPV6_PREFIX), IPv4-mapped IPv6 as the IPv4 address — one device on a LAN can give itself
// any number of IPv6 addresses in its /64, and must not get a fresh budget with each.

export class ConnectionCap {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number, private readonly v6PrefixBits?: number) {}

  /** Takes a place for a new connection from `address`; null when its network is full, else the release. */
  take(address: string | undefined): (() => void) | null {
    const key = addressKey(address, this.v6PrefixBits);
    const count = (this.open.get(key) ?? 0) + 1;
    if (count > this.max) return null;
    this.open.set(key, count);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(key) ?? 1) - 1;
      if (left <= 0) this.open.delete(key);
      else this.open.set(key, left);
    };
  }

  /** Open connections of `address`'s network (tests). */
  count(address: string): number {
    return this.open.get(addressKey(address, this.v6PrefixBits)) ?? 0;
  }
}
