import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { newHostPage, screenshot } from '../helpers/browser.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { signedInSection } from '../helpers/trainer-ui.ts';

// Tap the spot without a pointer (WCAG 2.1.1): the trainer tabs to the photo, Enter puts a
// region in the middle, arrows move it, Shift + arrows resize it, Enter confirms, Esc undoes;
// a focus ring shows where the keys act and a status line says the region in words.
// Screenshots: test-results/screenshots/werkstatt-region-keys-*.png.

const env = useE2eEnv();

describe('Werkstatt editor: the spot region by keyboard', () => {
  it('draws, moves, resizes, confirms and undoes the region with keys only, and saves it', async () => {
    const trainer = await newHostPage(env.browser, 'trainer');
    env.pages.push(trainer);
    const base = env.server.baseUrl;
    const area = await signedInSection(trainer, base, 'Aufgabensätze');
    await area.getByRole('button', { name: 'Neuer Aufgabensatz' }).click();
    await trainer.getByLabel('Titel des Satzes').fill('Tastatur-Stelle');
    await trainer.getByRole('button', { name: 'Aufgabe entfernen' }).first().click();
    await trainer.getByRole('button', { name: '+ Stelle auf Foto' }).click();
    await trainer.getByLabel('Aufgabentext').first().fill('Wo ist der Endschalter?');
    const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#5b6770' } }).jpeg().toBuffer();
    await trainer.locator('input.ts-photo-file').first().setInputFiles({ name: 'presse.jpg', mimeType: 'image/jpeg', buffer: photo });
    const stage = trainer.getByRole('group', { name: /Foto zur Aufgabe 1: richtige Stelle festlegen/ });
    await expect.poll(() => stage.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 15_000 }).toBe(1200);
    const said = trainer.locator('.ts-region-keys');
    expect(await said.innerText()).toBe('Noch keine Stelle festgelegt.');

    // From the shape choice, Tab reaches the photo; its focus ring shows.
    await trainer.getByRole('radio', { name: 'Rechteck' }).focus();
    await trainer.keyboard.press('Tab');
    expect(await stage.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await stage.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await trainer.keyboard.press('Enter');
    expect(await said.innerText()).toBe('Rechteck: 40 % von links, 40 % von oben, 20 % breit, 20 % hoch.');
    await trainer.keyboard.press('ArrowRight');
    await trainer.keyboard.press('Shift+ArrowLeft');
    await trainer.keyboard.press('Shift+ArrowLeft');
    await trainer.keyboard.press('Enter');
    expect(await said.innerText()).toBe('Stelle bestätigt. Rechteck: 42 % von links, 40 % von oben, 16 % breit, 20 % hoch.');
    // Moved by mistake, undone with Esc; the page did not scroll with the arrows.
    const scrolled = await trainer.evaluate(() => window.scrollY);
    await trainer.keyboard.press('ArrowDown');
    await trainer.keyboard.press('ArrowDown');
    expect(await trainer.evaluate(() => window.scrollY)).toBe(scrolled);
    await trainer.keyboard.press('Escape');
    expect(await said.innerText()).toBe('Rückgängig gemacht. Rechteck: 42 % von links, 40 % von oben, 16 % breit, 20 % hoch.');
    const box = await stage.locator('.ts-region').boundingBox();
    const img = (await stage.locator('img').boundingBox())!;
    expect(box && Math.round(((box.x - img.x) / img.width) * 100)).toBe(42);

    for (const [w, h] of [[1920, 1080], [1280, 720], [390, 844], [360, 640]] as const) {
      await trainer.setViewportSize({ width: w, height: h });
      await stage.scrollIntoViewIfNeeded();
      await stage.focus();
      await screenshot(trainer, `werkstatt-region-keys-${w}x${h}`);
    }
    await trainer.getByRole('button', { name: 'Speichern', exact: true }).click();
    const listed = async () => (await (await trainer.context().request.get(`${base}/api/task-sets`)).json()) as { sets: { id: string }[] };
    await expect.poll(async () => (await listed()).sets.length, { timeout: 10_000 }).toBe(1);
    const stored = (await (await trainer.context().request.get(`${base}/api/task-sets/${(await listed()).sets[0]!.id}`)).json()).set.content.tasks[0];
    expect(stored.region).toEqual({ shape: 'rect', x: 0.42, y: 0.4, w: 0.16, h: 0.2 });
  });
});
