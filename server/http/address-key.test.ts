import { describe, expect, it } from 'vitest';
import { addressKey } from './address-key.ts';

describe('addressKey (N4: one key per client network)', () => {
  it('keys IPv6 addresses by their /64', () => {
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:ffff::9')).toBe(addressKey('2001:db8:1:2::1'));
    expect(addressKey('2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:3::1')).not.toBe(addressKey('2001:db8:1:2::1'));
    expect(addressKey('[2001:db8:1:2::7]')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::1')).toBe('::/64');
  });

  it('folds IPv4-mapped IPv6 to IPv4 and keeps IPv4 as it is', () => {
    expect(addressKey('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(addressKey('10.0.0.1')).toBe('10.0.0.1');
    expect(addressKey('127.0.0.1')).toBe('127.0.0.1');
  });

  it('takes another prefix length when configured', () => {
    expect(addressKey('2001:db8:1:2::1', 48)).toBe('2001:db8:1::/48');
    expect(addressKey('2001:db8:1:2::1', 128)).toBe('2001:db8:1:2::1/128');
    expect(addressKey('2001:db8:1:2::1', 56)).toBe(addressKey('2001:db8:1:ff::1', 56));
  });

  it('leaves what is not an address alone', () => {
    expect(addressKey(undefined)).toBe('unknown');
    expect(addressKey('unknown')).toBe('unknown');
  });
});
