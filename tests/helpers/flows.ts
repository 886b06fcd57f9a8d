import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { findGame } from '../../shared/games/index.ts';
import { nextOnset, pageNow, snapshot, waitForPhase, waitForScreen, type TrialRecord } from './arcade.ts';

// User journeys shared by several e2e files, written against the DOM contract
// (accessible names in German, data-testid for the few non-text elements).

/** The trainer of the e2e servers (each starts on a fresh data dir). */
export const E2E_TRAINER = { company: 'Optik Muster GmbH', login: 'ausbilderin', displayName: 'Frau Weber', password: 'e2e-passwort-123' } as const;

/**
 * Signs the page's browser context in as a trainer: first-run setup on a fresh server, else
 * sign-in. Goes through the API with the page's own context, so the session cookie lands where
 * the page uses it (and the Origin header is the page's, as the server demands for POSTs).
 */
export async function signInTrainer(page: Page, baseUrl: string, trainer: { company: string; login: string; displayName: string; password: string } = E2E_TRAINER): Promise<void> {
  const request = page.context().request;
  const headers = { origin: baseUrl };
  const setup = (await (await request.get(`${baseUrl}/api/setup`)).json()) as { setupNeeded: boolean };
  const res = setup.setupNeeded
    ? await request.post(`${baseUrl}/api/setup`, { headers, data: trainer })
    : await request.post(`${baseUrl}/api/auth/login`, { headers, data: { login: trainer.login, password: trainer.password } });
  expect(res.ok(), `trainer sign-in: ${res.status()} ${await res.text()}`).toBe(true);
}

/**
 * Home → "Sitzung leiten"; waits for the host lobby and returns the six-digit join code.
 * The page must belong to a signed-in trainer (signInTrainer).
 */
export async function openHost(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('button', { name: 'Sitzung leiten', exact: true }).click();
  await waitForScreen(page, 'host-lobby');
  const codeEl = page.getByTestId('join-code');
  await expect.poll(async () => (await codeEl.textContent())?.replace(/\D/g, '') ?? '', { timeout: 15_000 }).toMatch(/^\d{6}$/);
  return ((await codeEl.textContent()) ?? '').replace(/\D/g, '');
}

/**
 * A player joins. `via` 'home' goes home → "Beitreten" and types the code; 'url' opens
 * /?code=… and checks the code field was pre-filled.
 */
export async function joinAsPlayer(page: Page, baseUrl: string, code: string, nickname: string, via: 'home' | 'url'): Promise<void> {
  if (via === 'url') {
    await page.goto(`${baseUrl}/?code=${code}`);
    await waitForScreen(page, 'join');
    await expect.poll(() => page.getByLabel('Code', { exact: true }).inputValue()).toBe(code);
  } else {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Beitreten', exact: true }).click();
    await waitForScreen(page, 'join');
    await page.getByLabel('Code', { exact: true }).fill(code);
  }
  await page.getByLabel('Spitzname', { exact: true }).fill(nickname);
  await page.getByRole('button', { name: 'Beitreten', exact: true }).click();
  await waitForScreen(page, 'lobby');
}

/** Milliseconds to sleep in Node. */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));

export interface TapLog {
  tapped: number[];
  sawWebGl: boolean;
  /** Per tap: ms from the touch's event.timeStamp until a listener could run (main-thread stall). */
  lagsMs: number[];
}

/**
 * Plays the current Reaktion round on a phone: for every stimulus that appears, waits a
 * human-like `delayMs` after its onset and taps the pad (`null`: leaves that stimulus alone, a
 * miss). Returns when play ends.
 */
export async function tapThroughReaktion(page: Page, delayMs: (trial: number) => number | null): Promise<TapLog> {
  await waitForPhase(page, 'play', 30_000);
  const round = (await snapshot(page))?.state?.roundIndex as number;
  // Tap by coordinates: locator.tap()'s actionability checks cost 250-800 ms per tap under
  // software rendering, which would turn a 250 ms reaction into a 1 s one. So check once
  // that the pad is what a finger at its centre hits.
  const pad = page.getByTestId('reaktion-pad');
  const box = await pad.boundingBox();
  if (!box) throw new Error('reaktion-pad is not visible');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const hitsPad = await pad.evaluate((el, p) => el.contains(document.elementFromPoint(p.x, p.y)), { x, y });
  expect(hitsPad, 'a tap at the centre of the screen must land on the pad').toBe(true);
  // Diagnostics only: how long each press waited for the page's main thread.
  await page.evaluate(() => {
    const w = window as unknown as { e2eLags: number[] };
    w.e2eLags = [];
    addEventListener('pointerdown', (e) => w.e2eLags.push(Math.round(performance.now() - e.timeStamp)), { capture: true });
  });

  const done = new Set<number>();
  const skipped = new Set<number>();
  let sawWebGl = false;
  for (;;) {
    const t: TrialRecord | null = await nextOnset(page, round, done, 30_000);
    if (!t) break;
    if (!sawWebGl) sawWebGl = (await snapshot(page))?.renderType === 2;
    const delay = delayMs(t.trial);
    done.add(t.trial);
    if (delay === null) {
      skipped.add(t.trial); // left to run out: a miss
      continue;
    }
    await sleep((t.onsetMs as number) + delay - (await pageNow(page)));
    await page.touchscreen.tap(x, y);
  }
  const lagsMs = await page.evaluate(() => (window as unknown as { e2eLags: number[] }).e2eLags);
  return { tapped: [...done].filter((t) => !skipped.has(t)).toSorted((a, b) => a - b), sawWebGl, lagsMs };
}

/**
 * Sets the host's playlist to `rounds` Reaktion rounds of `level` through the host UI
 * ("Spielplan ändern", then one fieldset per game: "Im Spielplan", "Stufe", "Runden"),
 * then checks the room took it.
 */
export async function setReaktionPlaylist(page: Page, level: number, rounds = 1): Promise<void> {
  // The projector lobby keeps the picker in a dialog behind "Spielplan ändern".
  const edit = page.getByRole('button', { name: 'Spielplan ändern', exact: true });
  if ((await edit.count()) > 0) await edit.click();
  const groups = page.getByRole('group');
  for (const group of await groups.all()) {
    const include = group.getByRole('checkbox', { name: 'Im Spielplan', exact: true });
    if ((await include.count()) === 0) continue;
    const isReaktion = (await group.locator('legend').innerText()).trim() === 'Reaktion';
    await include.setChecked(isReaktion);
    if (!isReaktion) continue;
    await group.getByLabel('Stufe', { exact: true }).selectOption(String(level));
    await group.getByLabel('Runden', { exact: true }).selectOption(String(rounds));
  }
  const done = page.getByRole('dialog').getByRole('button', { name: 'Fertig', exact: true });
  if ((await done.count()) > 0) await done.click();
  await expect
    .poll(async () => (await snapshot(page))?.state?.playlist, { timeout: 10_000 })
    .toMatchObject([{ gameId: 'reaktion', level, rounds, setId: '' }]);
}

/** Home → "Üben" → picks the game (a tile in the group "Spiel") and level ("Stufe") → "Starten". */
export async function startSolo(page: Page, baseUrl: string, gameId: string, level: number): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('button', { name: 'Üben', exact: true }).click();
  await waitForScreen(page, 'solo-setup');
  const title = findGame(gameId)?.texts.de.title ?? gameId;
  await page.getByRole('group', { name: 'Spiel', exact: true }).getByRole('radio', { name: title, exact: true }).check();
  await page.getByLabel('Stufe', { exact: true }).selectOption(String(level));
  await page.getByRole('button', { name: 'Starten', exact: true }).click();
  await waitForScreen(page, ['countdown', 'play'], 30_000);
}
