import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { waitForScreen } from '../helpers/arcade.ts';
import { launchBrowser, newHostPage, newPlayerPage, reportFailure } from '../helpers/browser.ts';
import { joinAsPlayer, openHost } from '../helpers/flows.ts';
import { startServer, type ServerProcess } from '../helpers/server-process.ts';

// Apprentices use small phones, some with screen readers or poor eyesight; trainers use a
// projector. axe-core checks the screens everyone passes through; serious and critical
// findings fail the test, lesser ones are only printed.

let server: ServerProcess;
let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await reportFailure(ctx.task.name, pages, server?.output());
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describeViolations(where: string, list: Violation[]): string {
  if (list.length === 0) return `${where}: no violations`;
  return [
    `${where}: ${list.length} violation(s)`,
    ...list.flatMap((v) => [
      `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
      ...v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
    ]),
  ].join('\n');
}

/** Scans the page; prints everything; returns only serious/critical findings. */
async function scan(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  console.log(describeViolations(where, violations));
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${where}: [${v.impact}] ${v.id} (${v.nodes.length} nodes)`);
}

describe('accessibility (axe-core)', () => {
  it('home page has no serious or critical violations', async () => {
    const page = await newPlayerPage(browser, 'a11y-home');
    pages.push(page);
    await page.goto(`${server.baseUrl}/`);
    await waitForScreen(page, 'home');
    expect(await scan(page, 'home')).toEqual([]);
  });

  it('join page has no serious or critical violations (also with an error shown)', async () => {
    const page = await newPlayerPage(browser, 'a11y-join');
    pages.push(page);
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('button', { name: 'Beitreten', exact: true }).click();
    await waitForScreen(page, 'join');
    const found = await scan(page, 'join');
    // An unknown code must produce a visible alert; scan that state as well.
    await page.getByLabel('Code', { exact: true }).fill('000000');
    await page.getByLabel('Spitzname', { exact: true }).fill('Test');
    await page.getByRole('button', { name: 'Beitreten', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText(), { timeout: 10_000 }).not.toBe('');
    found.push(...(await scan(page, 'join with error')));
    expect(found).toEqual([]);
  });

  it('host page and a player lobby have no serious or critical violations', async () => {
    const host = await newHostPage(browser, 'a11y-host');
    const player = await newPlayerPage(browser, 'a11y-player');
    pages.push(host, player);
    const code = await openHost(host, server.baseUrl);
    await joinAsPlayer(player, server.baseUrl, code, 'Ada', 'url');
    await expect.poll(() => host.getByRole('list', { name: 'Spieler' }).innerText(), { timeout: 10_000 }).toContain('Ada');
    const found = [...(await scan(host, 'host lobby')), ...(await scan(player, 'player lobby'))];
    expect(found).toEqual([]);
  });
});
