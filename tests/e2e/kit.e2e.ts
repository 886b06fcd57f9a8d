import { describe, expect, it } from 'vitest';
import { snapshot, waitForPhase } from '../helpers/arcade.ts';
import { newPlayerPage } from '../helpers/browser.ts';
import { startSolo } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';

// The game kit in a real browser: a Phaser game draws at the device's resolution (a canvas
// at CSS size looks blurry on a DPR-3 phone, issue 11) and with WebGL.

const env = useE2eEnv();

/** The game canvas's real pixels against its CSS size. */
async function canvasSize(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const c = document.querySelector('[data-testid="reaktion-pad"] canvas') as HTMLCanvasElement | null;
    if (!c) return null;
    const r = c.getBoundingClientRect();
    return { width: c.width, height: c.height, cssWidth: r.width, cssHeight: r.height, dpr: window.devicePixelRatio };
  });
}

describe('game kit', () => {
  it('draws a Phaser game at the device resolution on a DPR-3 phone, with WebGL', async () => {
    const page = await newPlayerPage(env.browser, 'dpr3', { deviceScaleFactor: 3 });
    env.pages.push(page);
    await startSolo(page, env.server.baseUrl, 'reaktion', 1);
    await waitForPhase(page, 'play', 30_000);
    await expect.poll(() => canvasSize(page), { timeout: 10_000 }).not.toBeNull();
    const size = (await canvasSize(page))!;
    expect(size.dpr).toBe(3);
    expect(size.cssWidth).toBeGreaterThan(300);
    expect(Math.abs(size.width - size.cssWidth * 3), JSON.stringify(size)).toBeLessThanOrEqual(3);
    expect(Math.abs(size.height - size.cssHeight * 3), JSON.stringify(size)).toBeLessThanOrEqual(3);
    expect((await snapshot(page))?.renderType, 'Phaser must render with WebGL').toBe(2);
  });
});
