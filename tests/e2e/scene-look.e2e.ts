import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { TASK_SPECS, type TaskId } from '../../shared/games/sensor-labor/sorting.ts';
import { trainOf } from '../../client/games/datenfluss/wire-art.ts';
import { settled, snapshot, waitForScreen } from '../helpers/arcade.ts';
import { newHostPage, newPlayerPage, pageErrors, screenshot } from '../helpers/browser.ts';
import { itemShown } from '../helpers/datenfluss-page.ts';
import { startSolo } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';

// The Phaser scenes as a player sees them while playing, at 390×844, 360×640 and on a
// 1920×1080 screen: Sensor-Labor's parts on the conveyor and its belt running past the
// sensors, Datenfluss's bits, frames and packets travelling. Screenshots go to
// test-results/screenshots/scene-look-* for a human look; the test checks that the scenes
// run in WebGL without errors and that Datenfluss sends what the item's cue shows. Datenfluss
// levels 2–5 also at first sight on a phone (390×844) and a projector (1280×720): the level's
// controls there, each at least 44 px high, axe on the phone (these pages played their own
// solo round in datenfluss-levels.e2e.ts before; the same pages serve both now).

const env = useE2eEnv();
const PHONES = [[390, 844], [360, 640]] as const;

async function open(kind: 'phone' | 'desktop', name: string, game: string, level: number): Promise<Page> {
  const page = kind === 'phone' ? await newPlayerPage(env.browser, name, { deviceScaleFactor: 2 }) : await newHostPage(env.browser, name);
  if (kind === 'desktop') await page.setViewportSize({ width: 1920, height: 1080 });
  env.pages.push(page);
  await startSolo(page, env.server.baseUrl, game, level);
  await waitForScreen(page, 'play', 30_000);
  return page;
}

const renderType = (page: Page) => page.evaluate(() => (window as any).__arcade?.renderType);

/** Screenshots at the phone sizes (resized in play: the scene lays out anew). */
async function phoneShots(page: Page, name: string, between?: () => Promise<void>): Promise<void> {
  for (const [width, height] of PHONES) {
    await page.setViewportSize({ width, height });
    await between?.();
    await screenshot(page, `scene-look-${name}-${width}x${height}`);
  }
}

describe('The Phaser scenes during play', () => {
  it('Sensor-Labor level 1: the part on the conveyor at 390×844, 360×640 and 1920×1080', async () => {
    await Promise.all((['phone', 'desktop'] as const).map(async (kind) => {
      const page = await open(kind, `look-sl1-${kind}`, 'sensor-labor', 1);
      await expect.poll(() => page.getByTestId('sensor-labor').locator('.sl-progress').innerText()).toBe('Teil 1 von 6');
      await page.waitForTimeout(1200); // the first part rides in (900 ms)
      if (kind === 'phone') await phoneShots(page, 'sensor-labor-l1', () => page.waitForTimeout(300));
      else await screenshot(page, 'scene-look-sensor-labor-l1-1920x1080');
      expect(await renderType(page)).toBe(2);
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    }));
  });

  it('Sensor-Labor level 2: the belt runs its parts past a placed sensor', async () => {
    await Promise.all((['phone', 'desktop'] as const).map(async (kind) => {
      const page = await open(kind, `look-sl2-${kind}`, 'sensor-labor', 2);
      const game = page.getByTestId('sensor-labor');
      const pub = JSON.parse((await snapshot(page))?.state?.round ?? '{}') as { task: TaskId };
      const { sensor } = TASK_SPECS[pub.task].solvedBy[0]!;
      await game.locator(`.sl-chip-sensor[data-sensor="${sensor}"]`).click();
      await expect.poll(() => game.locator('.sl-slot-title').first().innerText()).toContain('Platz 1:');
      await game.getByRole('button', { name: 'Band starten', exact: true }).click();
      await page.waitForTimeout(1800);
      if (kind === 'phone') await phoneShots(page, 'sensor-labor-l2', () => page.waitForTimeout(600));
      else await screenshot(page, 'scene-look-sensor-labor-l2-1920x1080');
      expect(await renderType(page)).toBe(2);
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    }));
  });

  it.each([1, 2, 3, 4, 5])('Datenfluss level %i: the item travels along the data path as the level\'s bits, frames or packets', async (level) => {
    await Promise.all((['phone', 'desktop'] as const).map(async (kind) => {
      const page = await open(kind, `look-df${level}-${kind}`, 'datenfluss', level);
      const shown = await itemShown(page, 0);
      await page.waitForTimeout(450); // mid-way (the movement takes 1.1 s)
      if (kind === 'phone') {
        await screenshot(page, `scene-look-datenfluss-l${level}-390x844-moving`);
        await phoneShots(page, `datenfluss-l${level}`, () => page.waitForTimeout(300));
      } else await screenshot(page, `scene-look-datenfluss-l${level}-1920x1080-moving`);
      // What travelled is what the cue showed, item by item.
      const trains = (await page.evaluate(() => (window as any).__arcade.games?.datenfluss?.trains ?? [])) as { item: number; tokens: string }[];
      expect(trains.length).toBeGreaterThan(0);
      for (const t of trains) {
        const cue = shown[t.item];
        if (cue) expect(t.tokens).toBe(trainOf(level, cue).tokens.map((k) => `${k.kind}:${k.label}`).join(' '));
      }
      expect(await renderType(page)).toBe(2);
      if (level >= 2) await levelAtFirstSight(page, kind, level);
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    }));
  });
});

/**
 * Datenfluss level 2–5 on a phone at 390×844 and a projector at 1280×720: the level's controls
 * in the page (levels 2, 3, 5 at least two, level 4 three), each at least 44 CSS px high (big
 * tap targets), a screenshot, and on the phone no serious or critical axe finding.
 */
async function levelAtFirstSight(page: Page, kind: 'phone' | 'desktop', level: number): Promise<void> {
  await page.setViewportSize(kind === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 720 });
  await settled(page); // the re-layout drawn
  const controls = { 2: '.df-option', 3: '.df-node', 4: '.df-queue', 5: '.df-subs .df-toggle' }[level] as string;
  // The item may have passed meanwhile: the controls stay in the page.
  expect(await page.locator(controls).count()).toBeGreaterThanOrEqual(level === 4 ? 3 : 2);
  for (const height of await page.locator(controls).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
    expect(height).toBeGreaterThanOrEqual(44);
  }
  await screenshot(page, `datenfluss-l${level}-${kind === 'phone' ? 'phone' : 'projector'}`);
  if (kind === 'phone') {
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
    expect(serious, 'axe-core on the play screen').toEqual([]);
  }
}
