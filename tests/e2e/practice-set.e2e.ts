import { describe, expect, it } from 'vitest';
import { waitForScreen } from '../helpers/arcade.ts';
import { newHostPage, newPlayerPage, pageErrors, screenshot } from '../helpers/browser.ts';
import { signInTrainer } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';

// Solo practice with the company's own task set (issue 20 §1), in Chromium: a phone with an
// apprentice's card sees the company's Werkstatt sets as practice tiles, plays one alone with
// the ✓ flash after each answer, and gets the set's own best. Screenshots at phone sizes go
// to test-results/screenshots/practice-set-*.png.

const env = useE2eEnv();
const PHONES = [[390, 844], [360, 640]] as const;
const SET = {
  title: 'Prüfraum Feinoptik',
  tasks: [
    { kind: 'number', prompt: 'Spaltmaß in mm?', explain: 'Laut Zeichnung 0,05 mm.', value: 0.05, tolerance: 0.01, unit: 'mm' },
    { kind: 'choice', prompt: 'Welches Messmittel für 0,01 mm?', explain: 'Die Bügelmessschraube.', options: [{ text: 'Lineal', right: false }, { text: 'Bügelmessschraube', right: true }] },
    { kind: 'number', prompt: 'Bohrung in mm?', explain: 'Laut Zeichnung 6 mm.', value: 6, tolerance: 0.1, unit: 'mm' },
  ],
};

describe('solo practice with an own task set', () => {
  it('a phone with a card practises the company set from the practice tiles', async () => {
    const base = env.server.baseUrl;
    const trainer = await newHostPage(env.browser, 'trainer');
    env.pages.push(trainer);
    await signInTrainer(trainer, base);
    const post = async (path: string, data?: unknown) => {
      const res = await trainer.context().request.post(`${base}${path}`, { headers: { origin: base }, ...(data ? { data } : {}) });
      expect(res.ok(), `${path}: ${await res.text()}`).toBe(true);
      return res.json();
    };
    const set = (await post('/api/task-sets', SET)).set;
    const lena = (await post('/api/apprentices', { displayName: 'Lena K.', trade: 'Feinoptik', trainingYear: 1 })).apprentice;
    const code = (await post(`/api/apprentices/${lena.id}/card`)).card.code as string;

    const phone = await newPlayerPage(env.browser, 'phone');
    env.pages.push(phone);
    await phone.goto(`${base}/?card=${code}`); // the card's QR code: the phone keeps the card
    await waitForScreen(phone, 'join');
    await phone.goto(`${base}/`);
    await phone.getByRole('button', { name: 'Üben', exact: true }).click();
    await waitForScreen(phone, 'solo-setup');
    const tile = phone.getByRole('group', { name: 'Spiel', exact: true }).getByRole('radio', { name: 'Prüfraum Feinoptik', exact: true });
    await expect.poll(() => tile.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => phone.getByText('Aufgabensätze eures Betriebs').isVisible()).toBe(true);
    expect(await phone.getByText('Werkstatt · 3 Aufgaben · mit deinem Ausweis').isVisible()).toBe(true);
    await tile.check();
    await expect.poll(() => phone.getByText('Mit diesem Aufgabensatz hast du noch keine Bestleistung.').isVisible()).toBe(true);
    expect(await phone.getByLabel('Stufe', { exact: true }).count()).toBe(0); // a set has no levels
    await phone.locator(`[data-set-id="${set.id}"]`).scrollIntoViewIfNeeded();
    for (const [w, h] of PHONES) {
      await phone.setViewportSize({ width: w, height: h });
      await screenshot(phone, `practice-set-tiles-${w}x${h}`);
    }

    await phone.getByRole('button', { name: 'Starten', exact: true }).click();
    await expect.poll(() => phone.getByText('Aufgabe 1 von 3').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await phone.locator('body').innerText()).toContain('Spaltmaß in mm?');
    await phone.getByLabel('Deine Zahl').fill('0,05');
    await phone.getByRole('button', { name: 'Antworten' }).click();
    // The ✓ flash after a right answer, as in the other games.
    const flash = phone.getByTestId('answer-flash');
    await expect.poll(() => flash.getAttribute('data-verdict'), { timeout: 5000 }).toBe('right');
    expect(await flash.innerText()).toContain('✓');
    await screenshot(phone, 'practice-set-flash-360x640');
    await expect.poll(() => phone.getByText('Aufgabe 2 von 3').isVisible()).toBe(true);
    await phone.getByText('Lineal').click();
    await phone.getByRole('button', { name: 'Antworten' }).click();
    // A wrong answer flashes ✗.
    await expect.poll(() => flash.getAttribute('data-verdict'), { timeout: 5000 }).toBe('wrong');
    await screenshot(phone, 'practice-set-flash-wrong-360x640');
    await expect.poll(() => phone.getByText('Aufgabe 3 von 3').isVisible()).toBe(true);
    await phone.getByLabel('Deine Zahl').fill('6');
    await phone.getByRole('button', { name: 'Antworten' }).click();
    // The summary: the set's own best (the first round with it, 2 of 3 right, is the best).
    await expect.poll(() => phone.getByText('Neue Bestleistung!').isVisible(), { timeout: 30_000 }).toBe(true);
    await phone.setViewportSize({ width: 390, height: 844 });
    await screenshot(phone, 'practice-set-summary-390x844');
    expect(pageErrors(phone)).toEqual([]);
  });
});
