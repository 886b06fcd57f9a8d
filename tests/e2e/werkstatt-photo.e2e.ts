import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { settled, snapshot, waitForPhase } from '../helpers/arcade.ts';
import { newHostPage, newPlayerPage, pageErrors, screenshot } from '../helpers/browser.ts';
import { joinAsPlayer, openHost } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { signedInSection } from '../helpers/trainer-ui.ts';

// Tap the spot in Chromium: a trainer uploads a photo in the editor and drags the region on
// it, hosts the set, a phone sees the photo, zooms and taps; the projector's reveal shows the
// photo with the class's taps. Screenshots: test-results/screenshots/werkstatt-photo-*.png.

const env = useE2eEnv();

/** A 1200 × 900 "machine" photo: grey body, a yellow switch right of the middle. */
async function machinePhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900"><rect width="1200" height="900" fill="#5b6770"/><rect x="150" y="200" width="900" height="500" fill="#9aa5ad"/><rect x="560" y="400" width="80" height="100" fill="#f2c200"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

describe('Werkstatt: tap the spot', () => {
  it('a trainer draws the spot on an uploaded photo, a phone zooms and taps it, the projector shows the taps', async () => {
    const trainer = await newHostPage(env.browser, 'trainer');
    env.pages.push(trainer);
    const base = env.server.baseUrl;
    const area = await signedInSection(trainer, base, 'Aufgabensätze');
    await area.getByRole('button', { name: 'Neuer Aufgabensatz' }).click();
    await trainer.getByLabel('Titel des Satzes').fill('Presse 3 Fotos');
    await trainer.getByRole('button', { name: 'Aufgabe entfernen' }).first().click();
    await trainer.getByRole('button', { name: '+ Stelle auf Foto' }).click();
    await trainer.getByLabel('Aufgabentext').first().fill('Wo ist der Endschalter?');
    await trainer.locator('input.ts-photo-file').first().setInputFiles({ name: 'presse.jpg', mimeType: 'image/jpeg', buffer: await machinePhoto() });
    const stage = trainer.locator('.ts-spot-stage');
    await expect.poll(() => stage.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 15_000 }).toBe(1200);
    // Drag the rectangle over the yellow switch (x 560–640 of 1200, y 400–500 of 900), a little larger.
    await stage.scrollIntoViewIfNeeded();
    const box = (await stage.locator('img').boundingBox())!;
    await trainer.mouse.move(box.x + box.width * 0.44, box.y + box.height * 0.42);
    await trainer.mouse.down();
    await trainer.mouse.move(box.x + box.width * 0.56, box.y + box.height * 0.58, { steps: 5 });
    await trainer.mouse.up();
    await trainer.setViewportSize({ width: 1280, height: 720 });
    await screenshot(trainer, 'werkstatt-photo-editor-1280x720');
    await trainer.setViewportSize({ width: 390, height: 844 });
    await screenshot(trainer, 'werkstatt-photo-editor-390x844');
    await trainer.getByRole('button', { name: 'Prüfen', exact: true }).click();
    await expect.poll(() => trainer.getByText('Alles vollständig').isVisible()).toBe(true);
    await trainer.getByRole('button', { name: 'Speichern', exact: true }).click();
    const listed = async () => (await (await trainer.context().request.get(`${base}/api/task-sets`)).json()) as { sets: any[] };
    await expect.poll(async () => (await listed()).sets.length, { timeout: 10_000 }).toBe(1);
    const setId = (await listed()).sets[0].id as string;
    const stored = (await (await trainer.context().request.get(`${base}/api/task-sets/${setId}`)).json()).set.content.tasks[0];
    expect(stored).toMatchObject({ kind: 'spot', region: { shape: 'rect' } });
    expect(stored.region.x).toBeGreaterThan(0.4);
    expect(stored.region.x + stored.region.w).toBeLessThan(0.6);

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
      await setSelect.selectOption({ label: 'Presse 3 Fotos' });
      await group.getByLabel('Runden', { exact: true }).selectOption('1');
    }
    await trainer.getByRole('dialog').getByRole('button', { name: 'Fertig', exact: true }).click();
    await expect.poll(async () => (await snapshot(trainer))?.state?.playlist?.[0]?.setId, { timeout: 10_000 }).toBe(setId);

    const phone = await newPlayerPage(env.browser, 'phone');
    env.pages.push(phone);
    await joinAsPlayer(phone, base, code, 'Mia', 'url');
    await expect.poll(async () => Object.keys((await snapshot(trainer))?.state?.players ?? {}).length, { timeout: 10_000 }).toBe(1);
    await trainer.getByRole('button', { name: 'Start', exact: true }).click();
    const photo = phone.locator('.ws-spot-img');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 20_000 }).toBeGreaterThan(0);
    // The phone's image is the signed phone variant, never the region.
    expect(await photo.getAttribute('src')).toMatch(/^\/api\/task-photos\/[0-9a-f-]{36}\/phone\?e=\d+&t=/);
    expect(JSON.stringify((await snapshot(phone))?.state?.round ?? '')).not.toMatch(/region/);
    for (const [w, hgt] of [[390, 844], [360, 640]] as const) {
      await phone.setViewportSize({ width: w, height: hgt });
      await screenshot(phone, `werkstatt-photo-phone-${w}x${hgt}`);
    }
    // Sending without a tap asks for one; tap the switch, zoom in, send.
    await phone.getByRole('button', { name: 'Antworten' }).click();
    await expect.poll(() => phone.getByText('Tippe zuerst auf eine Stelle im Foto.').isVisible()).toBe(true);
    await photo.scrollIntoViewIfNeeded();
    const img = (await photo.boundingBox())!;
    await phone.mouse.click(img.x + img.width * 0.5, img.y + img.height * 0.5);
    await expect.poll(() => phone.locator('.ws-spot-marker').isVisible()).toBe(true);
    await phone.getByRole('button', { name: /^Zoom 2×/ }).click();
    await expect.poll(async () => (await photo.boundingBox())!.width).toBeGreaterThan(img.width * 1.8);
    await screenshot(phone, 'werkstatt-photo-phone-zoom-360x640');
    await phone.getByRole('button', { name: 'Antworten' }).click();

    await waitForPhase(trainer, 'reveal', 30_000);
    const players = Object.values((await snapshot(trainer))?.state?.players ?? {}) as any[];
    expect(players[0]?.roundScore).toBeGreaterThanOrEqual(950);
    const heat = trainer.locator('.ws-heat-canvas');
    await expect.poll(() => heat.getAttribute('data-taps'), { timeout: 10_000 }).toBe('1');
    await expect.poll(() => trainer.locator('.ws-heat-img').evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(1200);
    for (const [w, hgt] of [[1920, 1080], [1280, 720]] as const) {
      await trainer.setViewportSize({ width: w, height: hgt });
      await settled(trainer);
      await screenshot(trainer, `werkstatt-photo-projector-reveal-${w}x${hgt}`);
    }
    expect(pageErrors(phone)).toEqual([]);
    expect(pageErrors(trainer)).toEqual([]);
  });
});
