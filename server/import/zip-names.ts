import { crc32 } from 'node:zlib';
import iconv from 'iconv-lite';

// The text of a ZIP entry's name. ZIP stores names as bytes; general-purpose flag bit 11 says
// "UTF-8", and without it the spec means the DOS code page. What the trainers' tools write:
// - Windows Explorer ("Senden an → ZIP-komprimierter Ordner") on a German Windows: CP850, no
//   flag ("Prüfstand.jpg" has 0x81 for "ü"). CP437, older, has ä ö ü Ä Ö Ü ß at the same bytes.
// - 7-Zip, fflate, Java, Python: UTF-8 with the flag.
// - macOS Finder and Info-ZIP `zip` on Linux: UTF-8 *without* the flag (macOS decomposed, "u" +
//   combining diaeresis); Info-ZIP adds the Unicode Path extra field 0x7075 with the UTF-8 name.
// So, as 7-Zip reads them: the flag → UTF-8; else a Unicode Path field whose CRC matches the
// raw name; else the bytes when they are valid UTF-8 (CP850 text with umlauts hardly ever is:
// a byte 0xC2–0xF4 would have to be followed by one to three of 0x80–0xBF, e.g. "ßüä");
// else CP850 (iconv-lite: the code page table, no own table to get wrong).

const UTF8 = 0x800;
const UNICODE_PATH = 0x7075;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const utf8OrNull = (bytes: Uint8Array): string | null => {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
};

/** The UTF-8 name of an Info-ZIP Unicode Path field in `extra` that belongs to `raw` (its CRC-32), or null. */
function unicodePath(raw: Uint8Array, extra: Uint8Array): string | null {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let at = 0; at + 4 <= extra.length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    const end = at + 4 + size;
    if (end > extra.length) return null;
    // Version 1, then the CRC-32 of the raw name: a field written for another name is stale (renamed since).
    if (id === UNICODE_PATH && size >= 5 && extra[at + 4] === 1 && view.getUint32(at + 5, true) === crc32(raw)) {
      return utf8OrNull(extra.subarray(at + 9, end));
    }
    at = end;
  }
  return null;
}

/**
 * The text of an entry's name from its raw bytes, general-purpose `flags` and extra field (all
 * from the central directory). Returns null for a name flagged UTF-8 that is not valid UTF-8
 * (the caller refuses the ZIP). Names are returned as written (not normalised: macOS writes
 * NFD); safety checks are the caller's.
 */
export function entryName(raw: Uint8Array, flags: number, extra: Uint8Array): string | null {
  if (flags & UTF8) return utf8OrNull(raw);
  return unicodePath(raw, extra) ?? utf8OrNull(raw) ?? iconv.decode(raw, 'cp850');
}
