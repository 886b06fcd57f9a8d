import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { snapshot } from '../helpers/arcade.ts';
import { newHostPage } from '../helpers/browser.ts';
import { openHost, signInTrainer } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { controlBarOverlaps, inViewport, seriousAxe, showShot } from '../helpers/projector.ts';
import { decodeQr } from '../helpers/qr-decode.ts';
import { startServer } from '../helpers/server-process.ts';

// The QR code on the projector must carry a join link apprentices can reach. We decode
// the image the page shows and only parse the URL: tests never connect to a LAN address.
// This file's server listens on all interfaces (the default for users, HOST=0.0.0.0);
// the loopback case starts its own server.

const env = useE2eEnv({ serverEnv: { HOST: '0.0.0.0' } });
const decodeJoinQr = (page: Page) => decodeQr(page.getByTestId('join-qr'));
const SIZES = [[1920, 1080], [1280, 720], [390, 844], [360, 640]] as const;

describe('join QR code', () => {
  it('encodes one of /api/info joinUrls plus ?code=<join code>', async () => {
    const host = await newHostPage(env.browser);
    env.pages.push(host);
    await signInTrainer(host, env.server.baseUrl);
    const code = await openHost(host, env.server.baseUrl);

    const img = host.getByRole('img', { name: 'QR-Code zum Beitreten', exact: true });
    await expect.poll(() => img.isVisible()).toBe(true);
    expect(await img.getAttribute('src')).toMatch(/^data:image\//);
    expect(await host.getByTestId('join-unreachable').isVisible(), 'no loopback warning on a reachable server').toBe(false);

    const info = (await (await fetch(`${env.server.baseUrl}/api/info`)).json()) as { joinUrls: string[]; defaultJoinUrl: string };
    const bases = [...new Set([...info.joinUrls, info.defaultJoinUrl])];
    const decoded = await decodeJoinQr(host);
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
      await expect.poll(() => decodeJoinQr(host), { timeout: 10_000 }).toBe(`${other}?code=${code}`);
    } else {
      console.log('Only one join URL on this machine: the "Adresse" select is not exercised.');
    }
  });

  // Newcomer: with HOST=127.0.0.1 the lobby showed a LAN address and its QR as the way in,
  // and only a line in the control bar said phones could not reach the server.
  it('on a loopback-only server shows no join address or QR, but the warning and how to fix it', async () => {
    const server = await startServer();
    try {
      const info = (await (await fetch(`${server.baseUrl}/api/info`)).json()) as { joinUrls: string[]; phonesCanReach: boolean };
      expect(info.phonesCanReach).toBe(false);
      expect(info.joinUrls, 'no LAN address the server does not listen on').toEqual([`http://localhost:${server.port}/`]);

      const host = await newHostPage(env.browser, 'host-loopback');
      env.pages.push(host);
      await signInTrainer(host, server.baseUrl);
      const code = await openHost(host, server.baseUrl);
      const warning = host.getByTestId('join-unreachable');
      await expect.poll(() => warning.isVisible()).toBe(true);
      const text = await warning.innerText();
      expect(text).toContain('Handys können noch nicht beitreten');
      expect(text).toContain('HOST=0.0.0.0');
      expect(await host.getByTestId('join-qr').isVisible(), 'no QR of an address phones cannot reach').toBe(false);
      expect(await host.locator('.join-url').isVisible(), 'no join address phones cannot reach').toBe(false);
      // The code stays: a browser on this machine can still join with it.
      expect((await host.getByTestId('join-code').innerText()).replace(/\D/g, '')).toBe(code);
      expect(await host.getByRole('region', { name: 'Steuerung' }).innerText(), 'the warning is in the join panel, not the control bar').not.toContain('HOST=');

      for (const [width, height] of SIZES) {
        await host.setViewportSize({ width, height });
        if (width > 1000) {
          expect(await inViewport(warning, host), `warning on screen at ${width}×${height}`).toBe(true);
          expect(await controlBarOverlaps(host), `nothing under the control bar at ${width}×${height}`).toEqual([]);
        }
        await showShot(host, `lobby-loopback-${width}x${height}`);
      }
      await host.setViewportSize({ width: 1920, height: 1080 });
      expect(await seriousAxe(host, 'loopback lobby')).toEqual([]);
    } finally {
      await server.dispose();
    }
  });
});
