import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { settled, snapshot, waitForPhase, waitForScreen } from '../helpers/arcade.ts';
import { newHostPage, newPlayerPage, pageErrors, screenshot } from '../helpers/browser.ts';
import { joinAsPlayer, openHost, setReaktionPlaylist, signInTrainer, startSolo, tapThroughReaktion } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';

// The phone as an apprentice sees it, screen by screen, at 390×844 and 360×640: every view
// is photographed (test-results/screenshots/phone-*.png, SHOT_PREFIX renames them) and
// scanned by axe (WCAG 2.1 A/AA; serious and critical findings fail). One hosted Reaktion
// round with two phones, then a solo practice round.

const env = useE2eEnv();
const PREFIX = process.env.SHOT_PREFIX ?? 'phone';
const SMALL = { width: 360, height: 640 };
const LARGE = { width: 390, height: 844 };

/** Photographs the page at both phone sizes and returns axe's serious/critical findings. */
async function look(page: Page, name: string): Promise<string[]> {
  await settled(page); // entrance animations
  const found: string[] = [];
  for (const size of [LARGE, SMALL]) {
    await page.setViewportSize(size);
    await settled(page);
    await screenshot(page, `${PREFIX}-${name}-${size.width}x${size.height}`);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const v of violations) {
      if (v.impact === 'serious' || v.impact === 'critical') found.push(`${name} ${size.width}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    }
  }
  await page.setViewportSize(LARGE);
  return found;
}

describe('phone look', () => {
  it('every phone view of a hosted round and a practice round', async () => {
    const host = await newHostPage(env.browser);
    const anna = await newPlayerPage(env.browser, 'phone-anna');
    const ben = await newPlayerPage(env.browser, 'phone-ben');
    env.pages.push(host, anna, ben);
    const found: string[] = [];
    const base = env.server.baseUrl;

    await anna.goto(`${base}/`);
    await waitForScreen(anna, 'home');
    found.push(...(await look(anna, 'home')));

    await signInTrainer(host, base);
    const code = await openHost(host, base);
    await setReaktionPlaylist(host, 1);
    await anna.goto(`${base}/?code=${code}`);
    await waitForScreen(anna, 'join');
    found.push(...(await look(anna, 'join')));
    await joinAsPlayer(anna, base, code, 'Anna', 'url');
    await joinAsPlayer(ben, base, code, 'Ben', 'home');
    found.push(...(await look(anna, 'lobby')));

    await host.getByRole('button', { name: 'Start', exact: true }).click();
    await waitForScreen(anna, 'countdown');
    await screenshot(anna, `${PREFIX}-countdown-390x844`);
    const played = Promise.all([tapThroughReaktion(anna, () => 240), tapThroughReaktion(ben, () => 420)]);
    await waitForPhase(anna, 'play');
    await anna.waitForTimeout(2500);
    await screenshot(anna, `${PREFIX}-play-390x844`);
    await played;

    await waitForScreen(anna, 'reveal');
    await waitForScreen(ben, 'reveal');
    await expect.poll(() => anna.getByTestId('own-result').isVisible(), { timeout: 10_000 }).toBe(true);
    // The moment after the round: full screen, with the points and the place out of two.
    const moment = await anna.getByTestId('round-moment').innerText();
    expect(moment).toMatch(/\+\d+ Punkte/);
    expect(moment).toMatch(/Platz [12] von 2/);
    await anna.waitForTimeout(300);
    await screenshot(anna, `${PREFIX}-reveal-moment-390x844`);
    await screenshot(ben, `${PREFIX}-reveal-moment-ben-390x844`);
    // The reveal itself once the moment has gone by itself.
    await expect.poll(() => anna.getByTestId('round-moment').count(), { timeout: 15_000 }).toBe(0);
    found.push(...(await look(anna, 'reveal')));

    for (const phase of ['scoreboard', 'podium']) {
      await host.getByRole('button', { name: 'Weiter', exact: true }).click();
      await waitForScreen(anna, phase);
      await waitForScreen(ben, phase);
      found.push(...(await look(anna, phase)));
      if (phase === 'podium') await screenshot(ben, `${PREFIX}-podium-ben-390x844`);
    }
    expect(pageErrors(anna)).toEqual([]);
    expect(pageErrors(ben)).toEqual([]);

    // Solo practice: a round, then "Fertig" ends in the practice summary.
    const solo = await newPlayerPage(env.browser, 'phone-solo');
    env.pages.push(solo);
    await solo.goto(`${base}/`);
    await solo.getByRole('button', { name: 'Üben', exact: true }).click();
    await waitForScreen(solo, 'solo-setup');
    found.push(...(await look(solo, 'solo-setup')));
    await startSolo(solo, base, 'reaktion', 1);
    await tapThroughReaktion(solo, () => 260);
    await waitForScreen(solo, 'reveal');
    await expect.poll(() => solo.getByTestId('round-moment').count(), { timeout: 15_000 }).toBe(0);
    found.push(...(await look(solo, 'solo-reveal')));
    await solo.getByRole('button', { name: 'Fertig', exact: true }).click();
    await waitForScreen(solo, 'practice-summary');
    found.push(...(await look(solo, 'solo-end')));
    // A practice summary, not a podium of one: the best, "Nochmal" and the next level.
    expect(await solo.getByTestId('podium').count()).toBe(0);
    await expect.poll(() => solo.getByTestId('practice-summary').innerText()).toMatch(/Bestleistung auf dieser Stufe: \d+ Punkte/);
    await solo.getByRole('button', { name: 'Nochmal', exact: true }).click();
    await waitForScreen(solo, ['countdown', 'play'], 30_000);
    expect((await snapshot(solo))?.state?.gameId).toBe('reaktion');
    expect(pageErrors(solo)).toEqual([]);

    expect(found).toEqual([]);
  });
});
