import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { newHostPage, screenshot } from '../helpers/browser.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { signedInSection } from '../helpers/trainer-ui.ts';
import { makeZip } from '../helpers/zip-craft.ts';

// A set file with photos through the import dialog: a file whose photo is missing or not a
// photo lists each problem with its task and file in German and saves nothing; the corrected
// file becomes a set. Screenshots: test-results/screenshots/task-set-photo-file-*.png.

const env = useE2eEnv();
const spot = (photo: string) => ({ kind: 'spot', prompt: 'Wo ist der Endschalter?', photo, region: { shape: 'rect', x: 0.4, y: 0.4, w: 0.2, h: 0.2 } });
const setJson = (tasks: unknown[]) => JSON.stringify({ format: 'azubi-arcade.task-set', version: 2, exportedAt: '2026-12-06T10:00:00.000Z', set: { title: 'Presse 3 Fotos', tasks } });

describe('task-set import dialog: set files with photos', () => {
  it('names each bad photo by task and file, then imports the corrected file', async () => {
    const trainer = await newHostPage(env.browser, 'trainer');
    env.pages.push(trainer);
    const base = env.server.baseUrl;
    const area = await signedInSection(trainer, base, 'Aufgabensätze');
    await area.getByText('Importieren (ZIP, Excel oder CSV)').click();
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#5b6770' } }).jpeg().toBuffer();
    const send = async (zip: Uint8Array) => {
      await trainer.getByLabel(/^Datei/).setInputFiles({ name: 'presse-3.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
      await trainer.getByRole('button', { name: 'Importieren', exact: true }).click();
    };

    await send(makeZip({ 'set.json': setJson([spot('photos/fehlt.jpg'), spot('photos/bild.jpg')]), 'photos/bild.jpg': '<svg xmlns="http://www.w3.org/2000/svg"/>' }, 0));
    const problems = area.locator('.ts-problem-list li');
    await expect.poll(() => problems.allInnerTexts(), { timeout: 15_000 }).toEqual([
      'Aufgabe 1: Foto „photos/fehlt.jpg“: Die Aufgabe nennt ein Foto, das in der ZIP-Datei fehlt.',
      'Foto „photos/bild.jpg“: Das ist kein Foto im Format JPEG, PNG oder WebP (geprüft am Inhalt, nicht am Namen).',
    ]);
    expect(await area.getByText('Noch keine Aufgabensätze').isVisible()).toBe(true);
    for (const [w, h] of [[1280, 720], [390, 844]] as const) {
      await trainer.setViewportSize({ width: w, height: h });
      await problems.first().scrollIntoViewIfNeeded();
      await screenshot(trainer, `task-set-photo-file-problems-${w}x${h}`);
    }

    await send(makeZip({ 'set.json': setJson([spot('photos/bild.jpg')]), 'photos/bild.jpg': photo }, 0));
    await expect.poll(() => area.getByText('Presse 3 Fotos').first().isVisible(), { timeout: 15_000 }).toBe(true);
    const { sets } = (await (await trainer.context().request.get(`${base}/api/task-sets`)).json()) as { sets: { id: string }[] };
    const stored = (await (await trainer.context().request.get(`${base}/api/task-sets/${sets[0]!.id}`)).json()).set.content.tasks[0];
    expect(stored).toMatchObject({ kind: 'spot', region: { shape: 'rect', x: 0.4, y: 0.4, w: 0.2, h: 0.2 } });
    expect((await trainer.context().request.get(`${base}/api/task-photos/${stored.photo}/projector`)).status()).toBe(200);
  });
});
