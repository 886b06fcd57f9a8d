import { describe, expect, it } from 'vitest';
import jsQRModule from 'jsqr';
import type { Page } from 'playwright-core';
import { snapshot } from '../helpers/arcade.ts';
import { newHostPage } from '../helpers/browser.ts';
import { openHost, signInTrainer } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';

// The QR code on the projector must carry a join link apprentices can reach. We decode
// the image the page shows and only parse the URL: tests never connect to a LAN address.

// jsqr is CommonJS; depending on the loader its function is the default or default.default.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as typeof jsQRModule;

const env = useE2eEnv();

/** Draws the QR <img> to a canvas in the page and decodes its pixels in Node. */
async function decodeQr(page: Page): Promise<string> {
  const img = page.getByTestId('join-qr');
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
  if (!result) throw new Error('jsQR found no QR code in the join-qr image');
  return result.data;
}

describe('join QR code', () => {
  it('encodes one of /api/info joinUrls plus ?code=<join code>', async () => {
    const host = await newHostPage(env.browser);
    env.pages.push(host);
    await signInTrainer(host, env.server.baseUrl);
    const code = await openHost(host, env.server.baseUrl);

    const img = host.getByRole('img', { name: 'QR-Code zum Beitreten', exact: true });
    await expect.poll(() => img.isVisible()).toBe(true);
    expect(await img.getAttribute('src')).toMatch(/^data:image\//);

    const info = (await (await fetch(`${env.server.baseUrl}/api/info`)).json()) as { joinUrls: string[]; defaultJoinUrl: string };
    const bases = [...new Set([...info.joinUrls, info.defaultJoinUrl])];
    const decoded = await decodeQr(host);
    console.log(`QR decodes to ${decoded}; /api/info joinUrls ${JSON.stringify(info.joinUrls)}`);

    // Parse only; the decoded host may be a LAN address we must not contact.
    const url = new URL(decoded);
    expect(url.searchParams.get('code')).toBe(code);
    expect(bases.map((b) => `${b}?code=${code}`)).toContain(decoded);
    expect((await snapshot(host))?.joinUrl).toBe(decoded);

    // With several addresses the trainer picks one in "Adresse"; the QR must follow.
    const select = host.getByLabel('Adresse', { exact: true });
    if (info.joinUrls.length > 1) {
      expect(await select.count(), 'several join URLs need a select labelled "Adresse"').toBe(1);
      const other = info.joinUrls.find((u) => `${u}?code=${code}` !== decoded) as string;
      await select.selectOption(other);
      await expect.poll(() => decodeQr(host), { timeout: 10_000 }).toBe(`${other}?code=${code}`);
    } else {
      console.log('Only one join URL on this machine: the "Adresse" select is not exercised.');
    }
  });
});
