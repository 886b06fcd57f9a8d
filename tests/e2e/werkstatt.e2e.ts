import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForScreen } from '../helpers/arcade.ts';
import { newHostPage, newPlayerPage, pageErrors, screenshot } from '../helpers/browser.ts';
import { hostSession, until } from '../helpers/bots.ts';
import { joinAsPlayer, signInTrainer } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { section } from '../helpers/trainer-ui.ts';

// Werkstatt in Chromium: a trainer builds a task set in the editor (the check before saving
// names what is missing), the set is hosted (host controls through the SDK: the playlist
// picker does not offer sets yet), and a phone plays it. Screenshots at projector, laptop
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
    await signInTrainer(trainer, base);
    await trainer.goto(`${base}/`);
    await waitForScreen(trainer, 'home');
    await trainer.getByRole('button', { name: /^Ausbilderbereich/ }).first().click();
    await waitForScreen(trainer, 'trainer');
    const area = await section(trainer, 'Aufgabensätze');
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

    // Hosted with the SDK as this trainer; a phone joins through the UI and plays both tasks.
    const cookie = (await trainer.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const host = await hostSession(base, {}, { origin: base, cookie });
    host.send('playlist', { items: [{ gameId: 'werkstatt', level: 1, rounds: 1, setId: sets.sets[0].id }] });
    await until(() => host.state.playlist[0]?.setTitle === 'Presse 3', 5000, 'the set in the playlist');
    const phone = await newPlayerPage(env.browser, 'phone');
    env.pages.push(phone);
    await joinAsPlayer(phone, base, host.welcome.code as string, 'Mia', 'url');
    await until(() => host.state.players.size === 1, 10_000, 'Mia in the lobby');
    host.send('start');
    await expect.poll(() => phone.getByText('Aufgabe 1 von 2').isVisible(), { timeout: 20_000 }).toBe(true);
    for (const [w, hgt] of SIZES.slice(2)) {
      await phone.setViewportSize({ width: w, height: hgt });
      await screenshot(phone, `werkstatt-phone-choice-${w}x${hgt}`);
    }
    await phone.getByText('kapazitiv').click();
    await phone.getByRole('button', { name: 'Antworten' }).click();
    await expect.poll(() => phone.getByText('Aufgabe 2 von 2').isVisible()).toBe(true);
    await phone.getByLabel('Deine Zahl').fill('0.05');
    await screenshot(phone, 'werkstatt-phone-number-360x640');
    await phone.getByRole('button', { name: 'Antworten' }).click();
    await until(() => host.state.phase === 'reveal', 20_000, 'reveal');
    const mia = [...host.state.players.values()][0] as any;
    expect(mia.roundScore).toBeGreaterThanOrEqual(950);
    await phone.waitForTimeout(1000);
    await screenshot(phone, 'werkstatt-phone-reveal-360x640');
    expect(pageErrors(phone)).toEqual([]);
    expect(pageErrors(trainer)).toEqual([]);
    await host.room.leave();
  });
});
