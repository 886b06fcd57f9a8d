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
