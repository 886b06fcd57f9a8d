import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { schmitt, type Setting } from '../../shared/games/sensor-labor/hysteresis.ts';
import { SENSORS, sensorsWith, type MaterialId } from '../../shared/games/sensor-labor/materials.ts';
import { LEVEL3_SHAPE } from '../../shared/games/sensor-labor/signal.ts';
import { SETTING_CHOICES, SETTING_KIND, TASK_SPECS, type TaskId } from '../../shared/games/sensor-labor/sorting.ts';
import { settingName } from '../../shared/games/sensor-labor/texts.ts';
import { snapshot, waitForPhase, waitForScreen } from '../helpers/arcade.ts';
import { joinPlayer } from '../helpers/bots.ts';
import { showShot } from '../helpers/projector.ts';
import { newHostPage, newPlayerPage, pageErrors, screenshot } from '../helpers/browser.ts';
import { openHost, signInTrainer, startSolo } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { centreOf, touchDrag } from '../helpers/touch.ts';

// Sensor-Labor's three Phaser levels, each played on a touch phone (taps and finger drags)
// and by keyboard alone, with axe on every play screen; one run on a 1920×1080 screen.
// Screenshots go to test-results/screenshots (git-ignored).

const env = useE2eEnv();

async function axeSerious(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

async function publicRound<T>(page: Page): Promise<T> {
  return JSON.parse((await snapshot(page))?.state?.round ?? '{}') as T;
}

/** Tabs until the focused element matches `selector` (keyboard only, at most 40 presses). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * A setting read off the round as a player would: the output function from the sensor named
 * above the plot (a part lowers a through-beam's signal: NC), and the middle of all settings
 * that switch exactly once per part.
 */
function readSetting({ samples, falling }: { samples: number[]; falling?: boolean }): Required<Setting> {
  const output = falling ? 'nc' : 'no';
  const ok: Required<Setting>[] = [];
  for (let sp = 0; sp <= 100; sp++) for (let rp = 0; rp <= sp; rp++) if (schmitt(samples, { switchPoint: sp, resetPoint: rp, output }).onEdges.length === LEVEL3_SHAPE.parts) ok.push({ switchPoint: sp, resetPoint: rp, output });
  const mean = (f: (s: Setting) => number) => ok.reduce((a, s) => a + f(s), 0) / ok.length;
  const c = { sp: mean((s) => s.switchPoint), rp: mean((s) => s.resetPoint) };
  const d = (s: Setting) => (s.switchPoint - c.sp) ** 2 + (s.resetPoint - c.rp) ** 2;
  return ok.reduce((best, s) => (d(s) < d(best) ? s : best));
}

/** A phone page in solo play of `level` (countdown over). */
async function playLevel(name: string, level: number): Promise<Page> {
  const page = await newPlayerPage(env.browser, name);
  env.pages.push(page);
  await startSolo(page, env.server.baseUrl, 'sensor-labor', level);
  await waitForScreen(page, 'play', 30_000);
  return page;
}

describe('Sensor-Labor on a phone and by keyboard', () => {
  it('level 1: taps, a finger drag onto the part and the keyboard; feedback per sensor; the reveal explains the mistake', async () => {
    const page = await playLevel('sl-level1', 1);
    const game = page.getByTestId('sensor-labor');
    expect(await game.locator('.sl-canvas canvas').count()).toBe(1);
    const pub = await publicRound<{ parts: MaterialId[] }>(page);
    expect(pub.parts).toHaveLength(6);

    for (const [i, material] of pub.parts.entries()) {
      await expect.poll(() => game.locator('.sl-progress').innerText()).toBe(`Teil ${i + 1} von 6`);
      let choice = sensorsWith(material, 'reliable');
      if (i === 0) choice = choice.slice(1); // one sensor left out on purpose
      if (i === 2) {
        // Keyboard only: Tab to each chip, Space toggles, Tab on to "Prüfen", Enter.
        for (const sensor of SENSORS) {
          await tabTo(page, `.sl-toggle[data-sensor="${sensor}"]`);
          if (choice.includes(sensor)) await page.keyboard.press('Space');
        }
        await tabTo(page, '.sl-action');
        await page.keyboard.press('Enter');
      } else {
        for (const [k, sensor] of choice.entries()) {
          if (i === 1 && k === 0) {
            // A finger drags the chip onto the part on the conveyor.
            const box = (await game.locator('.sl-canvas').boundingBox())!;
            await touchDrag(page, await centreOf(page, `.sl-toggle[data-sensor="${sensor}"]`), { x: box.x + box.width / 2, y: box.y + box.height * 0.55 });
            await expect.poll(() => game.locator(`.sl-toggle[data-sensor="${sensor}"]`).getAttribute('aria-pressed')).toBe('true');
          } else {
            const chip = game.locator(`.sl-toggle[data-sensor="${sensor}"]`);
            await chip.tap();
            // CI once lost the tap right after the finger drag on a loaded machine (the chip stayed
            // unpressed): say so, and tap once more; a chip that never toggles still fails here.
            if ((await chip.getAttribute('aria-pressed')) !== 'true') {
              await page.waitForTimeout(300);
              if ((await chip.getAttribute('aria-pressed')) !== 'true') {
                console.warn(`[e2e] tap on ${sensor} not registered, tapping again`);
                await chip.tap();
              }
            }
            await expect.poll(() => chip.getAttribute('aria-pressed'), { timeout: 5000 }).toBe('true');
          }
        }
        if (i === 1) {
          await screenshot(page, 'sensor-labor-l1-phone-choosing');
          expect(await axeSerious(page), 'axe on level 1').toEqual([]);
        }
        await game.getByRole('button', { name: 'Prüfen', exact: true }).tap();
      }
      if (i < 5) {
        const next = game.getByRole('button', { name: 'Nächstes Teil', exact: true });
        await next.waitFor({ timeout: 15_000 });
        const credit = await game.locator('.sl-credit').innerText();
        if (i === 0) expect(credit).toMatch(/^Dieses Teil: \d+ % richtig$/);
        else expect(credit).toBe('Dieses Teil: 100 % richtig');
        if (i === 0) {
          expect(await game.locator('.sl-verdicts li[data-verdict="missed"]').innerText()).toMatch(/^○ .+: gefehlt – hätte es sicher erkannt\.$/);
          await page.waitForTimeout(400);
          await screenshot(page, 'sensor-labor-l1-phone-feedback');
        }
        await next.tap();
      }
    }
    await waitForScreen(page, 'reveal', 30_000);
    const own = page.getByTestId('own-result');
    await expect.poll(() => own.innerText()).toContain('Deine Fehler:');
    expect(await own.innerText()).toContain('übersehen (sicher)');
    await screenshot(page, 'sensor-labor-l1-phone-reveal');
    expect(pageErrors(page)).toEqual([]);
  });

  it('level 2 by touch: a sensor dragged onto the belt, set, the batch runs with hits and no false triggers', async () => {
    const page = await playLevel('sl-level2-touch', 2);
    const game = page.getByTestId('sensor-labor');
    const pub = await publicRound<{ task: TaskId; parts: MaterialId[] }>(page);
    const { sensor, setting } = TASK_SPECS[pub.task].solvedBy[0]!;
    const box = (await game.locator('.sl-canvas').boundingBox())!;
    await touchDrag(page, await centreOf(page, `.sl-chip-sensor[data-sensor="${sensor}"]`), { x: box.x + box.width * 0.24, y: box.y + box.height * 0.4 });
    await expect.poll(() => game.locator('.sl-slot-title').first().innerText()).toContain('Platz 1:');
    // The setting button shows the current setting; a tap lost on a loaded machine is tapped again
    // (a CI run once started the belt with the default setting: 819 points, one part missed).
    const settingButton = game.locator('.sl-setting[data-slot="0"]');
    const wanted = settingName(sensor, setting, 'de');
    for (let i = 0; i < 3 && (await settingButton.innerText()) !== wanted; i++) {
      if (i > 0 || setting !== SETTING_CHOICES[SETTING_KIND[sensor]][0]) await settingButton.tap();
      await expect.poll(() => settingButton.innerText(), { timeout: 2_000 }).toBe(wanted).catch(() => {});
    }
    expect(await settingButton.innerText()).toBe(wanted);
    await screenshot(page, 'sensor-labor-l2-phone-setup');
    expect(await axeSerious(page), 'axe on level 2').toEqual([]);
    await game.getByRole('button', { name: 'Band starten', exact: true }).tap();
    await expect.poll(() => game.locator('.sl-feedback').innerText(), { timeout: 10_000 }).toMatch(/^Treffer [1-9]/);
    await screenshot(page, 'sensor-labor-l2-phone-running');
    await waitForScreen(page, 'reveal', 40_000);
    await expect.poll(() => page.getByTestId('own-result').innerText()).toContain('verpasst 0, Fehlauslösungen 0');
    expect(pageErrors(page)).toEqual([]);
  });

  it('level 2 by keyboard alone: place, set and run', async () => {
    const page = await playLevel('sl-level2-keys', 2);
    const pub = await publicRound<{ task: TaskId }>(page);
    const { sensor, setting } = TASK_SPECS[pub.task].solvedBy[0]!;
    await tabTo(page, `.sl-chip-sensor[data-sensor="${sensor}"]`);
    await page.keyboard.press('Enter'); // mounted on place 1; focus moves to its setting
    if (setting !== SETTING_CHOICES[SETTING_KIND[sensor]][0]) await page.keyboard.press('Enter');
    await tabTo(page, '.sl-action');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'reveal', 40_000);
    await expect.poll(() => page.getByTestId('own-result').innerText()).toContain('verpasst 0, Fehlauslösungen 0');
    expect(pageErrors(page)).toEqual([]);
  });

  it('level 3 by touch: the grips dragged to a setting read off the signal count every part once', async () => {
    const page = await playLevel('sl-level3-touch', 3);
    const game = page.getByTestId('sensor-labor');
    expect(await game.getByText('genau einmal zählt').count()).toBe(1);
    const target = readSetting(await publicRound<{ samples: number[]; falling: boolean }>(page));
    await expect.poll(() => game.locator('.sl-sensor').innerText()).toMatch(target.output === 'nc' ? /Einweg-Lichtschranke/ : /Lichttaster/);
    await screenshot(page, 'sensor-labor-l3-phone-start');
    const box = (await game.locator('.sl-canvas').boundingBox())!;
    const pxPerPercent = (box.height * 0.72 - 28) / 100; // the plot's scale (signal-scene.ts)
    // A finger drags each handle by the distance between its value and the target. A handle
    // stops at the other one, so the one that makes room goes first: SP when rP must rise
    // above where SP starts, else rP.
    const spNow = Number(await game.locator('.sl-grip-sp').getAttribute('aria-valuenow'));
    const order = [['.sl-grip-rp', target.resetPoint], ['.sl-grip-sp', target.switchPoint]] as const;
    for (const [cls, want] of target.resetPoint > spNow ? order.toReversed() : order) {
      const now = Number(await game.locator(cls).getAttribute('aria-valuenow'));
      const from = await centreOf(page, cls);
      await touchDrag(page, from, { x: from.x, y: from.y - (want - now) * pxPerPercent });
    }
    const value = async (cls: string) => Number(await game.locator(cls).getAttribute('aria-valuenow'));
    expect(Math.abs((await value('.sl-grip-sp')) - target.switchPoint)).toBeLessThanOrEqual(2);
    expect(Math.abs((await value('.sl-grip-rp')) - target.resetPoint)).toBeLessThanOrEqual(2);
    // The chosen button's name gains a "✔" (CSS ::before), so it is found by its output function.
    const fnButton = game.locator(`.sl-fn[data-output="${target.output}"]`);
    expect(await fnButton.innerText()).toBe(target.output === 'nc' ? 'Öffner (NC)' : 'Schließer (NO)');
    await fnButton.tap();
    await expect.poll(() => fnButton.getAttribute('aria-pressed')).toBe('true');
    await page.waitForTimeout(1500);
    await screenshot(page, 'sensor-labor-l3-phone-set');
    expect(await axeSerious(page), 'axe on level 3').toEqual([]);
    await game.getByRole('button', { name: 'Einstellung übernehmen', exact: true }).tap();
    await waitForScreen(page, 'reveal', 30_000);
    await expect.poll(() => page.getByTestId('own-result').innerText()).toContain('6 von 6 Teilen genau einmal gezählt, keine Fehlzählung');
    expect(pageErrors(page)).toEqual([]);
  });

  it('level 3 by keyboard alone: arrow keys on the grips', async () => {
    const page = await playLevel('sl-level3-keys', 3);
    const target = readSetting(await publicRound<{ samples: number[]; falling: boolean }>(page));
    const press = async (key: string, n: number) => {
      for (let i = 0; i < n; i++) await page.keyboard.press(key);
    };
    // Arrow keys move one handle by 1 %; it stops at the other, so the one making room goes first.
    const toTarget = async (cls: '.sl-grip-sp' | '.sl-grip-rp', want: number) => {
      await tabTo(page, cls);
      const now = Number(await page.locator(cls).getAttribute('aria-valuenow'));
      await press(want < now ? 'ArrowDown' : 'ArrowUp', Math.abs(want - now));
    };
    const spStart = Number(await page.locator('.sl-grip-sp').getAttribute('aria-valuenow'));
    if (target.resetPoint > spStart) {
      await toTarget('.sl-grip-sp', target.switchPoint);
      await toTarget('.sl-grip-rp', target.resetPoint);
    } else {
      await toTarget('.sl-grip-rp', target.resetPoint);
      await toTarget('.sl-grip-sp', target.switchPoint);
    }
    await expect.poll(() => page.locator('.sl-values').innerText()).toBe(`SP ${target.switchPoint} % · rP ${target.resetPoint} % · Hysterese ${target.switchPoint - target.resetPoint} %`);
    await tabTo(page, `.sl-fn[data-output="${target.output}"]`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`.sl-fn[data-output="${target.output}"]`).getAttribute('aria-pressed')).toBe('true');
    await tabTo(page, '.sl-action');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'reveal', 30_000);
    const own = page.getByTestId('own-result');
    await expect.poll(() => own.innerText()).toContain(`SP = ${target.switchPoint} %, rP = ${target.resetPoint} %`);
    expect(await own.innerText()).toContain('6 von 6 Teilen genau einmal gezählt, keine Fehlzählung');
    await screenshot(page, 'sensor-labor-l3-phone-reveal');
    expect(pageErrors(page)).toEqual([]);
  });

  it('level 3 at four sizes: two named handles apart, "Einstellung übernehmen" in view without scrolling; a finger or a key moves only the grabbed handle; the reveal gives one figure with its meaning', async () => {
    // Newcomer on a phone: SP and rP stacked at 50 % looked like one handle, a drag moved both,
    // the button sat below the fold, "Richtig: 0 %" stood beside "Gezählt richtig 3 von 6".
    for (const [width, height] of [[360, 640], [390, 844], [1280, 720], [1920, 1080]] as const) {
      const phone = width < 500;
      const context = await env.browser.newContext({ viewport: { width, height }, locale: 'de-DE', timezoneId: 'Europe/Berlin', ...(phone ? { deviceScaleFactor: 2, hasTouch: true, isMobile: true } : {}) });
      const page = await context.newPage();
      await startSolo(page, env.server.baseUrl, 'sensor-labor', 3);
      await waitForScreen(page, 'play', 30_000);
      const game = page.getByTestId('sensor-labor');
      await game.locator('.sl-canvas canvas').waitFor();
      const sp = game.locator('.sl-grip-sp');
      const rp = game.locator('.sl-grip-rp');
      const value = async (grip: typeof sp) => Number(await grip.getAttribute('aria-valuenow'));
      await expect.poll(() => sp.innerText()).toMatch(/^Schaltpunkt\s+SP \d+ %$/);
      expect(await rp.innerText()).toMatch(/^Rückschaltpunkt\s+rP \d+ %$/);
      expect((await value(sp)) - (await value(rp)), `${width}: the handles start apart`).toBeGreaterThanOrEqual(30);
      const [a, b] = [(await sp.boundingBox())!, (await rp.boundingBox())!];
      expect(a.y + a.height <= b.y, `${width}: SP's handle above rP's, not on it`).toBe(true);
      // Two shapes, not only two colours: SP's handle points down at its line, rP's up at its own.
      const shape = (grip: typeof sp) => grip.evaluate((el) => getComputedStyle(el, '::after').borderTopWidth + getComputedStyle(el, '::after').borderBottomWidth + getComputedStyle(el).borderTopStyle);
      expect(await shape(sp)).not.toBe(await shape(rp));
      const apply = game.getByRole('button', { name: 'Einstellung übernehmen', exact: true });
      const box = (await apply.boundingBox())!;
      expect([box.y >= 0, box.y + box.height <= height], `${width}×${height}: the button in view (top ${Math.round(box.y)}, bottom ${Math.round(box.y + box.height)})`).toEqual([true, true]);
      expect(await page.evaluate(() => [window.scrollY, document.querySelector('.sl-root')?.scrollTop ?? 0])).toEqual([0, 0]);
      await page.waitForTimeout(600);
      await screenshot(page, `sensor-labor-l3-${width}x${height}-start`);
      if (width !== 360) {
        await context.close();
        continue;
      }
      const canvas = (await game.locator('.sl-canvas').boundingBox())!;
      const pxPerPercent = (canvas.height * 0.72 - 28) / 100; // the plot's scale (signal-scene.ts)
      // A finger drags SP down 10 %: rP stays.
      const rpStart = await value(rp);
      const spStart = await value(sp);
      let from = await centreOf(page, '.sl-grip-sp');
      await touchDrag(page, from, { x: from.x, y: from.y + 10 * pxPerPercent });
      await expect.poll(() => value(sp)).toBeLessThan(spStart - 5);
      expect(await value(rp), 'rP after dragging SP').toBe(rpStart);
      // Dragged on past rP, SP stops at rP and rP still stays.
      from = await centreOf(page, '.sl-grip-sp');
      await touchDrag(page, from, { x: from.x, y: from.y + 80 * pxPerPercent });
      await expect.poll(() => value(sp)).toBe(rpStart);
      expect(await value(rp), 'rP after dragging SP past it').toBe(rpStart);
      // A finger on the plot next to rP's line takes rP, the nearer one, and only it.
      const rpLineY = (await rp.boundingBox())!.y;
      await touchDrag(page, { x: canvas.x + canvas.width * 0.4, y: rpLineY + 4 }, { x: canvas.x + canvas.width * 0.4, y: rpLineY + 4 + 12 * pxPerPercent });
      await expect.poll(() => value(rp)).toBeLessThan(rpStart - 5);
      expect(await value(sp), 'SP after dragging on rP\'s line').toBe(rpStart);
      // Keys on rP: End goes as far as SP, not beyond; SP stays.
      await rp.focus();
      await page.keyboard.press('End');
      await expect.poll(() => value(rp)).toBe(rpStart);
      expect(await value(sp)).toBe(rpStart);
      await page.keyboard.press('Home');
      await expect.poll(() => value(rp)).toBe(0);
      expect(await value(sp), 'SP after Home on rP').toBe(rpStart);
      await screenshot(page, `sensor-labor-l3-${width}x${height}-dragged`);
      await apply.tap();
      await waitForScreen(page, 'reveal', 30_000);
      const own = page.getByTestId('own-result');
      await expect.poll(() => own.innerText()).toMatch(/Richtig: \d+ %/);
      const text = await own.innerText();
      // One figure: the % right and how it comes about, never a second "richtig" count beside it.
      expect(text.match(/richtig/gi)?.length, text).toBe(1);
      const m = /Richtig: (\d+) % – (\d+) von 6 Teilen: (\d+) genau einmal gezählt, (\d+) Fehlzählung/.exec(text);
      expect(m, text).not.toBeNull();
      const [pct, net, counted, wrong] = m!.slice(1).map(Number) as [number, number, number, number];
      expect(net).toBe(Math.max(0, counted - wrong));
      expect(pct).toBe(Math.round((net / 6) * 100));
      await screenshot(page, `sensor-labor-l3-${width}x${height}-reveal`);
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    }
  });

  it('the projector\'s level-3 reveal names the output functions in plain German and explains NO/NC and Hno/Hnc once (screenshots at four sizes)', async () => {
    const host = await newHostPage(env.browser, 'sensor-labor-l3-projector');
    env.pages.push(host);
    await host.setViewportSize({ width: 1920, height: 1080 });
    await signInTrainer(host, env.server.baseUrl);
    const code = await openHost(host, env.server.baseUrl);
    await host.getByRole('button', { name: 'Spielplan ändern', exact: true }).click();
    for (const group of await host.getByRole('group').all()) {
      const include = group.getByRole('checkbox', { name: 'Im Spielplan', exact: true });
      if ((await include.count()) === 0) continue;
      const mine = (await group.locator('legend').innerText()).trim() === 'Sensor-Labor';
      await include.setChecked(mine);
      if (!mine) continue;
      await group.getByLabel('Stufe', { exact: true }).selectOption('3');
      await group.getByLabel('Runden', { exact: true }).selectOption('1');
    }
    await host.getByRole('dialog').getByRole('button', { name: 'Fertig', exact: true }).click();
    await expect.poll(async () => (await snapshot(host))?.state?.playlist, { timeout: 10_000 }).toMatchObject([{ gameId: 'sensor-labor', level: 3, rounds: 1 }]);
    const bot = await joinPlayer(env.server.baseUrl, code, 'Tim');
    await expect.poll(async () => (await snapshot(host))?.state?.playerCount).toBe(1);
    await host.getByRole('button', { name: 'Start', exact: true }).click();
    await waitForPhase(host, 'play', 30_000);
    // A bare threshold: the reveal has miscounts to name.
    bot.send('answer', { round: 0, data: { switchPoint: 50, resetPoint: 50, output: 'no' } });
    await waitForPhase(host, 'reveal', 30_000);
    await expect.poll(() => host.locator('body').innerText()).toContain('Schließer (NO, englisch „normally open“)');
    const text = await host.locator('body').innerText();
    expect(text).toContain('„Hno“ und „Hnc“');
    expect(text).not.toMatch(/\((Hno|Hnc)\)/);
    for (const [width, height] of [[1920, 1080], [1280, 720], [390, 844], [360, 640]] as const) {
      await host.setViewportSize({ width, height });
      await host.waitForTimeout(350);
      await showShot(host, `sensor-labor-l3-projector-reveal-${width}x${height}`);
    }
    await host.setViewportSize({ width: 1920, height: 1080 });
    await bot.room.leave();
    expect(pageErrors(host)).toEqual([]);
  });

  it('on a 1920×1080 screen the three levels lay out and stay free of serious axe findings', async () => {
    // The three levels side by side (each its own solo round): their countdowns overlap.
    await Promise.all([1, 2, 3].map(async (level) => {
      // A fresh context per level: the app would take a page back into its running round.
      const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
      const page = await context.newPage();
      await startSolo(page, env.server.baseUrl, 'sensor-labor', level);
      await waitForScreen(page, 'play', 30_000);
      await page.getByTestId('sensor-labor').locator('.sl-canvas canvas').waitFor();
      await page.waitForTimeout(1200);
      await screenshot(page, `sensor-labor-l${level}-1920`);
      expect(await axeSerious(page), `axe on level ${level} at 1920×1080`).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    }));
  });

  it('the host can put "all levels in order" into the playlist', async () => {
    const page = await newHostPage(env.browser, 'sensor-labor-host');
    env.pages.push(page);
    await signInTrainer(page, env.server.baseUrl);
    await openHost(page, env.server.baseUrl);
    // The projector lobby keeps the picker in a dialog behind "Spielplan ändern".
    await page.getByRole('button', { name: 'Spielplan ändern', exact: true }).click();
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
      .toMatchObject([1, 2, 3].map((level) => ({ gameId: 'sensor-labor', level, rounds: 1, setId: '' })));
  });
});
