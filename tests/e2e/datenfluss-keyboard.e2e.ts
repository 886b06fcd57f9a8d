import { describe, expect, it } from 'vitest';
import { toBits } from '../../shared/games/datenfluss/bits.ts';
import { rightAnswer } from '../../shared/games/datenfluss/solver.ts';
import type { CueData } from '../../shared/games/types.ts';
import { waitForScreen } from '../helpers/arcade.ts';
import { newHostPage, pageErrors, screenshot } from '../helpers/browser.ts';
import { feedback, nextItem } from '../helpers/datenfluss-page.ts';
import { startSolo } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';

// Datenfluss in the browser, 2 of 2: a whole level with the keyboard alone, on a
// projector-sized screen (see datenfluss-touch.e2e.ts for why two files).

const env = useE2eEnv();

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
