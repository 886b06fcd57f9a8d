import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { waitForScreen } from '../helpers/arcade.ts';
import { newHostPage, newPlayerPage, pageErrors, screenshot } from '../helpers/browser.ts';
import { itemShown } from '../helpers/datenfluss-page.ts';
import { startSolo } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';

// Datenfluss in the browser, 3 of 3: the first item of levels 2–5 on a phone and a
// projector-sized screen (screenshots for a human look). The phone and the projector each
// play their own solo round, so both start at once (see datenfluss-touch.e2e.ts for why
// three files).

const env = useE2eEnv();

describe('Datenfluss levels 2–5 at first sight', () => {
  it.each([2, 3, 4, 5])('level %i shows its first item with its controls on a phone and a projector; axe finds nothing serious', async (level) => {
    await Promise.all(([['phone', newPlayerPage], ['projector', newHostPage]] as const).map(async ([kind, open]) => {
      const page = await open(env.browser, `datenfluss-l${level}-${kind}`);
      env.pages.push(page);
      await startSolo(page, env.server.baseUrl, 'datenfluss', level);
      await waitForScreen(page, 'play', 30_000);
      await itemShown(page, 0);
      const controls = { 2: '.df-option', 3: '.df-node', 4: '.df-queue', 5: '.df-subs .df-toggle' }[level] as string;
      expect(await page.locator(controls).count()).toBeGreaterThanOrEqual(level === 4 ? 3 : 2);
      // Big tap targets: every control at least 44 CSS px high.
      for (const box of await page.locator(controls).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
        expect(box).toBeGreaterThanOrEqual(44);
      }
      await screenshot(page, `datenfluss-l${level}-${kind}`);
      if (kind === 'phone') {
        // Not timed here (the item may pass meanwhile): the controls stay in the page.
        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
        expect(serious, 'axe-core on the play screen').toEqual([]);
      }
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    }));
  });
});
