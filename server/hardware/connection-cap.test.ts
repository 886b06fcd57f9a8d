import { describe, expect, it } from 'vitest';
import { ConnectionCap } from './connection-cap.ts';

describe('ConnectionCap: connections at once per client network (embedded broker)', () => {
  it('addresses of one IPv6 /64 share one budget; another /64 has its own', () => {
    const cap = new ConnectionCap(3);
    const held = ['fd00::2', 'fd00::3', 'fd00::ffff:1:2'].map((a) => cap.take(a));
    expect(held.every(Boolean)).toBe(true);
    // A fourth address made up in the same /64 gets no fresh budget.
    expect(cap.take('fd00::abcd:ef01:2345:6789')).toBeNull();
    expect(cap.take('fd00:0:0:1::2')).not.toBeNull();
    held[0]!();
    held[0]!(); // releasing twice frees one place only
    expect(cap.count('fd00::9')).toBe(2);
    expect(cap.take('fd00::9')).not.toBeNull();
    expect(cap.take('fd00::10')).toBeNull();
  });

  it('IPv4 by address, IPv4-mapped IPv6 as the IPv4 address', () => {
    const cap = new ConnectionCap(1);
    expect(cap.take('10.0.0.7')).not.toBeNull();
    expect(cap.take('::ffff:10.0.0.7')).toBeNull();
    expect(cap.take('10.0.0.8')).not.toBeNull();
  });

  it('IPV6_PREFIX widens the network: at /48 two /64s of one site share the budget', () => {
    const cap = new ConnectionCap(1, 48);
    expect(cap.take('fd00::2')).not.toBeNull();
    expect(cap.take('fd00:0:0:1::2')).toBeNull();
    expect(cap.take('fd00:0:1::2')).not.toBeNull();
  });
});
