import { describe, expect, it } from 'vitest';
import { receiverAccepts } from '../../shared/games/datenfluss/frames.ts';
import { waitForScreen } from '../helpers/arcade.ts';
import { newPlayerPage, pageErrors, screenshot } from '../helpers/browser.ts';
import { feedback, nextItem } from '../helpers/datenfluss-page.ts';
import { startSolo } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';

// Datenfluss in the browser, 1 of 2: a whole level on a touch phone (the keyboard alone is
// datenfluss-keyboard: two files, so the side-by-side e2e run never waits on one long file;
// every level at first sight is in scene-look). A level plays in real time.

const env = useE2eEnv();

describe('Datenfluss on a phone', () => {
  it('level 2 with taps: every frame judged by the parity rule, ✓ after each, the reveal explains the two-flip frames', async () => {
    const page = await newPlayerPage(env.browser, 'datenfluss-touch');
    env.pages.push(page);
    await startSolo(page, env.server.baseUrl, 'datenfluss', 2);
    await waitForScreen(page, 'play', 30_000);
    const game = page.getByTestId('datenfluss');
    // The wire picture runs on WebGL.
    await expect.poll(() => page.evaluate(() => (window as any).__arcade.renderType), { timeout: 15_000 }).toBe(2);
    let answered = 0;
    for (let next = await nextItem(page, -1); next; next = await nextItem(page, next.n)) {
      const accept = receiverAccepts(String(next.shown[next.n]?.bits));
      if (answered === 1) await screenshot(page, 'datenfluss-l2-phone-frame');
      await game.getByRole('button', { name: accept ? '✓ Annehmen' : '✗ Verwerfen' }).tap();
      await expect.poll(() => feedback(page)).toBe('✓ Richtig');
      answered += 1;
    }
    // A loaded test machine may miss a frame's 3.6 s window; all that were answered were right.
    expect(answered).toBeGreaterThanOrEqual(18);
    // Everything answered: play ends early and the reveal shows the truth.
    await waitForScreen(page, 'reveal', 30_000);
    const own = page.getByTestId('own-result');
    await expect.poll(() => own.innerText()).toMatch(/Richtig: (9\d|100) %/);
    expect(await own.innerText()).toMatch(/Zwei gekippte Bits kamen durch|Telegramme mit zwei gekippten Bits/);
    // The phone shows its result compactly first; the debrief is behind "Details".
    const details = page.getByText('Details', { exact: true });
    if ((await details.count()) > 0) await details.first().click();
    await expect.poll(() => page.locator('body').innerText()).toContain('Parität erkennt jede ungerade Zahl gekippter Bits');
    await screenshot(page, 'datenfluss-l2-phone-reveal');
    expect(pageErrors(page)).toEqual([]);
  });
});
