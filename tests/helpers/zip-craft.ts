import { crc32 } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

// Hostile ZIPs for tests: a real archive (fflate) whose central-directory fields are then
// patched (names, sizes, file mode, flags, entry count), as an attacker would.

/** A ZIP of the given entries (text or bytes), stored or deflated. */
export function makeZip(entries: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])), { level });
}

/** Offsets of the central-directory entries and the end record. */
export function layout(zip: Uint8Array): { entries: number[]; end: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const entries: number[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    entries.push(at);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { entries, end };
}

/** A copy with a field of the `index`-th central entry (byte offset within it) set. */
export function patchEntry(zip: Uint8Array, index: number, offset: number, value: number, bytes: 2 | 4): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const at = layout(copy).entries[index]! + offset;
  if (bytes === 2) view.setUint16(at, value, true);
  else view.setUint32(at, value, true);
  return copy;
}

/** A copy whose end record claims `count` entries. */
export function patchCount(zip: Uint8Array, count: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const { end } = layout(copy);
  view.setUint16(end + 8, count, true);
  view.setUint16(end + 10, count, true);
  return copy;
}

/** CP850 bytes of the German letters (the DOS code page of a German Windows; CP437 has the same). */
const CP850: Record<string, number> = { ä: 0x84, ö: 0x94, ü: 0x81, Ä: 0x8e, Ö: 0x99, Ü: 0x9a, ß: 0xe1 };

/** A name's bytes as a German Windows Explorer writes them: CP850, one byte per letter ('?' for others). */
export const cp850Bytes = (name: string): Uint8Array =>
  Uint8Array.from([...name], (c) => CP850[c] ?? (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : 0x3f));

/**
 * A ZIP whose entry names are the given raw bytes with the UTF-8 flag (bit 11) clear, in the
 * local and central headers both, as Windows Explorer's "ZIP-komprimierter Ordner" writes
 * names with umlauts. `extra` adds extra fields per entry index (fflate writes them to both headers).
 */
export function zipWithRawNames(entries: [Uint8Array, string | Uint8Array][], extra: Record<number, Record<number, Uint8Array>> = {}): Uint8Array {
  // Written first under ASCII stand-ins of the same length, so fflate sets no flag and the
  // offsets stay right when the real bytes replace them.
  const stand = entries.map(([raw], i) => `${i}`.padStart(raw.length, '_'));
  const zip = zipSync(Object.fromEntries(entries.map(([, v], i) => [stand[i]!, [typeof v === 'string' ? strToU8(v) : v, { extra: extra[i] }]])), { level: 0 });
  const view = new DataView(zip.buffer);
  layout(zip).entries.forEach((central, i) => {
    const raw = entries[i]![0];
    const local = view.getUint32(central + 42, true);
    // [flags, name length, name] offsets in the central and the local header.
    for (const [flags, length, name] of [[central + 8, central + 28, central + 46], [local + 6, local + 26, local + 30]]) {
      if (view.getUint16(length!, true) !== raw.length) throw new Error('stand-in of another length');
      view.setUint16(flags!, view.getUint16(flags!, true) & ~0x800, true);
      zip.set(raw, name);
    }
  });
  return zip;
}

/** The Info-ZIP Unicode Path extra field (0x7075): version 1, CRC-32 of the raw name, the UTF-8 name. */
export function unicodePathField(raw: Uint8Array, name: string, crc = crc32(raw)): Record<number, Uint8Array> {
  const utf8 = strToU8(name);
  const field = new Uint8Array(5 + utf8.length);
  field[0] = 1;
  new DataView(field.buffer).setUint32(1, crc, true);
  field.set(utf8, 5);
  return { 0x7075: field };
}
