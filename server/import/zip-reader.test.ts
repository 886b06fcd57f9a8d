import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeZip, patchCount, patchEntry } from '../../tests/helpers/zip-craft.ts';
import { readZip, safeEntryName, type ZipLimits } from './zip-reader.ts';

const zeros = (n: number) => new Uint8Array(n);
const LIMITS: ZipLimits = { entries: 64, inflatedBytes: 8 * 1024 * 1024, ratio: 200 };
const keyOf = (zip: Uint8Array, limits = LIMITS): string => {
  try {
    readZip(zip, limits);
    return 'ok';
  } catch (err) {
    return (err as { key?: string }).key ?? String(err);
  }
};

describe('readZip (security review §4.1: ZIP threats)', () => {
  it('reads a plain archive, stored and deflated, folders left out', () => {
    for (const level of [0, 6] as const) {
      const files = readZip(makeZip({ 'set.json': '{"a":1}', 'photos/': new Uint8Array(0), 'photos/x.txt': 'x'.repeat(5000) }, level), LIMITS);
      expect([...files.keys()]).toEqual(['set.json', 'photos/x.txt']);
      expect(strFromU8(files.get('set.json')!)).toBe('{"a":1}');
      expect(files.get('photos/x.txt')!.length).toBe(5000);
    }
  });

  it('refuses path-traversal, absolute, drive and backslash names', () => {
    for (const name of ['../evil.txt', 'a/../../evil.txt', '/etc/passwd', 'C:/win.ini', 'a\\..\\b', './set.json', 'a//b', 'x\u0000y']) {
      expect(safeEntryName(name), name).toBe(false);
      expect(keyOf(makeZip({ [name]: 'boom' })), name).toBe('zip-path');
    }
    expect(safeEntryName('photos/a-1.jpg')).toBe(true);
    expect(keyOf(makeZip({ 'a.txt': 'x', 'b.txt': 'y' }))).toBe('ok');
  });

  it('refuses a symlink entry (unix mode 120777 in the central directory)', () => {
    const zip = makeZip({ 'set.json': '/etc/passwd' });
    const link = patchEntry(patchEntry(zip, 0, 4, (3 << 8) | 20, 2), 0, 38, (0o120777 << 16) >>> 0, 4);
    expect(keyOf(zip)).toBe('ok');
    expect(keyOf(link)).toBe('zip-link');
  });

  it('refuses more entries than allowed, also when only the end record claims them (10^5 entries)', () => {
    const many = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`f${i}.txt`, 'x']));
    expect(keyOf(makeZip(many))).toBe('zip-entries');
    expect(keyOf(patchCount(makeZip({ 'a.txt': 'x' }), 65_000))).toBe('zip-entries');
    // 100,000 entries do not fit the 16-bit count: that needs ZIP64, which is refused as such.
    expect(keyOf(patchCount(makeZip({ 'a.txt': 'x' }), 0xffff))).toBe('zip-invalid');
  });

  it('refuses bombs: too much declared, too high a ratio, and an entry that inflates past its declared size', () => {
    expect(keyOf(makeZip({ 'big.bin': zeros(9 * 1024 * 1024) }))).toBe('zip-bomb');
    expect(keyOf(makeZip({ 'dense.bin': zeros(2 * 1024 * 1024) }))).toBe('zip-bomb');
    const liar = patchEntry(makeZip({ 'set.json': zeros(60_000) }), 0, 24, 1000, 4);
    expect(keyOf(liar)).toBe('zip-bomb');
    const split = makeZip(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i}.bin`, crypto.getRandomValues(new Uint8Array(60_000))])));
    expect(keyOf(split, { ...LIMITS, inflatedBytes: 500_000 })).toBe('zip-bomb');
  });

  it('refuses nested archives by name and by content, and encrypted entries', () => {
    const inner = makeZip({ 'a.txt': 'x' });
    expect(keyOf(makeZip({ 'inner.zip': inner }))).toBe('zip-nested');
    expect(keyOf(makeZip({ 'innocent.txt': inner }))).toBe('zip-nested');
    expect(keyOf(patchEntry(makeZip({ 'a.txt': 'x' }), 0, 8, 1, 2))).toBe('zip-encrypted');
  });

  it('refuses what is no ZIP or a damaged one, never throwing anything else', () => {
    expect(keyOf(new TextEncoder().encode('Art;Frage\n'))).toBe('zip-invalid');
    const zip = makeZip({ 'set.json': 'x'.repeat(3000) });
    expect(keyOf(zip.slice(0, zip.length - 30))).toBe('zip-invalid');
    const cut = zip.slice();
    cut.fill(0xff, 40, 80);
    expect(['zip-invalid', 'zip-bomb']).toContain(keyOf(cut));
  });
});
