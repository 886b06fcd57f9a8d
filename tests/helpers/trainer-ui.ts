import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import type { Download, Locator, Page } from 'playwright-core';
import { waitForScreen } from './arcade.ts';
import { signInTrainer } from './flows.ts';

// Steps through the trainer area's UI (German accessible names, as in flows.ts).

/** Start page → the trainer area (it asks for the sign-in when nobody is signed in). */
export async function openArea(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await waitForScreen(page, 'home');
  await page.getByRole('button', { name: /^Ausbilderbereich/ }).first().click();
  await waitForScreen(page, ['trainer', 'login']);
}

/**
 * The accessible names of the area menu's buttons, in order, from the accessibility tree
 * (the visible labels carry soft hyphens for the phone's narrow columns).
 */
export async function menuNames(page: Page): Promise<string[]> {
  const tree = await page.getByRole('navigation', { name: 'Bereiche' }).ariaSnapshot();
  return [...tree.matchAll(/- button "([^"]*)"/g)].map((m) => m[1] as string);
}

/** Clicks a section in the area's menu, waits for its heading and returns the section. */
export async function section(page: Page, name: string): Promise<Locator> {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  const heading = page.getByRole('heading', { level: 2, name, exact: true });
  await expect.poll(() => heading.isVisible(), { timeout: 10_000 }).toBe(true);
  return page.locator('section.area-section');
}

/** Signs the e2e trainer in (flows.ts), opens the trainer area from the start page and returns the section `name`. */
export async function signedInSection(page: Page, baseUrl: string, name: string): Promise<Locator> {
  await signInTrainer(page, baseUrl);
  await page.goto(`${baseUrl}/`);
  await waitForScreen(page, 'home');
  await page.getByRole('button', { name: /^Ausbilderbereich/ }).first().click();
  await waitForScreen(page, 'trainer');
  return section(page, name);
}

/** The sign-in form: login, password, "Anmelden". */
export async function signInWithForm(page: Page, login: string, password: string): Promise<void> {
  await page.getByLabel('Anmeldename', { exact: true }).fill(login);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
}

/** Clicks a download link and returns what the browser saved. */
export async function download(page: Page, link: Locator): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), link.click()]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

/** An apprentice's entry in the Azubis list. */
export const apprenticeItem = (page: Page, name: string) =>
  page.locator('li[data-apprentice]').filter({ has: page.getByRole('heading', { name, exact: true }) });

/** A form's alert line while it shows something (it is always in the page, empty when all is well). */
export const formAlert = (scope: Locator) => scope.getByRole('alert').filter({ hasText: /\S/ });

/** Trainer area, Azubis: "Azubi anlegen" with name, trade as text (the server maps a clear one to the list) and training year; waits for the list to show it. */
export async function createApprentice(page: Page, name: string, trade: string, year: number): Promise<void> {
  const form = page.getByRole('region', { name: 'Azubi anlegen', exact: true });
  await form.getByLabel('Name oder Pseudonym', { exact: true }).fill(name);
  await form.getByLabel('Bezeichnung (optional)', { exact: true }).fill(trade);
  await form.getByLabel('Ausbildungsjahr', { exact: true }).selectOption(String(year));
  await form.getByRole('button', { name: 'Anlegen', exact: true }).click();
  await expect.poll(() => page.getByRole('list', { name: 'Azubis' }).innerText(), { timeout: 10_000 }).toContain(name);
}
