import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newHostPage, newPlayerPage, screenshot } from '../helpers/browser.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { decodeQr } from '../helpers/qr-decode.ts';

// "Verbindung prüfen": the projector shows a QR code, phones that open it measure their
// round trip and appear on the projector with ✓ and their time; the help beside it names
// the usual causes. The test server listens on 127.0.0.1 only, so the page must also say
// that phones cannot reach it. The QR's LAN address is only parsed, never contacted.

const env = useE2eEnv();

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('connection check (Verbindung prüfen)', () => {
  it('lists every phone that came through, with help and the loopback warning beside the QR code', async () => {
    const projector = await newHostPage(env.browser, 'projector');
    env.pages.push(projector);
    await projector.goto(`${env.server.baseUrl}/`);
    await projector.getByRole('link', { name: 'Verbindung prüfen' }).click();
    await expect.poll(() => projector.getByRole('heading', { name: 'Verbindung prüfen' }).isVisible()).toBe(true);

    // The server listens on loopback only: the page repeats the start warning.
    await expect.poll(() => projector.getByRole('alert').textContent()).toContain('nur auf diesem Rechner');
    for (const help of ['selben WLAN', 'Gäste-WLAN', 'Zugriff zulassen', 'VPN']) {
      expect(await projector.getByText(help).count(), help).toBeGreaterThan(0);
    }
    await expect.poll(() => projector.getByText('Noch kein Handy angekommen').isVisible()).toBe(true);

    const decoded = new URL(await decodeQr(projector.locator('img.check-qr')));
    const info = (await (await fetch(`${env.server.baseUrl}/api/check/info`)).json()) as { joinUrls: string[]; warning: string };
    expect(info.warning).toBe('LOOPBACK_ONLY');
    expect(info.joinUrls).toContain(`${decoded.origin}/`);
    const checkId = decoded.searchParams.get('check');
    expect(checkId).toMatch(/^[\w-]{8,}$/);

    // Two phones open the QR code's page (on the loopback address instead of the LAN one).
    const phoneUrl = `${env.server.baseUrl}/${decoded.search}`;
    const phones = [await newPlayerPage(env.browser, 'phone-1'), await newPlayerPage(env.browser, 'phone-2')];
    env.pages.push(...phones);
    for (const phone of phones) {
      await phone.goto(phoneUrl);
      await expect.poll(() => phone.getByTestId('check-status').textContent(), { timeout: 15_000 }).toMatch(/^✓ Verbunden – Antwortzeit \d+ ms$/);
    }
    expect(await phones[1]!.getByText('„Handy 2“').count()).toBe(1);

    const arrivals = projector.getByTestId('check-arrivals').locator('li.check-arrival');
    await expect.poll(() => arrivals.count(), { timeout: 10_000 }).toBe(2);
    expect(await arrivals.nth(0).textContent()).toMatch(/^✓Handy 1.*\d+ ms$/);
    expect(await arrivals.nth(1).textContent()).toMatch(/^✓Handy 2.*\d+ ms$/);

    // A reload of a phone updates its line; it does not add a third phone.
    await phones[0]!.reload();
    await expect.poll(() => phones[0]!.getByTestId('check-status').textContent(), { timeout: 15_000 }).toMatch(/^✓ Verbunden/);
    expect(await arrivals.count()).toBe(2);

    // English too.
    await projector.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => projector.getByRole('heading', { level: 1 }).textContent()).toBe('Check connection');
    expect(await arrivals.nth(0).textContent()).toMatch(/^✓Phone 1/);
    expect(await projector.getByText('Allow access').count()).toBeGreaterThan(0);
    await projector.getByRole('button', { name: 'Deutsch' }).click();

    expect(await seriousViolations(projector)).toEqual([]);
    expect(await seriousViolations(phones[0]!)).toEqual([]);

    // Screens to look at: projector at 1920×1080 and 1280×720, phones at 390×844 and 360×640.
    for (const [w, h] of [[1920, 1080], [1280, 720]] as const) {
      await projector.setViewportSize({ width: w, height: h });
      await screenshot(projector, `check-projector-${w}x${h}`);
    }
    for (const [w, h] of [[390, 844], [360, 640]] as const) {
      await phones[1]!.setViewportSize({ width: w, height: h });
      await screenshot(phones[1]!, `check-phone-${w}x${h}`);
      await projector.setViewportSize({ width: w, height: h });
      await screenshot(projector, `check-projector-${w}x${h}`);
    }
    await projector.goto(`${env.server.baseUrl}/`);
    await screenshot(projector, 'check-home-360x640');
    await projector.setViewportSize({ width: 1280, height: 720 });
    await screenshot(projector, 'check-home-1280x720');
  });

  it('tells a phone whose check is gone to scan again', async () => {
    const phone = await newPlayerPage(env.browser, 'phone-gone');
    env.pages.push(phone);
    await phone.goto(`${env.server.baseUrl}/?check=unknown-check-id`);
    await expect.poll(() => phone.getByTestId('check-status').textContent(), { timeout: 15_000 }).toContain('Scanne den QR-Code am Beamer noch einmal');
  });
});
