import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { toBits } from '../../shared/games/datenfluss/bits.ts';
import { receiverAccepts } from '../../shared/games/datenfluss/frames.ts';
import { rightAnswer } from '../../shared/games/datenfluss/solver.ts';
import type { CueData } from '../../shared/games/types.ts';
import { waitForScreen } from '../helpers/arcade.ts';
import { newHostPage, newPlayerPage, pageErrors, screenshot } from '../helpers/browser.ts';
import { startSolo } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';

// Datenfluss in the browser: a whole level on a touch phone, a whole level with the
// keyboard alone, and the first item of the other levels on a phone and a projector-sized
// screen (screenshots for a human look). Items show at their server time; the test reads
// what the page shows through the hook (games.datenfluss.items) and answers like a player
// who knows the rule.

const env = useE2eEnv();

/** Waits until item `n` of the running round is on screen; returns the cues shown so far, in item order. */
async function itemShown(page: Page, n: number, timeoutMs = 20_000): Promise<CueData[]> {
  await page.locator(`.df-area[data-item="${n}"]`).waitFor({ timeout: timeoutMs });
  const items = (await page.evaluate(() => (window as any).__arcade.games?.datenfluss?.items ?? [])) as (CueData & { round: number; item: number })[];
  const round = items.at(-1)?.round;
  const shown: CueData[] = [];
  for (const cue of items) if (cue.round === round) shown[cue.item] = cue;
  return shown;
}

const feedback = (page: Page) => page.locator('.df-feedback').innerText();

describe('Datenfluss on a phone', () => {
  it('level 2 with taps: every frame judged by the parity rule, ✓ after each, the reveal explains the two-flip frames', async () => {
    const page = await newPlayerPage(env.browser, 'datenfluss-touch');
    env.pages.push(page);
    await startSolo(page, env.server.baseUrl, 'datenfluss', 2);
    await waitForScreen(page, 'play', 30_000);
    const game = page.getByTestId('datenfluss');
    // The wire picture runs on WebGL.
    await expect.poll(() => page.evaluate(() => (window as any).__arcade.renderType), { timeout: 15_000 }).toBe(2);
    for (let i = 0; i < 20; i++) {
      const shown = await itemShown(page, i);
      const accept = receiverAccepts(String(shown[i]?.bits));
      if (i === 1) await screenshot(page, 'datenfluss-l2-phone-frame');
      await game.getByRole('button', { name: accept ? '✓ Annehmen' : '✗ Verwerfen' }).tap();
      await expect.poll(() => feedback(page)).toBe('✓ Richtig');
      if (i === 1) {
        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
        expect(serious, 'axe-core on the play screen').toEqual([]);
      }
    }
    // Everything answered: play ends early and the reveal shows the truth.
    await waitForScreen(page, 'reveal', 30_000);
    const own = page.getByTestId('own-result');
    await expect.poll(() => own.innerText()).toContain('Richtig: 100 %');
    expect(await own.innerText()).toMatch(/Zwei gekippte Bits kamen durch|Telegramme mit zwei gekippten Bits/);
    expect(await own.innerText()).toContain('Gerade Parität erkennt jede ungerade Zahl');
    await screenshot(page, 'datenfluss-l2-phone-reveal');
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('Datenfluss with the keyboard alone', () => {
  it('level 1: bits set with 0/1 and the arrow keys, Enter sends, options picked with number keys', async () => {
    const page = await newHostPage(env.browser, 'datenfluss-keyboard');
    env.pages.push(page);
    await startSolo(page, env.server.baseUrl, 'datenfluss', 1);
    await waitForScreen(page, 'play', 30_000);
    for (let i = 0; i < 10; i++) {
      const shown = await itemShown(page, i, 25_000);
      const show = shown[i] as CueData;
      const value = rightAnswer(1, shown, i).value as number;
      if (show.task === 'set') {
        const bits = toBits(value);
        // One slip on the first item, corrected with ← before sending.
        if (i === 0) {
          await page.keyboard.press(bits[0] === '1' ? '0' : '1');
          await page.keyboard.press('ArrowLeft');
        }
        for (const b of bits) await page.keyboard.press(b);
        if (i === 0) await screenshot(page, 'datenfluss-l1-projector-set');
        await page.keyboard.press('Enter');
      } else {
        await page.keyboard.press(String(value + 1));
      }
      await expect.poll(() => feedback(page)).toBe('✓ Richtig');
    }
    await waitForScreen(page, 'reveal', 30_000);
    await expect.poll(() => page.getByTestId('own-result').innerText()).toContain('Richtig: 100 %');
    await screenshot(page, 'datenfluss-l1-projector-reveal');
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('Datenfluss levels 3–5 at first sight', () => {
  it.each([3, 4, 5])('level %i shows its first item with its controls on a phone and a projector', async (level) => {
    for (const [kind, open] of [['phone', newPlayerPage], ['projector', newHostPage]] as const) {
      const page = await open(env.browser, `datenfluss-l${level}-${kind}`);
      env.pages.push(page);
      await startSolo(page, env.server.baseUrl, 'datenfluss', level);
      await waitForScreen(page, 'play', 30_000);
      await itemShown(page, 0);
      const controls = { 3: '.df-node', 4: '.df-queue', 5: '.df-subs .df-toggle' }[level] as string;
      expect(await page.locator(controls).count()).toBeGreaterThanOrEqual(level === 4 ? 3 : 2);
      // Big tap targets: every control at least 44 CSS px high.
      for (const box of await page.locator(controls).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
        expect(box).toBeGreaterThanOrEqual(44);
      }
      await screenshot(page, `datenfluss-l${level}-${kind}`);
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    }
  });
});
