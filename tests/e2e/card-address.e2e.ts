import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { waitForScreen } from '../helpers/arcade.ts';
import { newHostPage, newPlayerPage, screenshot } from '../helpers/browser.ts';
import { openHost, signInTrainer } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { decodeQr } from '../helpers/qr-decode.ts';
import { createApprentice, openArea } from '../helpers/trainer-ui.ts';

// Issue 11 item 6: a card's QR carries an address that survives a new IP (PUBLIC_URL, else
// the host name `<name>.local`), and a phone whose remembered card no longer works is told
// what to do and may remove it after a confirmation. The QR is decoded, never visited.

const env = useE2eEnv();

describe('cards that keep working', () => {
  it('prints the stable address in the QR, and a phone with a stale card is told to ask for a new one', async () => {
    const base = env.server.baseUrl;
    const host = await newHostPage(env.browser);
    env.pages.push(host);
    await signInTrainer(host, base);
    await openArea(host, base);
    await createApprentice(host, 'Cem', 'Mechatroniker', 1);

    await host.getByRole('button', { name: 'Ausweise', exact: true }).click();
    await host.getByRole('button', { name: 'Alle auswählen', exact: true }).click();
    await host.getByRole('button', { name: 'Neue Ausweise ausgeben und drucken (1)', exact: true }).click();
    await waitForScreen(host, 'cards-print');
    const card = host.getByTestId('print-card');
    const code = (await card.getByTestId('card-code').innerText()).trim().replace(/-/g, '');

    const info = (await (await fetch(`${base}/api/info`)).json()) as { cardUrls: string[] };
    const first = info.cardUrls[0] as string;
    // The e2e server runs without PUBLIC_URL: the first choice is this machine's name.
    expect(new URL(first).hostname).toBe(`${hostname().toLowerCase().replace(/\.local$/, '')}.local`);
    const qr = card.getByRole('img');
    const select = host.getByLabel('Adresse auf den Ausweisen', { exact: true });
    await expect.poll(() => select.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await select.inputValue()).toBe(first);
    const decoded = await decodeQr(qr);
    console.log(`card QR decodes to ${decoded.replace(code, '<code>')}`);
    expect(decoded).toBe(`${first}?card=${code}`);
    await expect.poll(() => host.getByText(/Rechnernamen/).isVisible()).toBe(true);

    // The trainer may pick another address; the QR follows.
    const other = info.cardUrls.at(-1) as string;
    const firstSrc = await qr.getAttribute('src');
    await select.selectOption(other);
    await expect.poll(() => qr.getAttribute('src'), { timeout: 20_000 }).not.toBe(firstSrc);
    expect((await decodeQr(qr)).replace(code, '<code>')).toBe(`${other}?card=<code>`);
    await screenshot(host, 'card-print-stable-address');

    // The phone remembers the card; then the trainer issues a new one (the old stops working).
    const phone = await newPlayerPage(env.browser, 'phone');
    env.pages.push(phone);
    await phone.goto(`${base}/?card=${code}`);
    await waitForScreen(phone, 'join');
    const request = host.context().request;
    const { apprentices } = (await (await request.get(`${base}/api/apprentices`)).json()) as { apprentices: { id: string }[] };
    const renewed = await request.post(`${base}/api/apprentices/${apprentices[0]!.id}/card`, { headers: { origin: base } });
    expect(renewed.ok()).toBe(true);

    const roundCode = await openHost(host, base);
    await phone.getByLabel('Code', { exact: true }).fill(roundCode);
    await phone.getByRole('button', { name: `Mit Ausweis …-${code.slice(-4)} beitreten`, exact: true }).click();
    const alert = phone.getByRole('alert').filter({ hasText: /\S/ });
    await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toMatch(/gilt nicht mehr.*neuen Ausweis/s);
    await screenshot(phone, 'phone-stale-card');

    // Removing asks first and says what it does; only "Ja" removes it.
    const forget = phone.getByRole('button', { name: 'Ausweis von diesem Gerät entfernen', exact: true });
    await forget.click();
    await expect.poll(() => phone.getByText(/Der Ausweis bleibt gültig/).isVisible()).toBe(true);
    await phone.getByRole('button', { name: 'Behalten', exact: true }).click();
    expect(await phone.evaluate(() => localStorage.getItem('arcade.card'))).not.toBeNull();
    await forget.click();
    await phone.getByRole('button', { name: 'Ja, vom Gerät entfernen', exact: true }).click();
    expect(await phone.evaluate(() => localStorage.getItem('arcade.card'))).toBeNull();
    await expect.poll(() => phone.getByLabel('Spitzname', { exact: true }).isVisible()).toBe(true);
  });
});
