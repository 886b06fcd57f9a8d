import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { waitForScreen } from '../helpers/arcade.ts';
import { newHostPage, newPlayerPage } from '../helpers/browser.ts';
import { joinAsPlayer, openHost, signInTrainer } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';

// Apprentices use small phones, some with screen readers or poor eyesight; trainers use a
// projector. axe-core checks the screens everyone passes through; serious and critical
// findings fail the test, lesser ones are only printed.

const env = useE2eEnv();

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describeViolations(where: string, list: Violation[]): string {
  if (list.length === 0) return `${where}: no violations`;
  return [
    `${where}: ${list.length} violation(s)`,
    ...list.flatMap((v) => [
      `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
      ...v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
    ]),
  ].join('\n');
}

/** Scans the page; prints everything; returns only serious/critical findings. */
async function scan(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  console.log(describeViolations(where, violations));
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${where}: [${v.impact}] ${v.id} (${v.nodes.length} nodes)`);
}

describe('accessibility (axe-core)', () => {
  it('home page has no serious or critical violations', async () => {
    const page = await newPlayerPage(env.browser, 'a11y-home');
    env.pages.push(page);
    await page.goto(`${env.server.baseUrl}/`);
    await waitForScreen(page, 'home');
    expect(await scan(page, 'home')).toEqual([]);
  });

  it('join page has no serious or critical violations (also with an error shown)', async () => {
    const page = await newPlayerPage(env.browser, 'a11y-join');
    env.pages.push(page);
    await page.goto(`${env.server.baseUrl}/`);
    await page.getByRole('button', { name: 'Beitreten', exact: true }).click();
    await waitForScreen(page, 'join');
    const found = await scan(page, 'join');
    // An unknown code must produce a visible alert; scan that state as well.
    await page.getByLabel('Code', { exact: true }).fill('000000');
    await page.getByLabel('Spitzname', { exact: true }).fill('Test');
    await page.getByRole('button', { name: 'Beitreten', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText(), { timeout: 10_000 }).not.toBe('');
    found.push(...(await scan(page, 'join with error')));
    expect(found).toEqual([]);
  });

  it('host page and a player lobby have no serious or critical violations', async () => {
    const host = await newHostPage(env.browser, 'a11y-host');
    const player = await newPlayerPage(env.browser, 'a11y-player');
    env.pages.push(host, player);
    await signInTrainer(host, env.server.baseUrl);
    const code = await openHost(host, env.server.baseUrl);
    await joinAsPlayer(player, env.server.baseUrl, code, 'Ada', 'url');
    await expect.poll(() => host.getByRole('list', { name: 'Spieler' }).innerText(), { timeout: 10_000 }).toContain('Ada');
    const found = [...(await scan(host, 'host lobby')), ...(await scan(player, 'player lobby'))];
    expect(found).toEqual([]);
  });
});

describe('accessibility of the trainer and card screens (axe-core)', () => {
  it('sign-in, trainer area and the join form in card mode have no serious or critical violations', async () => {
    const base = env.server.baseUrl;
    const trainer = await newHostPage(env.browser, 'a11y-trainer');
    const phone = await newPlayerPage(env.browser, 'a11y-card');
    env.pages.push(trainer, phone);
    await signInTrainer(trainer, base);

    // Not signed in: the trainer link leads to the sign-in form.
    await phone.goto(`${base}/`);
    await phone.getByRole('button', { name: 'Ausbilderbereich (Anmeldung)', exact: true }).click();
    await waitForScreen(phone, 'login');
    const found = await scan(phone, 'sign-in');

    // Signed in through the API: the start page does not know it yet; the link asks the server.
    await trainer.goto(`${base}/`);
    await trainer.getByRole('button', { name: 'Ausbilderbereich (Anmeldung)', exact: true }).click();
    await waitForScreen(trainer, 'trainer');
    await expect.poll(() => trainer.getByText('Noch keine Azubis angelegt.').isVisible(), { timeout: 10_000 }).toBe(true);
    found.push(...(await scan(trainer, 'trainer area')));

    // A card's link: the join form in card mode (any well-formed code; it is checked on join).
    await phone.goto(`${base}/?card=ABCD-EFGH-JKMN-PQRS`);
    await waitForScreen(phone, 'join');
    await expect.poll(() => phone.getByRole('button', { name: 'Mit Ausweis …-PQRS beitreten', exact: true }).isVisible()).toBe(true);
    found.push(...(await scan(phone, 'join with card')));
    expect(found).toEqual([]);
  });
});
