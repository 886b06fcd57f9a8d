import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { newHostPage, pageLogs } from '../helpers/browser.ts';
import { openHost, signInTrainer } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';

// Issue 8, attacks 2 and 10 in a real browser: a page on another port of the same host must
// not read a signed-in trainer's data, and our own pages run under their CSP without a
// single violation (the host lobby with its QR image, the board page).

// All interfaces, as users run it: the lobby shows the join QR (on loopback, a warning instead).
const env = useE2eEnv({ serverEnv: { HOST: '0.0.0.0' } });
let foreign: Server | undefined;
afterAll(() => new Promise<void>((resolve) => (foreign ? foreign.close(() => resolve()) : resolve())));

/** A page of another origin (127.0.0.1 on another port), as an attacker's site would be. */
async function foreignOrigin(): Promise<string> {
  foreign = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>fremd</title>'));
  await new Promise<void>((resolve) => foreign!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`;
}

describe('doors in Chromium', () => {
  it('keeps a signed-in trainer\'s apprentice list from a page of another origin', async () => {
    const page = await newHostPage(env.browser, 'cross-origin');
    env.pages.push(page);
    await signInTrainer(page, env.server.baseUrl);
    const own = await page.context().request.get(`${env.server.baseUrl}/api/apprentices`);
    expect(own.status()).toBe(200);

    await page.goto(await foreignOrigin());
    const attempt = await page.evaluate(async (base) => {
      try {
        const res = await fetch(`${base}/api/apprentices`, { credentials: 'include' });
        return `read ${res.status}: ${(await res.text()).slice(0, 80)}`;
      } catch (err) {
        return `blocked: ${(err as Error).name}`;
      }
    }, env.server.baseUrl);
    console.log(`cross-origin read of /api/apprentices: ${attempt}`);
    expect(attempt).toMatch(/^blocked/);
    // Player matchmaking stays open to other origins (a buzzer box's page), without cookies.
    const lookup = await page.evaluate(async (base) => (await fetch(`${base}/api/sessions/000000`)).status, env.server.baseUrl);
    expect(lookup).toBe(404);
  });

  it('runs the host lobby (QR image, WebSocket) and the board page without CSP violations', async () => {
    const page = await newHostPage(env.browser, 'csp');
    env.pages.push(page);
    const violations: string[] = [];
    await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await signInTrainer(page, env.server.baseUrl);
    const code = await openHost(page, env.server.baseUrl);
    expect(code).toMatch(/^\d{6}$/);
    await expect.poll(() => page.getByTestId('join-qr').evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), { timeout: 10_000 }).toBe(true);
    const headers = (await page.context().request.get(`${env.server.baseUrl}/`)).headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.goto(`${env.server.baseUrl}/?board=1`);
    await page.waitForLoadState('networkidle');
    expect(violations, pageLogs(page).join('\n')).toEqual([]);
  });
});
