import { copyFileSync, mkdirSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SHEET_COLUMNS } from '../../shared/games/werkstatt/sheet.ts';
import { makeZip } from '../helpers/zip-craft.ts';
import type { Page } from 'playwright-core';
import { newHostPage, pageErrors, screenshot } from '../helpers/browser.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { download, signedInSection } from '../helpers/trainer-ui.ts';

// The task-set import dialog in Chromium: a spreadsheet with mistakes lists them per row and
// column and saves nothing, the corrected one becomes a set, its export downloads as a ZIP,
// the phone preview and the "Gespeichert" confirmation show. Screenshots at projector and
// laptop sizes go to test-results/screenshots/task-set-import-*.png.

const env = useE2eEnv();
const HEAD = 'Art;Frage;Antwort 1;Antwort 2;Antwort 3;Richtig;Wert;Toleranz;Einheit\n';
const BAD = `${HEAD}Auswahl;Welche Schutzart?;IP67;IP20;IP44;1;;;\nZahl;Spaltmaß?;;;;;viel;;mm\nAuswahl;Welche?;a;b;;;;;\n`;
const GOOD = `${HEAD}Auswahl;Welche Schutzart hat der Sensor?;IP67;IP20;IP44;1;;;\nZahl;Spaltmaß der Führung?;;;;;0,05;0,01;mm\n`;
const SIZES = [[1920, 1080], [1280, 720]] as const;
const ALL_SIZES = [[1920, 1080], [1280, 720], [390, 844], [360, 640]] as const;

async function shots(page: Page, name: string, sizes: readonly (readonly [number, number])[] = SIZES): Promise<void> {
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    const path = await screenshot(page, `task-set-import-${name}-${width}x${height}`);
    if (path && process.env.SHOTS_DIR) {
      mkdirSync(process.env.SHOTS_DIR, { recursive: true });
      copyFileSync(path, `${process.env.SHOTS_DIR}/${name}-${width}x${height}.png`);
    }
  }
}

const upload = async (page: Page, name: string, text: string) => {
  await page.getByLabel(/^Datei/).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Importieren', exact: true }).click();
};

describe('task-set import dialog', () => {
  it('lists the problems of a bad sheet per row, imports the corrected one, exports it, previews and saves a task', async () => {
    const trainer = await newHostPage(env.browser, 'trainer');
    env.pages.push(trainer);
    const base = env.server.baseUrl;
    const area = await signedInSection(trainer, base, 'Aufgabensätze');
    await area.getByText('Importieren (ZIP, Excel oder CSV)').click();
    await expect.poll(() => area.getByRole('link', { name: 'Vorlage für Excel (.xlsx)' }).isVisible()).toBe(true);
    await shots(trainer, 'dialog', ALL_SIZES);

    await upload(trainer, 'Presse 3.csv', BAD);
    const problems = area.locator('.ts-problem-list li');
    await expect.poll(() => problems.allInnerTexts(), { timeout: 10_000 }).toEqual([
      'Zeile 3, Spalte „Wert“: Hier gehört eine Zahl hin (Komma oder Punkt, z. B. 0,05).',
      'Zeile 4, Spalte „Richtig“: Markiere mindestens eine richtige Antwort.',
    ]);
    expect(await area.getByText('Noch keine Aufgabensätze').isVisible()).toBe(true);
    await shots(trainer, 'problems');

    await trainer.getByLabel(/^Titel des neuen Satzes/).fill('');
    await upload(trainer, 'Presse 3.csv', GOOD);
    await expect.poll(() => area.getByRole('status').filter({ hasText: 'Importiert: „Presse 3“ mit 2 Aufgaben.' }).isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => area.getByRole('heading', { name: 'Presse 3', exact: true }).isVisible()).toBe(true);
    await shots(trainer, 'imported');

    const file = await download(trainer, area.getByRole('link', { name: '„Presse 3“ als Datei exportieren (ZIP)' }));
    expect(file.file.suggestedFilename()).toBe('Presse-3.zip');
    expect(file.bytes.subarray(0, 2).toString()).toBe('PK');

    await area.getByRole('button', { name: '„Presse 3“ bearbeiten' }).click();
    await trainer.getByRole('button', { name: 'Vorschau am Handy' }).first().click();
    const phone = trainer.locator('.ts-phone').first();
    await expect.poll(() => phone.getByText('IP20').isVisible()).toBe(true);
    expect((await phone.boundingBox())?.width).toBe(360);
    await trainer.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => trainer.getByRole('status').filter({ hasText: '✓ Gespeichert: „Presse 3“, Version 2.' }).isVisible(), { timeout: 10_000 }).toBe(true);
    await shots(trainer, 'preview-saved');
    expect(pageErrors(trainer)).toEqual([]);
  });

  it('imports a sheet with its photos from one ZIP: bad rows are listed by row and file, the corrected ZIP becomes a set with a spot task', async () => {
    const trainer = await newHostPage(env.browser, 'trainer-photos');
    env.pages.push(trainer);
    const area = await signedInSection(trainer, env.server.baseUrl, 'Aufgabensätze');
    await area.getByText('Importieren (ZIP, Excel oder CSV)').click();
    const H = [...SHEET_COLUMNS];
    const row = (cells: Record<string, string>) => H.map((c) => cells[c] ?? '').join(';');
    const spot = (cells: Record<string, string> = {}) => row({ Art: 'Stelle', Frage: 'Wo ist der Endschalter?', Foto: 'endschalter.jpg', 'Stelle X (%)': '30', 'Stelle Y (%)': '30', 'Stelle Breite (%)': '20', 'Stelle Höhe (%)': '25', ...cells });
    const sheet = (...rows: string[]) => `${H.join(';')}\n${rows.join('\n')}\n`;
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#4a6' } }).jpeg().toBuffer();
    const uploadZip = async (zip: Uint8Array) => {
      await trainer.getByLabel(/^Datei/).setInputFiles({ name: 'Presse 4 Fotos.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
      await trainer.getByRole('button', { name: 'Importieren', exact: true }).click();
    };

    await uploadZip(makeZip({ 'aufgaben.csv': sheet(spot(), spot({ Foto: 'fehlt.jpg' }), spot({ 'Stelle X (%)': '95' })), 'endschalter.jpg': photo }));
    const problems = area.locator('.ts-problem-list li');
    await expect.poll(() => problems.allInnerTexts(), { timeout: 15_000 }).toEqual([
      'Zeile 3: Foto „fehlt.jpg“ fehlt in der ZIP-Datei.',
      'Zeile 4, Spalte „Stelle X (%)“: Die Stelle muss ganz im Foto liegen: X, Y, Breite und Höhe in Prozent des Fotos (0 bis 100), X + Breite und Y + Höhe höchstens 100, Breite und Höhe mindestens 1.',
    ]);
    await problems.first().scrollIntoViewIfNeeded();
    await shots(trainer, 'photos-problems', ALL_SIZES);

    await trainer.setViewportSize({ width: 1280, height: 720 });
    await trainer.getByLabel(/^Titel des neuen Satzes/).fill('');
    // The second spot is smaller than a fingertip: imported, with a hint naming its row.
    await uploadZip(makeZip({ 'Presse 4/aufgaben.csv': sheet(spot(), spot({ 'Stelle Breite (%)': '4', 'Stelle Höhe (%)': '4' })), 'Presse 4/endschalter.jpg': photo }));
    await expect.poll(() => area.getByRole('status').filter({ hasText: 'Importiert: „Presse 4 Fotos“ mit 2 Aufgaben.' }).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await problems.count()).toBe(0);
    expect(await area.locator('.ts-import-warnings li').allInnerTexts()).toEqual([
      'Zeile 3, Spalte „Stelle Breite (%)“: Die Stelle ist kleiner als eine Fingerspitze auf einem kleinen Handy (44 Pixel bei 360 Pixel Breite). Importiert; größer wäre fairer.',
    ]);
    await expect.poll(() => area.getByRole('heading', { name: 'Presse 4 Fotos', exact: true }).isVisible()).toBe(true);
    await shots(trainer, 'photos-imported', ALL_SIZES);
    expect(pageErrors(trainer)).toEqual([]);
  });
});
