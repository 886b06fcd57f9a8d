import type SharpLib from 'sharp';
import { PHOTO_LIMITS as L } from '../../shared/protocol/task-photos.ts';

// Uploaded photos are untrusted input (review 2026-12-06 §4.1). This turns one into the two
// stored variants: the type is decided by its first bytes (never the name or the declared
// type), the pixel count by the header before any pixel is decoded, and only a re-encoded
// JPEG without any metadata (EXIF/GPS, XMP, IPTC, ICC, comments) leaves here.
//
// Library: sharp (libvips). Its prebuilt binaries come inside the npm packages @img/sharp-*
// (no download from elsewhere, no install script), it refuses inputs above `limitInputPixels`
// before decoding, strips metadata unless asked to keep it, and shrinks JPEGs while loading
// them (a 12 MP photo never lies in memory at full size). The server runs this file in a
// child process at lower priority (photo-encoder.ts): libvips's threads in the server process
// took CPU from the rounds in play and left their freed buffers in glibc's arenas.

type Sharp = typeof SharpLib;
let loaded: Promise<Sharp> | null = null;

/**
 * sharp, loaded at the first use (a native add-on: the server process never loads it, the
 * photo child does at its start; a release carries it in app/node_modules). One libvips thread
 * per image and no operation cache: the child needs one core at most, and its memory stays
 * flat between uploads.
 */
export function imageLibrary(): Promise<Sharp> {
  loaded ??= import('sharp').then((m) => {
    const sharp = m.default;
    sharp.concurrency(1);
    sharp.cache(false);
    return sharp;
  }, (err: unknown) => {
    loaded = null;
    throw err;
  });
  return loaded;
}

export type PhotoFormat = 'jpeg' | 'png' | 'webp';

/** Why an upload is refused: not JPEG/PNG/WebP by content, unreadable, or too many pixels. */
export type PhotoRefusal = 'PHOTO_TYPE' | 'PHOTO_INVALID' | 'PHOTO_TOO_MANY_PIXELS';

export interface ProcessedPhoto {
  width: number;
  height: number;
  /** JPEG, ≤ PHOTO_LIMITS.projectorSide on its longest side. */
  projector: Buffer;
  /** JPEG, ≤ PHOTO_LIMITS.phoneSide, about PHOTO_LIMITS.phoneTargetBytes or less. */
  phone: Buffer;
}

/** The format by magic bytes: JPEG `FF D8 FF`, PNG `89 'PNG' 0D 0A 1A 0A`, WebP `'RIFF' … 'WEBP'`; else null (SVG, HTML, GIF, text …). */
export function sniffFormat(bytes: Uint8Array): PhotoFormat | null {
  const at = (i: number, ...xs: number[]) => xs.every((x, k) => bytes[i + k] === x);
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'webp';
  return null;
}

/** Seconds libvips may spend on one variant before giving up (a crafted file, a stalled decode). */
const TIMEOUT_S = 10;

/**
 * Checks and re-encodes one upload (≤ PHOTO_LIMITS.maxBytes, which the caller enforced).
 * Refusals: PHOTO_TYPE (magic bytes, or the header says another format: a polyglot),
 * PHOTO_TOO_MANY_PIXELS (header over maxPixels or maxSide: never decoded), PHOTO_INVALID
 * (the decoder fails: truncated, corrupt). Runs in libvips threads; the server calls it through
 * photo-encoder.ts (a child process), tests and the child call it directly.
 */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto | PhotoRefusal> {
  const format = sniffFormat(input);
  if (!format) return 'PHOTO_TYPE';
  const sharp = await imageLibrary();
  // Reads the header only.
  const meta = await sharp(input, { limitInputPixels: false }).metadata().catch(() => null);
  if (!meta) return 'PHOTO_INVALID';
  if (meta.format !== format) return 'PHOTO_TYPE';
  const w = meta.width ?? 0;
  const h = meta.height ?? 0;
  if (w < 1 || h < 1) return 'PHOTO_INVALID';
  if (w > L.maxSide || h > L.maxSide || w * h > L.maxPixels) return 'PHOTO_TOO_MANY_PIXELS';
  try {
    // The first frame only (animated WebP), turned upright by its EXIF orientation, then no metadata at all.
    const projector = await sharp(input, { limitInputPixels: L.maxPixels, failOn: 'error', sequentialRead: true, pages: 1 })
      .autoOrient()
      .resize({ width: L.projectorSide, height: L.projectorSide, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .timeout({ seconds: TIMEOUT_S })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const phone = await phoneVariant(sharp, projector.data);
    return { width: projector.info.width, height: projector.info.height, projector: projector.data, phone };
  } catch (err) {
    return /pixel limit/i.test(String((err as Error).message)) ? 'PHOTO_TOO_MANY_PIXELS' : 'PHOTO_INVALID';
  }
}

/** The phone variant from the projector one: quality steps down until it fits the target. */
async function phoneVariant(sharp: Sharp, projector: Buffer): Promise<Buffer> {
  let out = projector;
  for (const quality of [74, 62, 50, 40]) {
    out = await sharp(projector, { failOn: 'error' })
      .resize({ width: L.phoneSide, height: L.phoneSide, fit: 'inside', withoutEnlargement: true })
      .timeout({ seconds: TIMEOUT_S })
      .jpeg({ quality, mozjpeg: true })
      .toBuffer();
    if (out.length <= L.phoneTargetBytes) break;
  }
  return out;
}

/**
 * At most `running` photos are processed at once, and at most `waiting` wait; more are
 * refused at once (the caller answers 503 PHOTO_BUSY). Memory stays bounded under a burst.
 */
export class PhotoGate {
  private active = 0;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly running = 1, private readonly waiting = 4) {}

  /** Runs `work` in turn, or returns null at once when the queue is full. */
  async run<T>(work: () => Promise<T>): Promise<T | null> {
    if (this.active >= this.running) {
      if (this.queue.length >= this.waiting) return null;
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else this.active++;
    try {
      return await work();
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.active--;
    }
  }
}
