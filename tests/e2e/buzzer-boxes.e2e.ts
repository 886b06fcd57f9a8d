import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sensorsWith, type MaterialId } from '../../shared/games/sensor-labor/materials.ts';
import { SimBox } from '../../scripts/box/sim-box.ts';
import { snapshot, waitForPhase } from '../helpers/arcade.ts';
import { joinPlayer, type Bot } from '../helpers/bots.ts';
import { newHostPage, pageErrors, screenshot } from '../helpers/browser.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { openHost, signInTrainer } from '../helpers/flows.ts';
import { startServer, type ServerProcess } from '../helpers/server-process.ts';
import { download, openArea, section } from '../helpers/trainer-ui.ts';

// Buzzer boxes in the trainer's UI (issue 23): the "Buzzer-Boxen" section issues a credential
// shown once (plain steps with the firmware lines first; box id, secret, topics and the
// simulator's file folded under "Technische Angaben"), revokes and removes after asking (past
// results stay), and says how to switch hardware on when it is off (also in the host lobby).
// With hardware on, a company without boxes is told in the lobby where to make one; a box
// issued there pairs in the lobby and sits out a Sensor-Labor round: "pausiert" on its chip,
// the round counts the one phone.

const env = useE2eEnv();
const SIZES = [[1920, 1080], [1280, 720], [390, 844], [360, 640]] as const;

async function shots(page: Page, name: string, sizes: readonly (readonly [number, number])[] = SIZES): Promise<void> {
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `${name}-${width}x${height}`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function boxesSection(page: Page, baseUrl: string) {
  await signInTrainer(page, baseUrl);
  await openArea(page, baseUrl);
  return section(page, 'Buzzer-Boxen');
}

/** "Box anlegen" through the form; returns the credential read from the card shown once. */
async function createBox(page: Page, label: string): Promise<{ boxId: string; companyId: string; secret: string }> {
  const form = page.getByRole('region', { name: 'Box anlegen', exact: true });
  await form.getByLabel('Name der Box', { exact: true }).fill(label);
  await form.getByRole('button', { name: 'Box anlegen', exact: true }).click();
  const card = page.getByTestId('box-credential');
  await expect.poll(() => card.isVisible(), { timeout: 10_000 }).toBe(true);
  // Folded under "Technische Angaben": read as text, not as rendered.
  const values = await card.locator('code.box-value').allTextContents();
  const [boxId, companyId, secret] = values as [string, string, string];
  return { boxId, companyId, secret };
}

describe('buzzer boxes in the trainer area (hardware off on this server)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newHostPage(env.browser, 'trainer');
    env.pages.push(page);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.baseUrl });
  });

  it('says how to switch hardware on, issues a credential once with copy buttons, revokes after asking, and the lobby hints too', async () => {
    const area = await boxesSection(page, env.server.baseUrl);
    await expect.poll(() => area.getByTestId('hardware-off').innerText()).toContain('HARDWARE=on npm start');
    await expect.poll(() => area.innerText()).toContain('Noch keine Buzzer-Box angelegt.');
    await shots(page, 'boxes-off-empty', [[1920, 1080], [1280, 720]]);

    // A name the rules refuse: the field says why, nothing is issued.
    const form = page.getByRole('region', { name: 'Box anlegen', exact: true });
    await form.getByRole('button', { name: 'Box anlegen', exact: true }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).not.toBe('');

    const cred = await createBox(page, 'Werkbank 3');
    expect(cred.boxId).toMatch(/^[0-9a-f-]{36}$/);
    expect(cred.secret.length).toBeGreaterThanOrEqual(20);
    const card = page.getByTestId('box-credential');
    expect(await card.innerText()).toContain('Nur jetzt sichtbar');
    // Plain steps first: the lines for the box's sketch are in view, the technical details folded.
    expect(await card.locator('ol.box-steps').innerText()).toContain(`BOX_ID, COMPANY, SECRET = "${cred.boxId}", "${cred.companyId}", b"${cred.secret}"`);
    expect(await card.locator('ol.box-steps').innerText()).toContain('Sitzungscode aus der Lobby');
    const tech = card.getByTestId('box-tech');
    expect(await tech.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await card.innerText()).not.toContain('npm run box');
    await shots(page, 'boxes-credential-steps');
    await tech.getByText('Technische Angaben', { exact: true }).click();
    expect(await card.innerText()).toContain('npm run box -- --code <Sitzungscode>');
    expect(await tech.innerText()).toContain(`arcade/${cred.companyId}/${cred.boxId}/up`);
    await card.getByRole('button', { name: 'Kopieren: Geheimnis', exact: true }).click();
    await expect.poll(() => card.innerText()).toContain('Kopiert.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(cred.secret);
    await card.getByRole('button', { name: 'Kopieren: arcade-boxes.json', exact: true }).click();
    expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual([cred]);
    await shots(page, 'boxes-credential');

    // Listed without its secret; the card goes with "Fertig" and never comes back.
    const item = page.getByTestId('box-item').filter({ hasText: 'Werkbank 3' });
    await expect.poll(() => item.innerText()).toContain('aktiv');
    await card.getByRole('button', { name: 'Fertig – Zugangsdaten ausblenden', exact: true }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(cred.secret);

    // Revoking asks first; "Abbrechen" keeps the box.
    await item.getByRole('button', { name: 'Sperren: Werkbank 3', exact: true }).click();
    await expect.poll(() => item.innerText()).toContain('Box „Werkbank 3“ sperren?');
    await shots(page, 'boxes-revoke-ask', [[1920, 1080], [1280, 720]]);
    await item.getByRole('button', { name: 'Abbrechen', exact: true }).click();
    await expect.poll(() => item.innerText()).not.toContain('sperren?');
    await item.getByRole('button', { name: 'Sperren: Werkbank 3', exact: true }).click();
    await item.getByRole('button', { name: 'Ja, sperren', exact: true }).click();
    await expect.poll(() => page.getByTestId('box-item').filter({ hasText: 'Werkbank 3' }).innerText()).toContain('gesperrt');
    const listed = await (await page.context().request.get(`${env.server.baseUrl}/api/boxes`)).json();
    expect(listed.boxes).toMatchObject([{ label: 'Werkbank 3', revoked: true }]);
    expect(listed.hardware).toEqual({ on: false, broker: null });
    expect(JSON.stringify(listed)).not.toContain(cred.secret);

    // The host lobby (a projector of its own): no hint while the company has no usable box, one with an active box.
    const lobby = async () => {
      const projector = await newHostPage(env.browser, 'projector');
      env.pages.push(projector);
      await signInTrainer(projector, env.server.baseUrl);
      await openHost(projector, env.server.baseUrl);
      return projector;
    };
    const first = await lobby();
    await expect.poll(() => first.getByTestId('box-off-hint').count()).toBe(1);
    await first.waitForLoadState('networkidle');
    expect(await first.getByTestId('box-off-hint').isVisible()).toBe(false);
    await first.close();
    await createBox(page, 'Werkbank 4');
    const second = await lobby();
    await expect.poll(() => second.getByTestId('box-off-hint').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await second.getByTestId('box-off-hint').innerText()).toContain('HARDWARE=on');
    await shots(second, 'lobby-hardware-off', [[1920, 1080], [1280, 720]]);
    expect(pageErrors(second)).toEqual([]);

    // The company's data export (Einstellungen) lists both boxes, without their keys.
    const settings = await section(page, 'Einstellungen');
    const saved = await download(page, settings.getByRole('link', { name: 'Exportieren (JSON)', exact: true }));
    const data = JSON.parse(saved.bytes.toString('utf8'));
    expect(data.boxes.map((b: any) => [b.label, b.revoked])).toEqual([['Werkbank 3', true], ['Werkbank 4', false]]);
    expect(saved.bytes.toString('utf8')).not.toContain(cred.secret);

    // "Entfernen" (an admin; this trainer is one) asks first and says that past results stay; "Abbrechen" keeps the box.
    const boxes = await section(page, 'Buzzer-Boxen');
    const four = boxes.getByTestId('box-item').filter({ hasText: 'Werkbank 4' });
    await four.getByRole('button', { name: 'Entfernen: Werkbank 4', exact: true }).click();
    await expect.poll(() => four.innerText()).toContain('Box „Werkbank 4“ entfernen?');
    expect(await four.innerText()).toContain('Bisherige Ergebnisse bleiben');
    await four.getByRole('button', { name: 'Ja, entfernen', exact: true }).scrollIntoViewIfNeeded();
    await shots(page, 'boxes-remove-ask');
    await four.getByRole('button', { name: 'Abbrechen', exact: true }).click();
    await expect.poll(() => four.innerText()).not.toContain('entfernen?');
    await four.getByRole('button', { name: 'Entfernen: Werkbank 4', exact: true }).click();
    await four.getByRole('button', { name: 'Ja, entfernen', exact: true }).click();
    await expect.poll(() => boxes.getByTestId('box-item').filter({ hasText: 'Werkbank 4' }).count()).toBe(0);
    const after = await (await page.context().request.get(`${env.server.baseUrl}/api/boxes`)).json();
    expect(after.boxes.map((b: any) => b.label)).toEqual(['Werkbank 3']);
    // A revoked box can be removed too.
    await boxes.getByRole('button', { name: 'Entfernen: Werkbank 3', exact: true }).click();
    await boxes.getByRole('button', { name: 'Ja, entfernen', exact: true }).click();
    await expect.poll(() => boxes.innerText()).toContain('Noch keine Buzzer-Box angelegt.');
    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('a box issued in the trainer area pairs and sits out a Sensor-Labor round (hardware on)', () => {
  let server: ServerProcess;
  let page: Page;
  let box: SimBox | null = null;
  let phone: Bot | null = null;
  beforeAll(async () => {
    server = await startServer({ HARDWARE: 'on', MQTT_PORT: '0' });
    page = await newHostPage(env.browser, 'projector');
    env.pages.push(page);
  });
  afterAll(async () => {
    await phone?.room.leave().catch(() => {});
    await box?.close();
    await server?.dispose();
  });

  it('tells a company without boxes where to make one, shows where boxes connect, pairs the box and shows it "pausiert" while the phone plays', async () => {
    // The lobby of a company with no box yet: not an empty "Buzzer koppeln", a hint where credentials are made.
    const early = await newHostPage(env.browser, 'projector');
    env.pages.push(early);
    await signInTrainer(early, server.baseUrl);
    await openHost(early, server.baseUrl);
    const none = early.getByTestId('box-none-hint');
    await expect.poll(() => none.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await none.innerText()).toContain('Ausbilderbereich unter „Buzzer-Boxen“');
    expect(await early.getByTestId('box-panel').innerText()).not.toContain('meldet sich hier an');
    await shots(early, 'lobby-no-boxes');
    expect(pageErrors(early)).toEqual([]);
    await early.close();

    const area = await boxesSection(page, server.baseUrl);
    const { hardware } = await (await page.context().request.get(`${server.baseUrl}/api/boxes`)).json();
    expect(hardware).toMatchObject({ on: true, broker: { host: '127.0.0.1', embedded: true } });
    await expect.poll(() => area.getByTestId('hardware-on').innerText()).toContain(`mqtt://127.0.0.1:${hardware.broker.port}`);
    const cred = await createBox(page, 'Werkbank 3');
    await shots(page, 'boxes-on-credential', [[1920, 1080], [1280, 720]]);

    const code = await openHost(page, server.baseUrl);
    await page.setViewportSize({ width: 1920, height: 1080 });
    const edit = page.getByRole('button', { name: 'Spielplan ändern', exact: true });
    if ((await edit.count()) > 0) await edit.click();
    for (const group of await page.getByRole('group').all()) {
      const include = group.getByRole('checkbox', { name: 'Im Spielplan', exact: true });
      if ((await include.count()) === 0) continue;
      const legend = (await group.locator('legend').innerText()).trim();
      await include.setChecked(legend === 'Sensor-Labor');
      if (legend === 'Sensor-Labor') await group.getByLabel('Stufe', { exact: true }).selectOption('1');
    }
    const done = page.getByRole('dialog').getByRole('button', { name: 'Fertig', exact: true });
    if ((await done.count()) > 0) await done.click();
    await expect.poll(async () => (await snapshot(page))?.state?.playlist?.map((p: any) => p.gameId)).toEqual(['sensor-labor']);

    phone = await joinPlayer(server.baseUrl, code, 'Handy');
    box = new SimBox(cred, { url: `mqtt://127.0.0.1:${hardware.broker.port}`, login: true, mode: 'stimulus', reactionMs: () => 250 });
    await box.connect();
    await box.sync(4);
    box.hello(code);
    await page.getByRole('button', { name: 'Buzzer-Box Werkbank 3 koppeln', exact: true }).click();
    const chip = page.locator('.chip.is-box');
    await expect.poll(() => chip.count(), { timeout: 10_000 }).toBe(1);

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await waitForPhase(page, 'play', 30_000);
    await expect.poll(() => page.locator('.chip.is-out').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('.chip.is-out').getAttribute('data-out')).toBe('pausiert');
    await expect.poll(async () => (await snapshot(page))?.state?.playerCount).toBe(1);
    await shots(page, 'projector-box-paused', [[1920, 1080], [1280, 720]]);

    const pub = JSON.parse(phone.state.round as string) as { parts: MaterialId[] };
    pub.parts.forEach((m, part) => phone!.send('answer', { round: 0, data: { part, sensors: sensorsWith(m, 'reliable') } }));
    await waitForPhase(page, 'reveal', 15_000);
    await expect.poll(async () => (await snapshot(page))?.state?.answeredCount).toBe(1);
    await shots(page, 'projector-box-reveal', [[1920, 1080], [1280, 720]]);
    expect(pageErrors(page)).toEqual([]);
  });
});
