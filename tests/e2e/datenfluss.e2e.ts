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

/**
 * Waits until an item after `last` is on screen (a slow test run may have missed one) and
 * returns its number with the cues shown so far, in item order; null when play ended.
 */
async function nextItem(page: Page, last: number, timeoutMs = 25_000): Promise<{ n: number; shown: CueData[] } | null> {
  const handle = await page.waitForFunction((after) => {
    const a = (window as any).__arcade;
    const n = Number(document.querySelector('.df-area')?.getAttribute('data-item') ?? -1);
    if (n > after) return n;
    return a?.phase !== 'play' && a?.phase !== 'countdown' ? 'ended' : false;
  }, last, { polling: 50, timeout: timeoutMs });
  const n = (await handle.jsonValue()) as number | 'ended';
  await handle.dispose();
  if (n === 'ended') return null;
  const items = (await page.evaluate(() => (window as any).__arcade.games?.datenfluss?.items ?? [])) as (CueData & { round: number; item: number })[];
  const round = items.at(-1)?.round;
  const shown: CueData[] = [];
  for (const cue of items) if (cue.round === round) shown[cue.item] = cue;
  return { n, shown };
}

/** Waits until item `n` (or a later one) is on screen. */
const itemShown = async (page: Page, n: number) => (await nextItem(page, n - 1))?.shown ?? [];

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

describe('Datenfluss with the keyboard alone', () => {
  it('level 1: bits set with 0/1 and the arrow keys, Enter sends, options picked with number keys', async () => {
    const page = await newHostPage(env.browser, 'datenfluss-keyboard');
    env.pages.push(page);
    await startSolo(page, env.server.baseUrl, 'datenfluss', 1);
    await waitForScreen(page, 'play', 30_000);
    let answered = 0;
    for (let next = await nextItem(page, -1); next; next = await nextItem(page, next.n)) {
      const { n: i, shown } = next;
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
      answered += 1;
    }
    expect(answered).toBeGreaterThanOrEqual(9);
    await waitForScreen(page, 'reveal', 30_000);
    await expect.poll(() => page.getByTestId('own-result').innerText()).toMatch(/Richtig: (9\d|100) %/);
    await screenshot(page, 'datenfluss-l1-projector-reveal');
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('Datenfluss levels 2–5 at first sight', () => {
  it.each([2, 3, 4, 5])('level %i shows its first item with its controls on a phone and a projector; axe finds nothing serious', async (level) => {
    for (const [kind, open] of [['phone', newPlayerPage], ['projector', newHostPage]] as const) {
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
    }
  });
});
