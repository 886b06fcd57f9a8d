import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Headless system Chromium through playwright-core (no browser downloads here). Phaser gets
// WebGL 2 from SwiftShader even with --disable-gpu.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

/** Launches headless Chromium with a fresh temporary profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ARGS,
  });
}

// Our users are German speakers: the browser says so, as their phones would.
const COMMON = { locale: 'de-DE', timezoneId: 'Europe/Berlin' } as const;

/** A trainer's laptop on a projector. */
export async function newHostPage(browser: Browser, name = 'host'): Promise<Page> {
  const context = await browser.newContext({ ...COMMON, viewport: { width: 1280, height: 720 } });
  return watchedPage(context, name);
}

/**
 * An apprentice's small phone with a touch screen, 390×844 CSS pixels. One device pixel per CSS
 * pixel unless told: Chromium draws here in software (SwiftShader), and its GPU process was a
 * third of the browser tests' CPU (sampled on CI, 2026-12-07); a DPR-2 phone has four times the
 * pixels to draw every frame. The files about the look (phone-look, scene-look, kit's DPR-3
 * check) ask for 2 or 3.
 */
export async function newPlayerPage(browser: Browser, name: string, opts: { deviceScaleFactor?: number; reducedMotion?: 'reduce' } = {}): Promise<Page> {
  const context = await browser.newContext({
    ...COMMON,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
    ...(opts.reducedMotion ? { reducedMotion: opts.reducedMotion } : {}),
    hasTouch: true,
    isMobile: true,
  });
  return watchedPage(context, name);
}

const logs = new WeakMap<Page, string[]>();
const stamp = () => new Date().toISOString().slice(11, 23);
const names = new WeakMap<Page, string>();

async function watchedPage(context: BrowserContext, name: string): Promise<Page> {
  const page = await context.newPage();
  const lines: string[] = [];
  logs.set(page, lines);
  names.set(page, name);
  page.on('console', (m) => lines.push(`${stamp()} console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => lines.push(`${stamp()} pageerror: ${e.stack ?? e.message}`));
  page.on('requestfailed', (r) => lines.push(`${stamp()} requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('crash', () => lines.push(`${stamp()} page crashed`));
  return page;
}

/** Console output, page errors and failed requests of a page so far. */
export function pageLogs(page: Page): string[] {
  return logs.get(page) ?? [];
}

/** Uncaught errors of a page: a test may assert there were none. */
export function pageErrors(page: Page): string[] {
  return pageLogs(page).filter((l) => l.includes(' pageerror: '));
}

/** Saves a full-page screenshot to test-results/screenshots/<name>.png; returns the path. */
export async function screenshot(page: Page, name: string): Promise<string | null> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  try {
    await page.screenshot({ path, fullPage: true, timeout: 10_000 });
    return path;
  } catch {
    return null;
  }
}

/** On a failed test: screenshot every page and print its log and hook state. */
export async function reportFailure(testName: string, pages: Page[], serverOutput?: string): Promise<void> {
  const out: string[] = [`\n===== diagnostics for failed test: ${testName} =====`];
  for (const page of pages) {
    const name = names.get(page) ?? 'page';
    if (page.isClosed()) continue;
    const shot = await screenshot(page, `${testName}-${name}`);
    const hook = await page
      .evaluate(() => {
        const a = (window as unknown as { __arcade?: Record<string, unknown> }).__arcade;
        if (!a) return 'window.__arcade is missing';
        const { state: _state, ...rest } = a;
        return JSON.stringify(rest).slice(0, 3000);
      })
      .catch((e: Error) => `evaluate failed: ${e.message}`);
    out.push(`--- ${name}: ${page.url()}  screenshot: ${shot ?? 'failed'}`, `__arcade: ${hook}`, ...pageLogs(page).slice(-60));
  }
  if (serverOutput !== undefined) out.push('--- server output (last 4000 chars) ---', serverOutput.slice(-4000));
  console.log(out.join('\n'));
}
