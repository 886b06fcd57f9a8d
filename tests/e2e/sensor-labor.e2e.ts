import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { sensorsWith, type MaterialId } from '../../shared/games/sensor-labor/materials.ts';
import { TASK_SPECS, type TaskId } from '../../shared/games/sensor-labor/sorting.ts';
import { snapshot, waitForScreen } from '../helpers/arcade.ts';
import { newHostPage, newPlayerPage, pageErrors, screenshot } from '../helpers/browser.ts';
import { openHost, signInTrainer, startSolo } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';

// An apprentice practises Sensor-Labor level 1 alone on a phone: taps the sensor toggles
// for most parts, uses only the keyboard for one, makes one deliberate mistake, and reaches
// the reveal, where the mistake is explained in one sentence next to the debrief.

const env = useE2eEnv();

describe('Sensor-Labor on a phone', () => {
  it('completes level 1 solo with taps and keyboard and sees the debrief with the explained mistake', async () => {
    const page = await newPlayerPage(env.browser, 'sensor-labor-phone');
    env.pages.push(page);
    await startSolo(page, env.server.baseUrl, 'sensor-labor', 1);
    await waitForScreen(page, 'play', 30_000);
    const game = page.getByTestId('sensor-labor');
    const pub = JSON.parse((await snapshot(page))?.state?.round ?? '{}') as { parts: MaterialId[] };
    expect(pub.parts).toHaveLength(6);

    for (const [i, material] of pub.parts.entries()) {
      await expect.poll(() => game.locator('.sl-progress').innerText()).toBe(`Teil ${i + 1} von 6`);
      let choice = sensorsWith(material, 'reliable');
      // Part 1: forget one sensor on purpose, so the reveal has a mistake to explain.
      if (i === 0) choice = choice.slice(1);
      if (i === 2) {
        // Keyboard only: focus the first toggle, Tab along, Space toggles, Enter answers.
        await game.locator('.sl-toggle').first().focus();
        const order = ['inductive', 'capacitive', 'diffuse', 'through-beam', 'ultrasonic', 'magnetic'];
        for (const [k, sensor] of order.entries()) {
          if (k > 0) await page.keyboard.press('Tab');
          if (choice.includes(sensor as never)) await page.keyboard.press('Space');
        }
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
      } else {
        for (const sensor of choice) await game.locator(`.sl-toggle[data-sensor="${sensor}"]`).tap();
        if (i === 1) {
          await screenshot(page, 'sensor-labor-level1-choosing');
          const { violations } = await new AxeBuilder({ page }).analyze();
          const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
          expect(serious, 'axe-core on the play screen').toEqual([]);
        }
        await game.getByRole('button', { name: 'Antworten', exact: true }).tap();
      }
      if (i < 5) {
        const next = game.getByRole('button', { name: 'Nächstes Teil', exact: true });
        await next.waitFor({ timeout: 10_000 });
        if (i === 0) await screenshot(page, 'sensor-labor-level1-feedback');
        // Pressed toggles show their verdicts now.
        expect(await game.locator('.sl-toggle[data-verdict="reliable"]').count()).toBeGreaterThan(0);
        await next.tap();
      }
    }

    // All six answered: play ends early, the reveal shows the score, the mistake and the debrief.
    await waitForScreen(page, 'reveal', 30_000);
    const own = page.getByTestId('own-result');
    await expect.poll(() => own.innerText()).toContain('Deine Fehler:');
    const text = await own.innerText();
    const [first] = pub.parts;
    expect(text).toMatch(/Richtig: 9\d %/);
    expect(text).toContain('übersehen (sicher)');
    expect(first).toBeTruthy();
    await expect.poll(() => page.getByTestId('debrief').innerText()).toContain('Hysterese');
    await screenshot(page, 'sensor-labor-level1-reveal');
    expect(pageErrors(page)).toEqual([]);
  });

  it('level 3 with the keyboard alone: the reveal shows the own output against the ideal', async () => {
    const page = await newPlayerPage(env.browser, 'sensor-labor-level3');
    env.pages.push(page);
    await startSolo(page, env.server.baseUrl, 'sensor-labor', 3);
    await waitForScreen(page, 'play', 30_000);
    const game = page.getByTestId('sensor-labor');
    // SP from 50 to 60 and rP from 50 to 30 with the arrow keys.
    await game.getByLabel(/^Schaltpunkt SP/).focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => game.locator('.sl-hint').innerText()).toBe('Ein über 60 %, aus unter 30 %');
    await screenshot(page, 'sensor-labor-level3-tuning');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'reveal', 30_000);
    const own = page.getByTestId('own-result');
    await expect.poll(() => own.innerText()).toContain('SP = 60 %, rP = 30 %');
    expect(await own.locator('canvas.sl-signal').count()).toBe(1);
    await expect.poll(() => own.locator('figcaption').innerText()).toContain('Ideal');
    await screenshot(page, 'sensor-labor-level3-reveal');
    expect(pageErrors(page)).toEqual([]);
  });

  it('level 2: the sensor choice is made with selects; the reveal runs the batch past the sensors', async () => {
    const page = await newPlayerPage(env.browser, 'sensor-labor-level2');
    env.pages.push(page);
    await startSolo(page, env.server.baseUrl, 'sensor-labor', 2);
    await waitForScreen(page, 'play', 30_000);
    const game = page.getByTestId('sensor-labor');
    const pub = JSON.parse((await snapshot(page))?.state?.round ?? '{}') as { task: string; parts: string[] };
    const { sensor, setting } = TASK_SPECS[pub.task as TaskId].solvedBy[0]!;
    await game.getByLabel('Sensor 1', { exact: true }).selectOption(sensor);
    await game.getByLabel('Montage 1', { exact: true }).selectOption(setting);
    await screenshot(page, 'sensor-labor-level2-setup');
    await game.getByRole('button', { name: 'Band starten', exact: true }).tap();
    await waitForScreen(page, 'reveal', 30_000);
    const own = page.getByTestId('own-result');
    await expect.poll(() => own.innerText()).toContain('verpasst 0, Fehlauslösungen 0');
    expect(await own.locator('.sl-belt-run li').count()).toBe(pub.parts.length);
    // The parts pass one by one; the picture is complete when the last one is shown.
    await expect.poll(() => own.locator('.sl-belt-run li').last().evaluate((el) => getComputedStyle(el).opacity), { timeout: 10_000 }).toBe('1');
    await screenshot(page, 'sensor-labor-level2-reveal');
    expect(pageErrors(page)).toEqual([]);
  });

  it('the host can put "all levels in order" into the playlist', async () => {
    const page = await newHostPage(env.browser, 'sensor-labor-host');
    env.pages.push(page);
    await signInTrainer(page, env.server.baseUrl);
    await openHost(page, env.server.baseUrl);
    for (const group of await page.getByRole('group').all()) {
      const include = group.getByRole('checkbox', { name: 'Im Spielplan', exact: true });
      if ((await include.count()) === 0) continue;
      const mine = (await group.locator('legend').innerText()).trim() === 'Sensor-Labor';
      await include.setChecked(mine);
      if (!mine) continue;
      await group.getByLabel('Stufe', { exact: true }).selectOption({ label: 'Alle Stufen nacheinander (1–3)' });
      await group.getByLabel('Runden', { exact: true }).selectOption('1');
    }
    await expect
      .poll(async () => (await snapshot(page))?.state?.playlist, { timeout: 10_000 })
      .toEqual([1, 2, 3].map((level) => ({ gameId: 'sensor-labor', level, rounds: 1 })));
    await screenshot(page, 'sensor-labor-host-playlist');
  });
});
