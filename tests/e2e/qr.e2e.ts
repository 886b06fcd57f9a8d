import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { snapshot } from '../helpers/arcade.ts';
import { newHostPage } from '../helpers/browser.ts';
import { openHost, signInTrainer } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { decodeQr } from '../helpers/qr-decode.ts';

// The QR code on the projector must carry a join link apprentices can reach. We decode
// the image the page shows and only parse the URL: tests never connect to a LAN address.

const env = useE2eEnv();
const decodeJoinQr = (page: Page) => decodeQr(page.getByTestId('join-qr'));

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
});
