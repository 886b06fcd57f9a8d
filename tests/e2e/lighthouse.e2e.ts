import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../helpers/server-process.ts';

// Issue 11: Lighthouse (mobile preset: a mid-range phone, simulated slow 4G and a 4× slower
// CPU) on the pages a phone opens first. Accessibility is a property of the page and must stay
// ≥ 95; performance is a timing figure on a shared machine, so it is printed, not asserted
// (the target, ≥ 90, goes in the closing note). Lighthouse drives Debian's Chromium itself
// (CHROME_PATH); the `lighthouse` devDependency brings no browser.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LIGHTHOUSE = join(ROOT, 'node_modules', '.bin', 'lighthouse');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const MIN_ACCESSIBILITY = 0.95;
/** One Lighthouse run: Chromium start, load, trace and audits; slow on a busy 2-core box. */
const RUN_TIMEOUT_MS = 150_000;

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string }>;
}

/**
 * Runs Lighthouse on `url`; once more when it failed to record its trace (NO_NAVSTART: its own
 * message says to run it again; seen twice on a busy CI machine). Any other failure rejects.
 */
async function lighthouse(url: string, outDir: string): Promise<Report> {
  try {
    return await lighthouseOnce(url, outDir);
  } catch (err) {
    if (!String(err).includes('NO_NAVSTART')) throw err;
    console.warn(`[retry] Lighthouse could not record the trace of ${url} (NO_NAVSTART); running it again.`);
    return lighthouseOnce(url, outDir);
  }
}

/** Runs the Lighthouse CLI on `url` and returns its JSON report; rejects with its output on failure. */
function lighthouseOnce(url: string, outDir: string): Promise<Report> {
  const out = join(outDir, `${encodeURIComponent(url)}.json`);
  const args = [
    url, '--form-factor=mobile', '--only-categories=performance,accessibility', '--output=json', `--output-path=${out}`, '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(LIGHTHOUSE, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code}:\n${log}`));
      resolve(JSON.parse(readFileSync(out, 'utf8')) as Report);
    });
  });
}

describe('Lighthouse mobile on the first pages a phone opens', () => {
  let server: ServerProcess;
  let outDir: string;
  beforeAll(async () => {
    server = await startServer();
    outDir = mkdtempSync(join(tmpdir(), 'arcade-lighthouse-'));
  });
  afterAll(async () => {
    await server?.dispose();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  for (const [name, path] of [['home', '/'], ['join link', '/?code=123456']] as const) {
    it(`${name}: accessibility ≥ ${MIN_ACCESSIBILITY * 100}; performance printed`, async () => {
      const report = await lighthouse(`${server.baseUrl}${path}`, outDir);
      const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
      const metric = (a: string) => report.audits[a]?.displayValue ?? '?';
      console.info(`[figure] lighthouse mobile ${name}: performance ${score('performance')}, accessibility ${score('accessibility')}; `
        + `FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`);
      const failing = Object.entries(report.audits)
        .filter(([, a]) => a.score !== null && a.score < 1)
        .map(([id, a]) => `${id}: ${a.title}`);
      expect(report.categories.accessibility?.score ?? 0, `accessibility audits not passed: ${failing.join(' | ')}`).toBeGreaterThanOrEqual(MIN_ACCESSIBILITY);
      expect(report.categories.performance?.score, 'a performance score was computed').toBeTypeOf('number');
    }, RUN_TIMEOUT_MS);
  }
});
