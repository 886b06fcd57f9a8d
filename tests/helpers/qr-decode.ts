import { expect } from 'vitest';
import jsQRModule from 'jsqr';
import type { Locator } from 'playwright-core';

// Decodes a QR <img> the page shows. Tests only parse the decoded URL: they never connect
// to a LAN address.

// jsqr is CommonJS; depending on the loader its function is the default or default.default.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as typeof jsQRModule;

/** Draws the QR <img> to a canvas in the page and decodes its pixels in Node; throws when none is found. */
export async function decodeQr(img: Locator): Promise<string> {
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), { timeout: 10_000 }).toBe(true);
  const pixels = await img.evaluate((el: HTMLImageElement) => {
    // Scale small codes up and pad them: jsQR needs a few pixels per module and a quiet zone.
    const scale = Math.max(1, Math.ceil(300 / el.naturalWidth));
    const pad = 16;
    const w = el.naturalWidth * scale + 2 * pad;
    const h = el.naturalHeight * scale + 2 * pad;
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, w, h);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(el, pad, pad, el.naturalWidth * scale, el.naturalHeight * scale);
    return { w, h, data: Array.from(ctx.getImageData(0, 0, w, h).data) };
  });
  const result = jsQR(Uint8ClampedArray.from(pixels.data), pixels.w, pixels.h);
  if (!result) throw new Error('jsQR found no QR code in the image');
  return result.data;
}
