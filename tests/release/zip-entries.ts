import { readFileSync } from 'node:fs';

// Reads a zip's central directory (PKWARE APPNOTE 4.3.12/4.3.16) without unpacking it:
// every entry's name, sizes and whether it is a symbolic link. Enough to check an archive's
// contents in a test; no zip64 (our archives stay far below 4 GB and 65,535 entries).

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
  /** Unix mode from the external attributes (0 when made on a system without modes). */
  unixMode: number;
  isSymlink: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Entries of the zip at `path`, in central-directory order. */
export function zipEntries(path: string): ZipEntry[] {
  const buf = readFileSync(path);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${path} is not a zip file (no end of central directory)`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new Error(`bad central directory entry ${n} in ${path}`);
    const madeBy = buf.readUInt16LE(at + 4) >> 8;
    const compressedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const external = buf.readUInt32LE(at + 38);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const unixMode = madeBy === 3 ? external >>> 16 : 0;
    entries.push({ name, compressedSize, size, unixMode, isSymlink: (unixMode & S_IFMT) === S_IFLNK });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
