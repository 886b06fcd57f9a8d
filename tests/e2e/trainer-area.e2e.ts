import readXlsxFile from 'read-excel-file/node';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ERRORS } from '../../shared/protocol/errors.ts';
import { waitForScreen } from '../helpers/arcade.ts';
import { newHostPage, pageErrors } from '../helpers/browser.ts';
import { E2E_TRAINER, signInTrainer } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { apprenticeItem, createApprentice, download, formAlert, menuNames, openArea, section, signInWithForm } from '../helpers/trainer-ui.ts';
import { serverArgs } from '../helpers/server-bundle.ts';

// The trainer area through its real UI, without playing a round: sign-in and sign-out,
// apprentices (validation, edit, revoking a card, JSON export, deletion), reports (a hosted
// session, its CSV, an apprentice's record), trainer accounts, company settings, the
// language switch, and the platform admin's companies. The tests run in order on one server:
// the company is created through the API, each test builds on what the ones before left.

const env = useE2eEnv();
const A = E2E_TRAINER;
const COLLEAGUE = { login: 'kollege', displayName: 'Herr Kaya', password: 'kollege-passwort-1', newPassword: 'kollege-passwort-2' };
const PLATFORM = { login: 'root', password: 'plattform-passwort-1' };
const NORD = { company: 'Laser Nord GmbH', login: 'nord-admin', password: 'nord-passwort-123' };
const ROOT = new URL('../..', import.meta.url).pathname;

let admin: Page;

/** POST as a page of this host (the server checks Origin), with the page's cookies. */
async function post(page: Page, path: string, data: unknown = {}): Promise<any> {
  const base = env.server.baseUrl;
  const res = await page.context().request.post(`${base}${path}`, { headers: { origin: base }, data });
  expect(res.ok(), `POST ${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return res.json();
}

async function get(page: Page, path: string): Promise<any> {
  const res = await page.context().request.get(`${env.server.baseUrl}${path}`);
  expect(res.ok(), `GET ${path}: ${res.status()}`).toBe(true);
  return res.json();
}

/** A sign-in from a browser that never signed in before: the HTTP status. */
async function loginStatus(login: string, password: string): Promise<number> {
  const base = env.server.baseUrl;
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { origin: base, 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) });
  return res.status;
}

describe('trainer area', () => {
  beforeAll(async () => {
    admin = await newHostPage(env.browser, 'admin');
    env.pages.push(admin);
    // The company and its admin exist already; first-run setup has its own e2e.
    const res = await admin.context().request.post(`${env.server.baseUrl}/api/setup`, { headers: { origin: env.server.baseUrl }, data: A });
    expect(res.status()).toBe(201);
    await post(admin, '/api/auth/logout');
  });

  it('signs in through the form (a wrong password keeps the login) and signs out', async () => {
    await openArea(admin, env.server.baseUrl);
    await waitForScreen(admin, 'login');
    await signInWithForm(admin, A.login, 'falsches-passwort');
    await expect.poll(() => formAlert(admin.locator('form')).innerText(), { timeout: 10_000 }).toBe(ERRORS.LOGIN_FAILED.de);
    expect(await admin.getByLabel('Anmeldename', { exact: true }).inputValue()).toBe(A.login);
    expect(await admin.getByLabel('Passwort', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await admin.getByLabel('Passwort', { exact: true }).fill(A.password);
    await admin.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await waitForScreen(admin, 'trainer');
    expect(await admin.getByTestId('signed-in-as').innerText()).toBe(`Angemeldet: ${A.displayName} · ${A.company}`);

    await admin.getByRole('button', { name: 'Abmelden', exact: true }).click();
    await waitForScreen(admin, 'home');
    await expect.poll(() => admin.getByRole('button', { name: 'Ausbilderbereich (Anmeldung)', exact: true }).isVisible()).toBe(true);
    const me = await admin.context().request.get(`${env.server.baseUrl}/api/auth/me`);
    expect(me.status(), 'the session cookie is gone').toBe(401);
  });

  // Newcomer: at 390 px the nine menu buttons filled the first screen. The menu is compact on
  // phones; the buttons keep their names (the other tests click them by name).
  it('on a phone the menu leaves the section on the first screen', async () => {
    const phone = await newHostPage(env.browser, 'admin-phone');
    env.pages.push(phone);
    await signInTrainer(phone, env.server.baseUrl);
    await openArea(phone, env.server.baseUrl);
    await waitForScreen(phone, 'trainer');
    const nav = phone.getByRole('navigation', { name: 'Bereiche' });
    const names = ['Azubis', 'Ausweise', 'Bestenliste', 'Berichte', 'Übungsstand', 'Aufgabensätze', 'Buzzer-Boxen', 'Ausbilder', 'Einstellungen'];
    expect(await menuNames(phone)).toEqual(names);
    const heading = phone.getByRole('heading', { level: 2, name: 'Azubis', exact: true });
    const firstControl = phone.locator('section.area-section').locator('button, input, select, a[href]').first();
    for (const [width, height] of [[390, 844], [360, 640], [1280, 720], [1920, 1080]] as const) {
      await phone.setViewportSize({ width, height });
      const navBox = await nav.boundingBox();
      const shown = await (width === 360 ? heading : firstControl).evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight);
      await phone.screenshot({ path: `test-results/screenshots/trainer-menu-${width}x${height}.png` });
      expect(navBox && navBox.height, `menu height at ${width}×${height}`).toBeLessThanOrEqual(width < 500 ? 170 : 120);
      expect(shown, `the section's ${width === 360 ? 'heading' : 'first control'} on the first screen at ${width}×${height}`).toBe(true);
    }
    // Keyboard: Tab reaches every menu button in order, Enter opens the section.
    await phone.setViewportSize({ width: 390, height: 844 });
    await nav.getByRole('button', { name: 'Azubis', exact: true }).focus();
    for (const name of names.slice(1, 4)) {
      await phone.keyboard.press('Tab');
      // The focused button's name as a screen reader gets it (accessibility tree).
      expect(await phone.locator(':focus').ariaSnapshot()).toBe(`- button "${name}"`);
    }
    await phone.keyboard.press('Enter');
    await expect.poll(() => phone.getByRole('heading', { level: 2, name: 'Berichte', exact: true }).isVisible()).toBe(true);
    expect(pageErrors(phone)).toEqual([]);
    await phone.close();
  });

  it('Azubis: validation, edit, revoke a card, JSON export, delete', async () => {
    await signInTrainer(admin, env.server.baseUrl);
    await openArea(admin, env.server.baseUrl);
    await waitForScreen(admin, 'trainer');
    const create = admin.getByRole('region', { name: 'Azubi anlegen', exact: true });
    const nameField = create.getByLabel('Name oder Pseudonym', { exact: true });

    // The name follows the nickname rules the server applies: not empty, at most 20 characters.
    await create.getByRole('button', { name: 'Anlegen', exact: true }).click();
    await expect.poll(() => formAlert(create).innerText()).toBe(ERRORS.NICKNAME_EMPTY.de);
    expect(await nameField.getAttribute('aria-invalid')).toBe('true');
    await nameField.fill('Abcdefghijklmnopqrstu');
    await create.getByRole('button', { name: 'Anlegen', exact: true }).click();
    await expect.poll(() => formAlert(create).innerText()).toBe(ERRORS.NICKNAME_TOO_LONG.de);

    await createApprentice(admin, 'Clara', 'Feinoptikerin', 2);
    expect(await formAlert(create).count(), 'the alert clears after a save').toBe(0);
    await createApprentice(admin, 'Dario', 'Mechatroniker', 1);

    // Edit: trade (from the list; the typed text was mapped on create) and training year.
    const clara = apprenticeItem(admin, 'Clara');
    expect(await clara.locator('p.hint').first().innerText()).toBe('Feinoptiker/-in · 2. Ausbildungsjahr · kein Ausweis');
    await clara.getByRole('button', { name: 'Bearbeiten: Clara', exact: true }).click();
    expect(await clara.getByLabel('Beruf', { exact: true }).inputValue()).toBe('feinoptiker');
    await clara.getByLabel('Beruf', { exact: true }).selectOption({ label: 'Mikrotechnologe/-in' });
    await clara.getByLabel('Bezeichnung (optional)', { exact: true }).fill('');
    await clara.getByLabel('Ausbildungsjahr', { exact: true }).selectOption('3');
    await clara.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => clara.locator('p.hint').first().innerText(), { timeout: 10_000 }).toBe('Mikrotechnologe/-in · 3. Ausbildungsjahr · kein Ausweis');

    // A card (issued through the API: printing has its own e2e), then revoked in the UI.
    const claraId = (await clara.getAttribute('data-apprentice')) as string;
    await post(admin, `/api/apprentices/${claraId}/card`);
    await section(admin, 'Azubis');
    await expect.poll(() => clara.locator('p.hint').first().innerText(), { timeout: 10_000 }).toContain('Ausweis seit');
    await clara.getByRole('button', { name: 'Ausweis sperren: Clara', exact: true }).click();
    const revoke = clara.getByRole('group', { name: 'Ausweis von Clara sperren?', exact: true });
    await revoke.getByRole('button', { name: 'Ausweis sperren', exact: true }).click();
    await expect.poll(() => clara.locator('p.hint').first().innerText(), { timeout: 10_000 }).toContain('kein Ausweis');
    expect(await clara.getByRole('button', { name: 'Ausweis sperren: Clara' }).count()).toBe(0);
    expect((await get(admin, '/api/apprentices')).apprentices.find((a: any) => a.id === claraId).hasCard).toBe(false);

    // Export: everything stored about Clara as a JSON file.
    const exported = await download(admin, clara.getByRole('link', { name: 'Export (JSON): alle Daten von Clara', exact: true }));
    expect(exported.file.suggestedFilename()).toBe('Clara.json');
    const data = JSON.parse(exported.bytes.toString('utf8'));
    expect(data.apprentice).toMatchObject({ id: claraId, displayName: 'Clara', trade: 'Mikrotechnologe/-in', tradeId: 'mikrotechnologe', trainingYear: 3, card: 'none' });
    expect(data.results).toEqual([]);

    // Delete asks first and says what happens to past rounds.
    const dario = apprenticeItem(admin, 'Dario');
    await dario.getByRole('button', { name: 'Löschen: Dario', exact: true }).click();
    const confirm = dario.getByRole('group', { name: 'Dario endgültig löschen?', exact: true });
    const text = await confirm.innerText();
    expect(text).toContain('Gelöscht werden das Profil, der Ausweis und alle Ergebnisse von Dario.');
    expect(text).toContain('Vergangene Sitzungen behalten die Ergebnisse der anderen Spielerinnen und Spieler.');
    await confirm.getByRole('button', { name: 'Endgültig löschen', exact: true }).click();
    await expect.poll(() => dario.count(), { timeout: 10_000 }).toBe(0);
    expect((await get(admin, '/api/apprentices')).apprentices.map((a: any) => a.displayName)).toEqual(['Clara']);
    expect(pageErrors(admin)).toEqual([]);
  });

  it('Berichte: a hosted session, its CSV, and an apprentice without rounds', async () => {
    // Host from the trainer area in another tab (a tab holds one round), then close it.
    const hostTab = await admin.context().newPage();
    await openArea(hostTab, env.server.baseUrl);
    await hostTab.getByRole('button', { name: 'Sitzung leiten', exact: true }).click();
    await waitForScreen(hostTab, 'host-lobby');
    const codeEl = hostTab.getByTestId('join-code');
    await expect.poll(async () => (await codeEl.textContent())?.replace(/\D/g, '') ?? '', { timeout: 15_000 }).toMatch(/^\d{6}$/);
    const code = ((await codeEl.textContent()) ?? '').replace(/\D/g, '');
    await hostTab.close();

    await openArea(admin, env.server.baseUrl);
    const reports = await section(admin, 'Berichte');
    const sessions = reports.getByRole('region', { name: 'Vergangene Sitzungen', exact: true });
    const item = sessions.getByRole('listitem').filter({ hasText: `Code ${code}` });
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    // A session without a stored round says so and offers nothing to open or download
    // (newcomer, issue 21: "0 Runden · 0 Spieler" with empty files looked like lost results).
    expect(await item.innerText()).toContain(`${A.displayName} · keine Runde gespielt`);
    expect(await item.innerText()).not.toContain('0 Runden');
    expect(await item.getByRole('button').count()).toBe(0);
    expect(await item.getByRole('link').count()).toBe(0);
    await admin.setViewportSize({ width: 1280, height: 720 });
    await item.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await admin.screenshot({ path: `${ROOT}test-results/screenshots/reports-empty-session-1280.png` });
    await admin.setViewportSize({ width: 1920, height: 1080 });

    // The routes still answer for it (the data is kept): the CSV opens in a German Excel:
    // UTF-8 with BOM, ";" between cells, CRLF; the XLSX beside it.
    const sessionId = (await get(admin, '/api/reports/sessions')).sessions.find((s: { code: string }) => s.code === code).id as string;
    const fileOf = async (path: string) => {
      const res = await admin.context().request.get(`${env.server.baseUrl}${path}`);
      expect(res.ok(), `GET ${path}: ${res.status()}`).toBe(true);
      return { bytes: await res.body(), name: /filename="([^"]+)"/.exec(res.headers()['content-disposition'] ?? '')?.[1] ?? '' };
    };
    const csv = await fileOf(`/api/reports/sessions/${sessionId}/csv?lang=de`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.bytes.subarray(3).toString('utf8')).toBe('Runde;Spiel;Stufe;Stufenname;Beginn (Berlin);UTC-Versatz;Spieler;Teilnahme;Punkte;Gewertet;% richtig;Median ms;Beste ms;Frühstarts;Verpasst;Richtig je Art/Aufgabe;Fehler\r\n');
    const xlsx = await fileOf(`/api/reports/sessions/${sessionId}/xlsx?lang=de`);
    expect(xlsx.name).toMatch(new RegExp(`^session-\\d{4}-\\d\\d-\\d\\d-${code}\\.xlsx$`));
    expect((await readXlsxFile(xlsx.bytes))[0]!.data[0]).toEqual(['Runde', 'Spiel', 'Stufe', 'Stufenname', 'Beginn (Berlin)', 'UTC-Versatz', 'Spieler', 'Teilnahme', 'Punkte', 'Gewertet', '% richtig', 'Median ms', 'Beste ms', 'Frühstarts', 'Verpasst', 'Richtig je Art/Aufgabe', 'Fehler']);
    expect(csv.name).toMatch(new RegExp(`^session-\\d{4}-\\d\\d-\\d\\d-${code}\\.csv$`));

    // An apprentice's record, opened from the Azubis list: no rounds yet, so no trend chart.
    await section(admin, 'Azubis');
    await apprenticeItem(admin, 'Clara').getByRole('button', { name: 'Bericht: Clara', exact: true }).click();
    await expect.poll(() => admin.getByRole('heading', { level: 2, name: 'Berichte' }).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await admin.getByLabel('Azubi', { exact: true }).locator('option:checked').innerText()).toBe('Clara');
    const record = admin.getByRole('region', { name: 'Bericht pro Azubi', exact: true });
    await expect.poll(() => record.innerText(), { timeout: 10_000 }).toContain('Clara hat noch keine Runde mit Ausweis gespielt.');
    expect(await record.locator('svg.trend-chart').count()).toBe(0);
    const recordCsv = await download(admin, record.getByRole('link', { name: 'CSV herunterladen: Bericht von Clara', exact: true }));
    expect(recordCsv.bytes.toString('utf8')).toBe('\uFEFFDatum (Berlin);UTC-Versatz;Name;Spiel;Stufe;Stufenname;Punkte;% richtig;Median ms;Beste ms;Frühstarts;Verpasst;Richtig je Art/Aufgabe;Fehler;Sitzung\r\n');

    // In English the page asks for the CSV in English, too.
    await admin.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => admin.getByRole('heading', { level: 1 }).innerText()).toBe('Trainer area');
    await expect.poll(() => admin.getByRole('heading', { level: 2, name: 'Reports', exact: true }).isVisible(), { timeout: 10_000 }).toBe(true);
    const enItem = admin.getByRole('region', { name: 'Past sessions', exact: true }).getByRole('listitem').filter({ hasText: `Code ${code}` });
    await expect.poll(() => enItem.innerText(), { timeout: 10_000 }).toContain('no round played');
    const enCsv = await fileOf(`/api/reports/sessions/${sessionId}/csv?lang=en`);
    expect(enCsv.bytes.toString('utf8')).toBe('\uFEFFRound;Game;Level;Level name;Started (Berlin);UTC offset;Player;Joined;Score;Counted;% right;Median ms;Best ms;False starts;Missed;Right per kind/task;Mistakes\r\n');
    await admin.getByRole('button', { name: 'Deutsch', exact: true }).click();
    await expect.poll(() => admin.getByRole('heading', { level: 1 }).innerText()).toBe('Ausbilderbereich');
    expect(pageErrors(admin)).toEqual([]);
  });

  it('Trainer: create, disable, enable, new password; a trainer sees no admin sections', async () => {
    await openArea(admin, env.server.baseUrl);
    const trainers = await section(admin, 'Ausbilder');
    const form = trainers.getByRole('region', { name: 'Ausbilderkonto anlegen', exact: true });
    await form.getByLabel('Anmeldename', { exact: true }).fill(COLLEAGUE.login);
    await form.getByLabel('Angezeigter Name (optional)', { exact: true }).fill(COLLEAGUE.displayName);
    await form.getByLabel('Erstes Passwort', { exact: true }).fill(COLLEAGUE.password);
    await form.getByRole('button', { name: 'Anlegen', exact: true }).click();
    const item = trainers.getByRole('listitem').filter({ has: admin.getByRole('heading', { name: COLLEAGUE.displayName, exact: true }) });
    await expect.poll(() => item.locator('p.hint').first().innerText(), { timeout: 10_000 }).toBe(`${COLLEAGUE.login} · Ausbilder(in)`);
    // The form is empty again (no password left on screen) and says what happened.
    expect(await form.locator('p[aria-live]').innerText()).toBe(`Das Konto ${COLLEAGUE.login} ist angelegt. Gib der Person das erste Passwort persönlich.`);
    for (const label of ['Anmeldename', 'Erstes Passwort']) expect(await form.getByLabel(label, { exact: true }).inputValue()).toBe('');

    await item.getByRole('button', { name: `Sperren: ${COLLEAGUE.displayName}`, exact: true }).click();
    await expect.poll(() => item.locator('p.hint').first().innerText(), { timeout: 10_000 }).toBe(`${COLLEAGUE.login} · Ausbilder(in) · gesperrt`);
    expect(await loginStatus(COLLEAGUE.login, COLLEAGUE.password), 'a disabled trainer cannot sign in').toBe(401);
    await item.getByRole('button', { name: `Entsperren: ${COLLEAGUE.displayName}`, exact: true }).click();
    await expect.poll(() => item.locator('p.hint').first().innerText(), { timeout: 10_000 }).toBe(`${COLLEAGUE.login} · Ausbilder(in)`);

    await item.getByRole('button', { name: `Neues Passwort: ${COLLEAGUE.displayName}`, exact: true }).click();
    await item.getByLabel(`Neues Passwort für ${COLLEAGUE.displayName}`, { exact: true }).fill(COLLEAGUE.newPassword);
    await item.getByRole('button', { name: 'Passwort setzen', exact: true }).click();
    await expect.poll(() => item.getByRole('status').innerText(), { timeout: 10_000 }).toBe(`Das neue Passwort für ${COLLEAGUE.displayName} gilt ab sofort.`);

    // The colleague signs in with the new password and sees the trainer sections only.
    const colleague = await newHostPage(env.browser, 'colleague');
    env.pages.push(colleague);
    await signInTrainer(colleague, env.server.baseUrl, { company: A.company, login: COLLEAGUE.login, displayName: COLLEAGUE.displayName, password: COLLEAGUE.newPassword });
    await openArea(colleague, env.server.baseUrl);
    await waitForScreen(colleague, 'trainer');
    expect(await menuNames(colleague)).toEqual(['Azubis', 'Ausweise', 'Bestenliste', 'Berichte', 'Übungsstand', 'Aufgabensätze', 'Buzzer-Boxen']);
    const clara = apprenticeItem(colleague, 'Clara');
    await expect.poll(() => clara.count(), { timeout: 10_000 }).toBe(1);
    expect(await clara.getByRole('button', { name: 'Löschen: Clara' }).count(), 'deleting is for admins').toBe(0);
    expect(await clara.getByRole('link', { name: /JSON/ }).count(), 'the export is for admins').toBe(0);
    await colleague.context().close();
    expect(pageErrors(admin)).toEqual([]);
  });

  it('Einstellungen: guest retention 30 days, an invalid value, then keep forever', async () => {
    await openArea(admin, env.server.baseUrl);
    const settings = await section(admin, 'Einstellungen');
    const days = settings.getByLabel('Gast-Ergebnisse aufbewahren (Tage)', { exact: true });
    await expect.poll(() => days.isVisible(), { timeout: 10_000 }).toBe(true);
    const save = settings.getByRole('button', { name: 'Speichern', exact: true });
    const status = settings.locator('p[aria-live]');

    await days.fill('30');
    await save.click();
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toBe('Gespeichert: Gast-Ergebnisse werden nach 30 Tagen gelöscht.');
    expect((await get(admin, '/api/company')).company.guestRetentionDays).toBe(30);

    // Not a number (checked here), and out of range (checked by the server): the same text.
    for (const bad of ['abc', '5000']) {
      await days.fill(bad);
      await save.click();
      await expect.poll(() => formAlert(settings).innerText(), { timeout: 10_000 }).toBe(ERRORS.RETENTION_INVALID.de);
      expect(await days.getAttribute('aria-invalid')).toBe('true');
    }
    expect((await get(admin, '/api/company')).company.guestRetentionDays).toBe(30);

    await days.fill('');
    await save.click();
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toBe('Gespeichert: Gast-Ergebnisse werden nicht gelöscht.');
    expect(await formAlert(settings).count()).toBe(0);
    expect((await get(admin, '/api/company')).company.guestRetentionDays).toBeNull();
    expect(pageErrors(admin)).toEqual([]);
  });

  it('platform admin: sees only companies, adds one, disables it; its admin can no longer sign in', async () => {
    // `npm run setup -- --platform` needs the data dir, which the running server locks.
    await env.server.stop();
    await promisify(execFile)(process.execPath, [...serverArgs('setup'), '--platform', '--login', PLATFORM.login], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: env.server.dataDir, DATABASE_URL: '', REDIS_URL: '', SETUP_PASSWORD: PLATFORM.password },
    });
    await env.server.restart();

    const root = await newHostPage(env.browser, 'platform');
    env.pages.push(root);
    await openArea(root, env.server.baseUrl);
    await waitForScreen(root, 'login');
    await signInWithForm(root, PLATFORM.login, PLATFORM.password);
    await waitForScreen(root, 'trainer');
    expect(await root.getByTestId('signed-in-as').innerText()).toBe(`Angemeldet: ${PLATFORM.login} · Plattform-Administration`);
    expect(await menuNames(root)).toEqual(['Betriebe']);
    expect(await root.getByRole('button', { name: 'Sitzung leiten' }).count(), 'the platform admin hosts no rounds').toBe(0);

    const form = root.getByRole('region', { name: 'Betrieb hinzufügen', exact: true });
    await form.getByLabel('Name des Betriebs', { exact: true }).fill(NORD.company);
    await form.getByLabel('Anmeldename der ersten Admin-Person', { exact: true }).fill(NORD.login);
    await form.getByLabel('Erstes Passwort', { exact: true }).fill(NORD.password);
    await form.getByRole('button', { name: 'Betrieb anlegen', exact: true }).click();
    const list = root.getByRole('list', { name: 'Betriebe' });
    const nord = list.getByRole('listitem').filter({ has: root.getByRole('heading', { name: NORD.company, exact: true }) });
    await expect.poll(() => nord.count(), { timeout: 10_000 }).toBe(1);
    expect(await list.getByRole('heading').allInnerTexts()).toEqual(expect.arrayContaining([A.company, NORD.company]));
    expect(await nord.locator('p.hint').first().innerText()).toMatch(/\b1 Ausbilderkont/);
    expect(await form.locator('p[aria-live]').innerText()).toBe(`${NORD.company} ist angelegt; die erste Admin-Person meldet sich als ${NORD.login} an.`);
    expect(await form.getByLabel('Erstes Passwort', { exact: true }).inputValue()).toBe('');
    expect(await loginStatus(NORD.login, NORD.password), 'the new company admin can sign in').toBe(200);

    await nord.getByRole('button', { name: `Sperren: ${NORD.company}`, exact: true }).click();
    await expect.poll(() => nord.locator('p.hint').first().innerText(), { timeout: 10_000 }).toContain('gesperrt');

    // The disabled company's admin tries the sign-in form.
    const nordPage = await newHostPage(env.browser, 'nord-admin');
    env.pages.push(nordPage);
    await openArea(nordPage, env.server.baseUrl);
    await waitForScreen(nordPage, 'login');
    await signInWithForm(nordPage, NORD.login, NORD.password);
    await expect.poll(() => formAlert(nordPage.locator('form')).innerText(), { timeout: 10_000 }).toBe(ERRORS.LOGIN_FAILED.de);
    expect((await nordPage.context().request.get(`${env.server.baseUrl}/api/auth/me`)).status()).toBe(401);

    // Review N9: the disabled company is erased for good once its name is typed; the others stay.
    await nord.getByText('Betrieb endgültig löschen …').click();
    const confirmName = nord.getByLabel(`Zum Bestätigen den Namen eingeben: ${NORD.company}`, { exact: true });
    await confirmName.fill(NORD.company.toLowerCase());
    await nord.getByRole('button', { name: `Endgültig löschen: ${NORD.company}`, exact: true }).click();
    await expect.poll(() => formAlert(nord.locator('details form')).innerText(), { timeout: 10_000 }).toBe(ERRORS.CONFIRM_MISMATCH.de);
    await confirmName.fill(NORD.company);
    if (process.env.SHOTS_DIR) await root.screenshot({ path: `${process.env.SHOTS_DIR}/platform-erase-1280x720.png`, fullPage: true });
    await nord.getByRole('button', { name: `Endgültig löschen: ${NORD.company}`, exact: true }).click();
    await expect.poll(async () => { const names = await list.getByRole('heading').allInnerTexts(); return names.includes(A.company) && !names.includes(NORD.company); }, { timeout: 10_000 }).toBe(true);
    for (const page of [root, nordPage]) expect(pageErrors(page)).toEqual([]);
  });
});
