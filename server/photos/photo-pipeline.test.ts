import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { GIFAR, jpegWithGps, pngBomb, polyglotJpeg, SVG_WITH_SCRIPT, TEXT_AS_JPG } from '../../tests/helpers/photo-files.ts';
import { PHOTO_LIMITS } from '../../shared/protocol/task-photos.ts';
import { PhotoGate, processPhoto, sniffFormat } from './photo-pipeline.ts';

describe('photo pipeline', () => {
  it('knows JPEG, PNG and WebP by their first bytes only', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer();
    const webp = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).webp().toBuffer();
    expect([sniffFormat(await jpegWithGps(8, 8)), sniffFormat(png), sniffFormat(webp)]).toEqual(['jpeg', 'png', 'webp']);
    expect([sniffFormat(SVG_WITH_SCRIPT), sniffFormat(TEXT_AS_JPG), sniffFormat(GIFAR), sniffFormat(Buffer.alloc(0))]).toEqual([null, null, null, null]);
  });

  it('re-encodes without GPS, serial or owner, ≤ 1600 px, with a phone variant ≤ 150 KB', async () => {
    const input = await jpegWithGps(2400, 1800);
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const out = await processPhoto(input);
    if (typeof out === 'string') throw new Error(out);
    expect([out.width, out.height]).toEqual([1600, 1200]);
    for (const variant of [out.projector, out.phone]) {
      const meta = await sharp(variant).metadata();
      expect(meta.format).toBe('jpeg');
      expect([meta.exif, meta.xmp, meta.iptc, meta.icc]).toEqual([undefined, undefined, undefined, undefined]);
      expect(variant.includes('Anna Ausbilderin')).toBe(false);
      expect(variant.includes('Phonecam')).toBe(false);
    }
    expect(Math.max((await sharp(out.phone).metadata()).width ?? 0)).toBeLessThanOrEqual(PHOTO_LIMITS.phoneSide);
    expect(out.phone.length).toBeLessThanOrEqual(PHOTO_LIMITS.phoneTargetBytes);
  });

  it('refuses SVG, text, GIF, a polyglot whose header lies, and a pixel bomb before decoding it', async () => {
    expect(await processPhoto(SVG_WITH_SCRIPT)).toBe('PHOTO_TYPE');
    expect(await processPhoto(TEXT_AS_JPG)).toBe('PHOTO_TYPE');
    expect(await processPhoto(GIFAR)).toBe('PHOTO_TYPE');
    // JPEG magic, then a PNG: the header says png.
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer();
    expect(await processPhoto(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), png]))).toBe('PHOTO_INVALID');
    const bomb = pngBomb();
    const started = performance.now();
    expect(await processPhoto(bomb)).toBe('PHOTO_TOO_MANY_PIXELS');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await processPhoto((await jpegWithGps(64, 64)).subarray(0, 200))).toBe('PHOTO_INVALID');
  });

  it('serves a JPEG with HTML behind it as a clean image only', async () => {
    const out = await processPhoto(await polyglotJpeg());
    if (typeof out === 'string') throw new Error(out);
    expect(out.projector.includes('<script')).toBe(false);
    expect(out.phone.includes('<html')).toBe(false);
  });

  it('runs one photo at a time and refuses past the queue', async () => {
    const gate = new PhotoGate(1, 1);
    let release!: () => void;
    const first = gate.run(() => new Promise<string>((r) => (release = () => r('a'))));
    const second = gate.run(async () => 'b');
    expect(await gate.run(async () => 'c')).toBeNull();
    release();
    expect([await first, await second]).toEqual(['a', 'b']);
  });
});
