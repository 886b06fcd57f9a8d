import { copyFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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

async function shots(page: Page, name: string): Promise<void> {
  for (const [width, height] of SIZES) {
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
    await shots(trainer, 'dialog');

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
});
