import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { PRACTISED_MIN_PCT } from '../../shared/coverage/rules.ts';
import { GAME_REGISTRY, GAMES } from '../../shared/games/index.ts';
import { ApprenticeRepository } from '../../server/repositories/apprentice-repository.ts';
import { seedCompany } from '../helpers/accounts.ts';
import { waitForScreen } from '../helpers/arcade.ts';
import { launchBrowser, newHostPage, pageErrors } from '../helpers/browser.ts';
import { apprenticeItem, download, openArea, section, signInWithForm } from '../helpers/trainer-ui.ts';
import { removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';

// Ausbilderbereich → Übungsstand through the real UI (issue 21 §2): the group matrix on a
// projector-sized screen, the group filter, the CSV, one apprentice's detail and the
// "Beruf wählen" way for an old free-text trade. Rounds are stored as the room stores them
// (the round tests play them with bots). Screenshots: test-results/screenshots/coverage-*.png.

const ROOT = new URL('../..', import.meta.url).pathname;
const SHOTS = join(ROOT, 'test-results', 'screenshots');
const PW = 'Coverage-E2E-2026!';
const sensor = GAMES.find((g) => g.id === 'sensor-labor')!;
const datenfluss = GAMES.find((g) => g.id === 'datenfluss')!;

let server: TestServer;
let browser: Browser;
let page: Page;

/** One stored round of the company's session for these apprentices and scores. */
async function round(session: string, companyId: string, index: number, gameId: string, level: number, daysAgo: number, scores: [string, string, number][], endedEarly = false) {
  const at = new Date(Date.now() - daysAgo * 86_400_000);
  await server.app.sessions.saveRound({
    sessionId: session, companyId, roundIndex: index, gameId, level, seed: index, startedAt: at, endedAt: at, endedEarly,
    results: scores.map(([id, nickname, score], k) => ({ playerId: `p${k}`, nickname, score: Math.round(score), detail: {}, practiceId: null, apprenticeId: id || null, points: 0 })),
  });
}

/**
 * Newcomer, issue 21: at 1280×720 the matrix's last item column lay out of view with nothing
 * saying so. Either the matrix fits, or the page says there is more, and scrolled to its end
 * the last column is in view while the names stay visible (sticky), with no page-wide scroll.
 */
async function expectEveryColumnReachable(matrix: Locator, name: string) {
  const scroller = matrix.locator('.table-wrap');
  const more = matrix.getByTestId('coverage-more');
  await scroller.evaluate((el) => { el.scrollLeft = 0; });
  const overflows = await scroller.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no page-wide sideways scroll').toBe(true);
  if (!overflows) {
    expect(await more.isVisible()).toBe(false);
    return;
  }
  await expect.poll(() => more.isVisible(), { timeout: 5_000 }).toBe(true);
  expect(await more.innerText()).toMatch(/seitlich|weitere/i);
  await scroller.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
  const box = await scroller.boundingBox();
  const last = await matrix.locator('thead th').last().boundingBox();
  const who = await matrix.locator(`tbody th:has(button:text-is("${name}"))`).boundingBox();
  expect(box && last && last.x >= box.x - 1 && last.x + last.width <= box.x + box.width + 1, 'the last column is in view at the end').toBe(true);
  expect(box && who && who.x >= box.x - 1 && who.x + who.width <= box.x + box.width + 1, 'the name stays in view').toBe(true);
  // At the end there is nothing more to the right: the hint goes.
  await expect.poll(() => more.isVisible(), { timeout: 5_000 }).toBe(false);
}

describe('Übungsstand (coverage by curriculum item)', () => {
  beforeAll(async () => {
    server = await startTestServer({ backend: { name: 'pglite', databaseUrl: null }, env: { CLIENT_DIR: join(ROOT, 'dist', 'client') }, overrides: { games: GAME_REGISTRY } });
    browser = await launchBrowser();
    const { companyId, trainer } = await seedCompany(server.app.db, 'Laser Süd GmbH', 'sued', PW);
    const repo = new ApprenticeRepository(server.app.db);
    const make = (displayName: string, trade: string, trainingYear: number, tradeId?: any) => repo.create(companyId, { displayName, trade, trainingYear, ...(tradeId === undefined ? {} : { tradeId }) });
    const ali = await make('Ali', 'Mechatroniker', 2);
    const bea = await make('Bea', 'Mechatronikerin', 2);
    const cem = await make('Cem', '', 1, 'elektroniker-automatisierungstechnik');
    const dana = await make('Dana', 'Feinoptiker/-in', 3);
    const emil = await make('Emil', 'Zerspaner', 1);
    await make('Fritz', 'Glasbläser', 1, 'sonstiger');
    const session = 'cov-e2e-1';
    await server.app.sessions.createSession({ id: session, mode: 'hosted', code: '246810', playlist: [] });
    await server.app.sessions.assignOwner(session, companyId, trainer.id);
    const max = sensor.maxScore;
    await round(session, companyId, 0, 'sensor-labor', 1, 9, [[ali.id, 'Ali', max * 0.9], [bea.id, 'Bea', max * 0.3], [cem.id, 'Cem', max * 0.75], [emil.id, 'Emil', max], ['', 'Gastkind', max]]);
    await round(session, companyId, 1, 'sensor-labor', 3, 2, [[ali.id, 'Ali', max * 0.5], [dana.id, 'Dana', max * 0.65], [bea.id, 'Bea', max * 0.4]]);
    await round(session, companyId, 2, 'datenfluss', 1, 1, [[ali.id, 'Ali', datenfluss.maxScore * 0.8], [bea.id, 'Bea', datenfluss.maxScore]], true);
    await round(session, companyId, 3, 'datenfluss', 5, 1, [[ali.id, 'Ali', datenfluss.maxScore * 0.7]]);
    page = await newHostPage(browser, 'trainer');
    await page.setViewportSize({ width: 1920, height: 1080 });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('shows the group matrix: who practised what, where help pays off, guests never', async () => {
    await openArea(page, server.url);
    await waitForScreen(page, 'login');
    await signInWithForm(page, 'sued-trainer', PW);
    await waitForScreen(page, 'trainer');
    const sec = await section(page, 'Übungsstand');
    const matrix = sec.getByTestId('coverage-matrix');
    await expect.poll(() => matrix.isVisible(), { timeout: 10_000 }).toBe(true);
    const cell = (name: string, column: number) => matrix.locator(`tr:has(th button:text-is("${name}")) td`).nth(column);
    const heads = await matrix.locator('thead th').allInnerTexts();
    const col = (id: string) => heads.findIndex((h) => h.includes(id)) - 1;
    expect(await cell('Ali', col('mech-bbp-15')).innerText()).toContain('geübt');
    // Ali: Steuerungen (Sensor-Labor 1), Hard- und Software and ZQ Vernetzung (Datenfluss 5) of 7 items.
    expect(await cell('Ali', 0).innerText()).toBe('3 von 7');
    expect(await cell('Bea', col('mech-bbp-15')).innerText()).toContain('begonnen');
    // Bea's Datenfluss round was ended early: programming stays open.
    expect(await cell('Bea', col('mech-bbp-16')).innerText()).toContain('offen');
    expect(await cell('Ali', col('zq-digitale-vernetzung')).innerText()).toContain('geübt');
    expect(await cell('Cem', col('eat-bbp-13')).innerText()).toContain('geübt');
    expect(await cell('Dana', col('feinopt-bbp-1')).innerText()).toContain('geübt');
    expect(await cell('Ali', col('eat-bbp-13')).innerText()).toBe('—');
    const fritz = matrix.locator('tr:has(th button:text-is("Fritz"))');
    expect(await fritz.innerText()).toContain('noch keine Level zugeordnet');
    const emil = matrix.locator('tr:has(th button:text-is("Emil"))');
    expect(await emil.getByRole('button', { name: 'Beruf wählen: Emil' }).count()).toBe(1);
    expect(await emil.innerText()).toContain('Zerspaner · 1. Ausbildungsjahr');
    expect(await sec.innerText()).not.toContain('Gastkind');
    expect(await sec.innerText()).toContain(`${PRACTISED_MIN_PCT} %`);
    await page.screenshot({ path: join(SHOTS, 'coverage-matrix-1920.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => matrix.getByTestId('coverage-more').isVisible(), { timeout: 5_000 }).toBe(true);
    await matrix.getByTestId('coverage-more').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(SHOTS, 'coverage-matrix-1280.png') });
    await expectEveryColumnReachable(matrix, 'Ali');
    await page.screenshot({ path: join(SHOTS, 'coverage-matrix-1280-scrolled.png') });
    for (const size of [{ width: 390, height: 844 }, { width: 360, height: 640 }]) {
      await page.setViewportSize(size);
      await expectEveryColumnReachable(matrix, 'Ali');
      await page.screenshot({ path: join(SHOTS, `coverage-matrix-${size.width}-scrolled.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 720 });

    // The group: Mechatroniker/-in only.
    await sec.getByTestId('coverage-trade').selectOption('mechatroniker');
    await expect.poll(() => matrix.locator('tbody tr').count(), { timeout: 10_000 }).toBe(2);
    const csv = await download(page, sec.getByRole('link', { name: 'CSV herunterladen: Übungsstand der Gruppe' }));
    expect(csv.file.suggestedFilename()).toBe('uebungsstand-mechatroniker.csv');
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFName;Beruf;Ausbildungsjahr;mech-bbp-3 ')).toBe(true);
    expect(text).toContain('\r\nAli;Mechatroniker/-in;2;');
    expect(text).not.toContain('Emil');
  });

  it("opens one apprentice's detail: items in the ordinance's words, levels, how often, how well, when", async () => {
    const sec = page.locator('section.area-section');
    await sec.getByTestId('coverage-matrix').getByRole('button', { name: 'Details: Ali' }).click();
    const detail = sec.getByTestId('coverage-detail');
    await expect.poll(() => detail.isVisible(), { timeout: 10_000 }).toBe(true);
    const text = await detail.innerText();
    expect(text).toContain('Aufbauen und Prüfen von Steuerungen');
    expect(text).toContain('MechatronikerAusbV 2018, § 3 Abs. 2 Nr. 15');
    expect(text).toMatch(/Sensor-Labor · Stufe 1[^\n]*: 1 Runde · beste 90 % · Median 90 % · zuletzt \d\d\.\d\d\.\d{4}/);
    expect(text).toContain('noch nicht gespielt');
    await detail.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, 'coverage-detail-1280.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await detail.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, 'coverage-detail-1920.png') });
  });

  it('asks once for the trade of an old free-text profile ("Beruf wählen") and then shows its items', async () => {
    const sec = page.locator('section.area-section');
    await sec.getByTestId('coverage-trade').selectOption('none');
    const matrix = sec.getByTestId('coverage-matrix');
    await expect.poll(() => matrix.locator('tbody tr').count(), { timeout: 10_000 }).toBe(1);
    await matrix.getByRole('button', { name: 'Beruf wählen: Emil' }).click();
    const emil = apprenticeItem(page, 'Emil');
    await expect.poll(() => emil.getByLabel('Beruf', { exact: true }).isVisible(), { timeout: 10_000 }).toBe(true);
    await page.setViewportSize({ width: 1280, height: 720 });
    await emil.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(SHOTS, 'coverage-choose-trade-1280.png') });
    await emil.getByLabel('Beruf', { exact: true }).selectOption('elektroniker-automatisierungstechnik');
    await emil.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => emil.locator('p.hint').first().innerText(), { timeout: 10_000 }).toContain('Elektroniker/-in für Automatisierungstechnik');
    expect(await emil.getByRole('button', { name: 'Beruf wählen: Emil' }).count()).toBe(0);
    await emil.getByRole('button', { name: 'Übungsstand: Emil' }).click();
    const detail = page.getByTestId('coverage-detail');
    await expect.poll(() => detail.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await detail.locator('[data-item="eat-bbp-13"]').innerText()).toContain('geübt');
    expect(pageErrors(page)).toEqual([]);
  });
});
