import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { settled, snapshot, waitForPhase } from '../helpers/arcade.ts';
import { newHostPage, newPlayerPage, pageErrors, screenshot } from '../helpers/browser.ts';
import { joinAsPlayer, openHost } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { signedInSection } from '../helpers/trainer-ui.ts';

// Werkstatt in Chromium: a trainer builds a task set in the editor (the check before saving
// names what is missing), the set is hosted through the projector's playlist dialog, and a
// phone plays it; the set's title names the round everywhere. Screenshots at projector, laptop
// and phone sizes go to test-results/screenshots/werkstatt-*.png.

const env = useE2eEnv();
const SIZES = [[1920, 1080], [1280, 720], [390, 844], [360, 640]] as const;

async function shots(page: Page, name: string): Promise<void> {
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `werkstatt-${name}-${width}x${height}`);
  }
}

describe('Werkstatt', () => {
  it('a trainer builds a set, the check names what is missing, a phone plays it', async () => {
    const trainer = await newHostPage(env.browser, 'trainer');
    env.pages.push(trainer);
    const base = env.server.baseUrl;
    const area = await signedInSection(trainer, base, 'Aufgabensätze');
    await expect.poll(() => area.getByText('Noch keine Aufgabensätze').isVisible()).toBe(true);
    await area.getByRole('button', { name: 'Neuer Aufgabensatz' }).click();

    // Saving the empty draft: the check lists what is missing and nothing is stored.
    await trainer.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => trainer.getByRole('alert').filter({ hasText: 'Noch nicht fertig' }).isVisible()).toBe(true);
    await shots(trainer, 'editor-check');

    await trainer.getByLabel('Titel des Satzes').fill('Presse 3');
    await trainer.getByLabel('Aufgabentext').first().fill('Welcher Sensor erkennt Kunststoff?');
    await trainer.getByLabel('Antwort 1', { exact: true }).fill('kapazitiv');
    await trainer.getByLabel('Antwort 2', { exact: true }).fill('induktiv');
    await trainer.getByRole('button', { name: '+ Zahl' }).click();
    await trainer.getByLabel('Aufgabentext').nth(1).fill('Spaltmaß?');
    await trainer.getByLabel('Richtiger Wert').fill('0,05');
    await trainer.getByLabel(/^Toleranz/).fill('0,01');
    await trainer.getByLabel('Einheit').fill('mm');
    await trainer.getByRole('button', { name: 'Prüfen', exact: true }).click();
    await expect.poll(() => trainer.getByText('Alles vollständig').isVisible()).toBe(true);
    await trainer.getByRole('button', { name: 'Speichern', exact: true }).click();
    const listed = async () => (await (await trainer.context().request.get(`${base}/api/task-sets`)).json()) as { sets: any[] };
    await expect.poll(async () => (await listed()).sets.length, { timeout: 10_000 }).toBe(1);
    await shots(trainer, 'editor');
    const sets = await listed();
    expect(sets.sets.map((s: any) => [s.title, s.tasks, s.version])).toEqual([['Presse 3', 2, 1]]);
    await trainer.getByRole('button', { name: 'Zurück zur Liste' }).click();
    await expect.poll(() => trainer.getByRole('heading', { name: 'Presse 3' }).isVisible()).toBe(true);
    await shots(trainer, 'list');

    // Hosted through the projector's lobby: the playlist dialog offers the set, and every
    // place that names the round says "Aufgabensatz: Presse 3", never the example's level.
    await trainer.setViewportSize({ width: 1280, height: 720 });
    const code = await openHost(trainer, base);
    await trainer.getByRole('button', { name: 'Spielplan ändern', exact: true }).click();
    for (const group of await trainer.getByRole('group').all()) {
      const include = group.getByRole('checkbox', { name: 'Im Spielplan', exact: true });
      if ((await include.count()) === 0) continue;
      const mine = (await group.locator('legend').innerText()).trim() === 'Werkstatt';
      await include.setChecked(mine);
      if (!mine) continue;
      const setSelect = group.getByLabel('Aufgabensatz', { exact: true });
      await expect.poll(() => setSelect.locator('option').count()).toBe(2);
      await setSelect.selectOption({ label: 'Presse 3' });
      await group.getByLabel('Runden', { exact: true }).selectOption('1');
      await expect.poll(() => group.getByLabel('Stufe', { exact: true }).locator('option:checked').innerText()).toBe('Aufgabensatz: Presse 3');
    }
    await trainer.getByRole('dialog').getByRole('button', { name: 'Fertig', exact: true }).click();
    await expect
      .poll(async () => (await snapshot(trainer))?.state?.playlist, { timeout: 10_000 })
      .toEqual([{ gameId: 'werkstatt', level: 1, rounds: 1, setId: sets.sets[0].id, setTitle: 'Presse 3' }]);
    await expect.poll(() => trainer.locator('.playlist-summary').innerText()).toContain('Werkstatt (Presse 3)');
    const phone = await newPlayerPage(env.browser, 'phone');
    env.pages.push(phone);
    await joinAsPlayer(phone, base, code, 'Mia', 'url');
    await expect.poll(async () => Object.keys((await snapshot(trainer))?.state?.players ?? {}).length, { timeout: 10_000 }).toBe(1);
    await trainer.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => phone.getByText('Aufgabe 1 von 2').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await trainer.locator('body').innerText()).not.toContain('Beispielsatz');
    for (const [w, hgt] of SIZES.slice(2)) {
      await phone.setViewportSize({ width: w, height: hgt });
      await screenshot(phone, `werkstatt-phone-choice-${w}x${hgt}`);
    }
    await phone.getByText('kapazitiv').click();
    await phone.getByRole('button', { name: 'Antworten' }).click();
    await expect.poll(() => phone.getByText('Aufgabe 2 von 2').isVisible()).toBe(true);
    expect(await phone.locator('body').innerText()).not.toContain('0,05');
    await phone.getByLabel('Deine Zahl').fill('0.05');
    await screenshot(phone, 'werkstatt-phone-number-360x640');
    await phone.getByRole('button', { name: 'Antworten' }).click();
    await waitForPhase(trainer, 'reveal', 20_000);
    const players = Object.values((await snapshot(trainer))?.state?.players ?? {}) as any[];
    expect(players[0]?.roundScore).toBeGreaterThanOrEqual(950);
    // The projector's reveal: each task's prompt and solution, the set's name in the header.
    const solutions = trainer.getByTestId('class-solutions');
    await expect.poll(() => solutions.innerText()).toContain('Aufgabe 2: Spaltmaß?');
    expect(await solutions.innerText()).toContain('Lösung: 0,05 ± 0,01 mm');
    expect(await trainer.locator('body').innerText()).toContain('Aufgabensatz: Presse 3');
    expect(await trainer.locator('body').innerText()).not.toContain('Beispielsatz');
    await trainer.setViewportSize({ width: 1280, height: 720 });
    await settled(trainer);
    await screenshot(trainer, 'werkstatt-projector-reveal-1280x720');
    await trainer.setViewportSize({ width: 1920, height: 1080 });
    await settled(trainer);
    await screenshot(trainer, 'werkstatt-projector-reveal-1920x1080');
    await expect.poll(() => phone.locator('body').innerText()).toContain('Gut zu wissen: Werkstatt · Aufgabensatz: Presse 3');
    expect(await phone.locator('body').innerText()).not.toContain('Beispielsatz');
    await settled(phone);
    await screenshot(phone, 'werkstatt-phone-reveal-360x640');
    expect(pageErrors(phone)).toEqual([]);
    expect(pageErrors(trainer)).toEqual([]);
  });
});
