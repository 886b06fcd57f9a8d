import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cp850Bytes, makeZip, patchEntry, unicodePathField, zipWithRawNames } from '../../tests/helpers/zip-craft.ts';
import { readZip, type ZipLimits } from './zip-reader.ts';

// Entry names as the trainers' zip tools write them (docs/TASK-SET-FORMAT.md §2.3): Windows
// Explorer on a German Windows in CP850 without the UTF-8 flag, 7-Zip and fflate in UTF-8 with
// the flag, macOS and Info-ZIP in UTF-8 without it (Info-ZIP adds the Unicode Path field).

const LIMITS: ZipLimits = { entries: 64, inflatedBytes: 1024 * 1024, ratio: 200 };
const namesOf = (zip: Uint8Array) => [...readZip(zip, LIMITS).keys()];
const keyOf = (zip: Uint8Array): string => {
  try {
    readZip(zip, LIMITS);
    return 'ok';
  } catch (err) {
    return (err as { key?: string }).key ?? String(err);
  }
};

describe('ZIP entry names', () => {
  it('reads CP850 names without the UTF-8 flag (Windows Explorer, "ZIP-komprimierter Ordner")', () => {
    const names = ['Prüfstand.jpg', 'Maß.png', 'Übung Öl/Ä-Bügel.jpg', 'plain.csv'];
    const zip = zipWithRawNames(names.map((n) => [cp850Bytes(n), 'x']));
    // The stored bytes really are one byte per letter: "ü" is 0x81, "ß" 0xE1.
    expect(cp850Bytes('Prüfstand.jpg')[2]).toBe(0x81);
    expect(cp850Bytes('Maß.png')[2]).toBe(0xe1);
    expect(namesOf(zip)).toEqual(names);
  });

  it('keeps UTF-8 names: with the flag (7-Zip, fflate) and without it (macOS, decomposed "u" + diaeresis)', () => {
    expect(namesOf(makeZip({ 'Prüfstand.jpg': 'x', 'Maß.png': 'y' }))).toEqual(['Prüfstand.jpg', 'Maß.png']);
    const nfd = 'Prüfstand.jpg'.normalize('NFD');
    expect(nfd).not.toBe('Prüfstand.jpg');
    expect(namesOf(zipWithRawNames([[strToU8(nfd), 'x'], [strToU8('Maß.png'), 'y']]))).toEqual([nfd, 'Maß.png']);
  });

  it('takes the Info-ZIP Unicode Path field (0x7075) when its CRC matches the raw name, else the raw name', () => {
    const raw = cp850Bytes('Pr?fstand.jpg');
    expect(namesOf(zipWithRawNames([[raw, 'x']], { 0: unicodePathField(raw, 'Prüfstand.jpg') }))).toEqual(['Prüfstand.jpg']);
    // A field written for another name (renamed since) is stale: the spec says ignore it.
    expect(namesOf(zipWithRawNames([[raw, 'x']], { 0: unicodePathField(raw, 'Prüfstand.jpg', 12345) }))).toEqual(['Pr?fstand.jpg']);
    // The field's name is checked like any other.
    expect(keyOf(zipWithRawNames([[raw, 'x']], { 0: unicodePathField(raw, '../Prüfstand.jpg') }))).toBe('zip-path');
  });

  it('still refuses a name flagged UTF-8 that is not, and unsafe names in any code page', () => {
    const flagged = patchEntry(zipWithRawNames([[cp850Bytes('Prüfstand.jpg'), 'x']]), 0, 8, 0x800, 2);
    expect(keyOf(flagged)).toBe('zip-path');
    expect(keyOf(zipWithRawNames([[cp850Bytes('../Maß.png'), 'x']]))).toBe('zip-path');
    expect(keyOf(zipWithRawNames([[cp850Bytes('Maß.png'), 'x'], [cp850Bytes('Maß.png'), 'y']]))).toBe('zip-path');
  });
});
