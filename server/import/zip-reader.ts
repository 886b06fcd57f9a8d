import { Inflate } from 'fflate';
import { IMPORT_LIMITS, type ImportProblemKey } from '../../shared/games/werkstatt/transfer.ts';
import { entryName } from './zip-names.ts';

// A ZIP reader for untrusted uploads (set files, XLSX): reads the central directory itself so
// it sees every entry's declared sizes, flags and file mode before inflating a byte, then
// inflates each entry in small steps and stops as soon as it grows past what was declared or
// past the budget. Threats (security review §4.1): bombs, lying size headers, `../` and
// absolute names, symlinks, huge entry counts, nested archives. fflate does the inflating.
// Names in UTF-8 or, unflagged, in the DOS code page of a German Windows (zip-names.ts).

/** An upload refused for one reason; the route answers 400 IMPORT_INVALID with `key`. */
export class ImportRefusal extends Error {
  constructor(readonly key: ImportProblemKey, readonly row: number | null = null, readonly column: string | null = null) {
    super(key);
  }
}

export interface ZipLimits {
  entries: number;
  inflatedBytes: number;
  ratio: number;
  /** Entry names that may hold an archive themselves (a sheet's .xlsx beside its photos); none else. */
  nestedOk?: RegExp;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Input handed to the inflater per step: one step adds at most ~1 MB of output (deflate ≤ 1032:1). */
const STEP = 1024;

/** True when the bytes start like a ZIP (local header or empty archive). */
export const looksLikeZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

/** A safe relative entry name (no `..`, `.`, absolute or drive paths, backslashes, control characters). */
export function safeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > IMPORT_LIMITS.nameChars) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\:]/.test(name) || name.startsWith('/')) return false;
  const parts = name.split('/');
  return parts.every((p, i) => (p === '' ? i === parts.length - 1 && i > 0 : p !== '.' && p !== '..'));
}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

/** The central directory's entries, each checked; throws ImportRefusal. */
function directory(zip: Uint8Array, limits: ZipLimits): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) { end = i; break; }
  }
  if (end < 0) throw new ImportRefusal('zip-invalid');
  const count = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  // Multi-disk and ZIP64 archives never come from a set export or a spreadsheet program of our size.
  if (view.getUint16(end + 4, true) !== 0 || count === 0xffff || at === 0xffffffff) throw new ImportRefusal('zip-invalid');
  if (count > limits.entries) throw new ImportRefusal('zip-entries');
  if (at + cdSize > end) throw new ImportRefusal('zip-invalid');
  const names = new Set<string>();
  const entries: Entry[] = [];
  let declared = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw new ImportRefusal('zip-invalid');
    const madeBy = view.getUint16(at + 4, true) >> 8;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const skip = 46 + nameLen + extraLen + view.getUint16(at + 32, true);
    const mode = view.getUint32(at + 38, true) >>> 16;
    const localOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLen + extraLen > end) throw new ImportRefusal('zip-invalid');
    const name = entryName(zip.subarray(at + 46, at + 46 + nameLen), flags, zip.subarray(at + 46 + nameLen, at + 46 + nameLen + extraLen));
    if (name === null || !safeEntryName(name) || names.has(name)) throw new ImportRefusal('zip-path');
    if (madeBy === 3 && (mode & 0o170000) === 0o120000) throw new ImportRefusal('zip-link');
    if (flags & 0x41 || (method !== 0 && method !== 8)) throw new ImportRefusal('zip-encrypted');
    if (/\.(zip|xlsx|xlsm|jar|docx|7z|rar|gz)$/i.test(name) && !limits.nestedOk?.test(name)) throw new ImportRefusal('zip-nested');
    declared += size;
    if (declared > limits.inflatedBytes || size > Math.max(64 * 1024, compressed * limits.ratio)) throw new ImportRefusal('zip-bomb');
    names.add(name);
    entries.push({ name, method, compressed, size, localOffset });
    at += skip;
  }
  return entries;
}

/** The entry's bytes, inflated in steps and never beyond its declared size. */
function inflateEntry(zip: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = entry.localOffset;
  if (at + 30 > zip.length || view.getUint32(at, true) !== LOCAL) throw new ImportRefusal('zip-invalid');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressed > zip.length) throw new ImportRefusal('zip-invalid');
  const data = zip.subarray(start, start + entry.compressed);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw new ImportRefusal('zip-bomb');
    return data.slice();
  }
  const out = new Uint8Array(entry.size);
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    if (filled + chunk.length > entry.size) throw new ImportRefusal('zip-bomb');
    out.set(chunk, filled);
    filled += chunk.length;
  });
  try {
    for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    throw err instanceof ImportRefusal ? err : new ImportRefusal('zip-invalid');
  }
  if (filled !== entry.size) throw new ImportRefusal('zip-bomb');
  return out;
}

/**
 * Reads an untrusted ZIP into a map of entry name → bytes (directories left out). Throws
 * ImportRefusal: `zip-invalid` (not a ZIP, ZIP64, damaged), `zip-entries` (more than
 * limits.entries), `zip-bomb` (declared or actual inflated size over limits.inflatedBytes, a
 * ratio over limits.ratio, or an entry inflating to other than its declared size), `zip-path`,
 * `zip-link`, `zip-encrypted`, `zip-nested` (an archive inside, by name or by content, unless
 * its name matches limits.nestedOk: the caller reads that one with this reader again).
 */
export function readZip(zip: Uint8Array, limits: ZipLimits): Map<string, Uint8Array> {
  if (!looksLikeZip(zip)) throw new ImportRefusal('zip-invalid');
  const files = new Map<string, Uint8Array>();
  for (const entry of directory(zip, limits)) {
    if (entry.name.endsWith('/')) {
      if (entry.size !== 0) throw new ImportRefusal('zip-invalid');
      continue;
    }
    const bytes = inflateEntry(zip, entry);
    if (looksLikeZip(bytes) && !limits.nestedOk?.test(entry.name)) throw new ImportRefusal('zip-nested');
    files.set(entry.name, bytes);
  }
  return files;
}
