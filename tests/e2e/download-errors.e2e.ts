import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { ApprenticeRepository } from '../../server/repositories/apprentice-repository.ts';
import { seedCompany } from '../helpers/accounts.ts';
import { waitForScreen } from '../helpers/arcade.ts';
import { launchBrowser, newHostPage, pageErrors, screenshot } from '../helpers/browser.ts';
import { apprenticeItem, openArea, section, signInWithForm } from '../helpers/trainer-ui.ts';
import { removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';

// Download buttons fetch before they save (client/net/download.ts, issues 20 and 21): a
// refused record-book PDF shows the server's German message beside the button and nothing is
// saved; before, the browser saved the JSON error as "Ausbildungsnachweis-Beilage….pdf". The
// server refuses for real: its PDF guard allows this company one PDF a minute here.
// Screenshots: test-results/screenshots/download-refused-*.png.

const ROOT = new URL('../..', import.meta.url).pathname;
const PW = 'Download-E2E-2026!';
const SIZES = [[1920, 1080], [1280, 720], [390, 844], [360, 640]] as const;

let server: TestServer;
let browser: Browser;
let page: Page;

describe('download buttons', () => {
  beforeAll(async () => {
    server = await startTestServer({
      backend: { name: 'pglite', databaseUrl: null },
      env: { CLIENT_DIR: join(ROOT, 'dist', 'client') },
      overrides: { recordBookLimits: { concurrentPerCompany: 1, pdfsPerMinute: 1 } },
    });
    browser = await launchBrowser();
    const { companyId } = await seedCompany(server.app.db, 'Druckguss Nord GmbH', 'nord', PW);
    await new ApprenticeRepository(server.app.db).create(companyId, { displayName: 'Ali', trade: 'Mechatroniker', trainingYear: 2 });
    page = await newHostPage(browser, 'trainer');
    await page.setViewportSize({ width: 1280, height: 720 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('saves a PDF under the server\'s name, and shows a refusal in the page instead of saving it', async () => {
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await openArea(page, server.url);
    await waitForScreen(page, 'login');
    await signInWithForm(page, 'nord-trainer', PW);
    await waitForScreen(page, 'trainer');
    await section(page, 'Azubis');
    await apprenticeItem(page, 'Ali').getByRole('button', { name: 'Bericht: Ali', exact: true }).click();
    const book = page.getByTestId('record-book');
    const pdf = book.getByRole('link', { name: 'PDF herunterladen: Beilage zum Ausbildungsnachweis von Ali', exact: true });
    await expect.poll(() => pdf.isVisible(), { timeout: 10_000 }).toBe(true);

    // The first PDF of the minute: saved under the name the server gave.
    const [first] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), pdf.click()]);
    expect(first.suggestedFilename()).toMatch(/^Ausbildungsnachweis-Beilage_Ali_\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d\.pdf$/);
    const bytes = await first.createReadStream().then(async (s) => { const parts: Buffer[] = []; for await (const c of s) parts.push(c as Buffer); return Buffer.concat(parts); });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await expect.poll(() => pdf.getAttribute('aria-busy')).toBe(null);
    expect(await book.getByRole('alert').count()).toBe(0);

    // The second: the server refuses (429 RECORD_BOOK_BUSY); its message shows beside the button, no file.
    await pdf.click();
    const alert = book.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toBe('Für deinen Betrieb werden gerade viele Ausbildungsnachweise erstellt. Bitte warte einen Moment und lade die Datei dann noch einmal herunter.');
    expect(downloads).toHaveLength(1);
    const linkBox = await pdf.boundingBox();
    const alertBox = await alert.boundingBox();
    expect(linkBox && alertBox && alertBox.y >= linkBox.y + linkBox.height - 1 && alertBox.y - (linkBox.y + linkBox.height) < 40, 'the message sits right below the button').toBe(true);
    await alert.scrollIntoViewIfNeeded();
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await alert.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(ROOT, 'test-results', 'screenshots', `download-refused-${width}x${height}.png`) });
    }
    await screenshot(page, 'download-refused-full');
    expect(pageErrors(page)).toEqual([]);
  });
});
