import { ERRORS } from '../../shared/protocol/errors.ts';
import { describe, expect, it } from 'vitest';
import { snapshot, waitForPhase, waitForScreen } from '../helpers/arcade.ts';
import { newHostPage, newPlayerPage } from '../helpers/browser.ts';
import { joinAsPlayer, openHost, setReaktionPlaylist, signInTrainer } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { minTextPx, seriousAxe, showShot, tooSmallTexts } from '../helpers/projector.ts';

// Issue 9 items 3, 5 and 10 on a real phone page: a closed tab comes back into its seat from
// the join link, Back moves within the app (asking before it leaves a running round), and a
// removal holds until the trainer lets the player back in from the projector.

const env = useE2eEnv();

describe('closed tab and Back button', () => {
  it('a player who closed the tab gets the seat back from the join link; Back goes to the previous screen and asks in a round', async () => {
    const host = await newHostPage(env.browser);
    const phone = await newPlayerPage(env.browser, 'player-tab');
    env.pages.push(host, phone);
    await signInTrainer(host, env.server.baseUrl);
    const code = await openHost(host, env.server.baseUrl);
    await setReaktionPlaylist(host, 1, 2);

    // Back inside the app: home → join form → Back shows home again, still in the app.
    await phone.goto(`${env.server.baseUrl}/`);
    await waitForScreen(phone, 'home');
    await phone.getByRole('button', { name: 'Beitreten', exact: true }).click();
    await waitForScreen(phone, 'join');
    await phone.goBack();
    await waitForScreen(phone, 'home');
    expect(phone.url()).toContain(env.server.baseUrl);

    await joinAsPlayer(phone, env.server.baseUrl, code, 'Tabea', 'url');
    const first = await snapshot(phone);
    expect(first?.playerId).toBeTruthy();

    // The tab is closed; the same phone opens the join link again: straight back into the seat.
    const context = phone.context();
    await phone.close();
    const again = await context.newPage();
    env.pages.push(again);
    await again.goto(`${env.server.baseUrl}/?code=${code}`);
    await waitForScreen(again, 'lobby');
    expect((await snapshot(again))?.playerId).toBe(first?.playerId);
    const list = host.getByRole('list', { name: 'Spieler' });
    await expect.poll(async () => (await list.getByRole('listitem').allTextContents()).join('|'), { timeout: 10_000 }).toMatch(/Tabea/);
    expect(await list.getByRole('listitem').count()).toBe(1);

    // A running round: Back asks first; "Cancel" stays in the round, "OK" leaves it.
    await host.getByRole('button', { name: 'Start', exact: true }).click();
    await waitForPhase(again, ['countdown', 'play']);
    const asked: string[] = [];
    let answer = false;
    again.on('dialog', (d) => {
      asked.push(d.message());
      void (answer ? d.accept() : d.dismiss());
    });
    await again.goBack();
    await expect.poll(() => asked.length, { timeout: 5000 }).toBe(1);
    expect(asked[0]).toMatch(/Runde läuft noch/);
    await waitForScreen(again, ['countdown', 'play']);
    answer = true;
    await again.goBack();
    await expect.poll(() => asked.length, { timeout: 5000 }).toBe(2);
    await waitForScreen(again, 'home');
    await host.close();
  });

  it('a removed player stays out until the trainer lets them back in from the lobby', async () => {
    const host = await newHostPage(env.browser, 'host-readmit');
    const phone = await newPlayerPage(env.browser, 'player-readmit');
    env.pages.push(host, phone);
    await signInTrainer(host, env.server.baseUrl);
    const code = await openHost(host, env.server.baseUrl);
    await joinAsPlayer(phone, env.server.baseUrl, code, 'Kai', 'url');

    await host.getByRole('button', { name: 'Kai entfernen', exact: true }).click();
    await host.getByRole('button', { name: 'Ja, entfernen', exact: true }).click();
    await expect.poll(() => phone.locator('body').innerText(), { timeout: 10_000 }).toContain(ERRORS.KICKED.de);
    const summary = host.getByText('1 entfernt – wieder zulassen?', { exact: true });
    await expect.poll(() => summary.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await host.getByRole('list', { name: 'Spieler' }).getByRole('listitem').count()).toBe(0);

    // The same phone and name are turned away, with the reason in German.
    await phone.goto(`${env.server.baseUrl}/?code=${code}`);
    await waitForScreen(phone, 'join');
    await phone.getByLabel('Spitzname', { exact: true }).fill('Kai');
    await phone.getByRole('button', { name: 'Beitreten', exact: true }).click();
    await expect.poll(() => phone.locator('body').innerText(), { timeout: 10_000 }).toContain(ERRORS.KICKED.de);
    expect((await snapshot(phone))?.playerId ?? null).toBeNull();

    // "Wieder zulassen": the fold empties and Kai joins again.
    await summary.click();
    const undo = host.getByRole('button', { name: 'Kai wieder zulassen', exact: true });
    await expect.poll(() => undo.isVisible()).toBe(true);
    await showShot(host, 'lobby-removed-1280x720');
    expect(await tooSmallTexts(host, minTextPx(1280, 720))).toEqual([]);
    expect(await seriousAxe(host, 'lobby with a removed player')).toEqual([]);
    await undo.click();
    await expect.poll(() => summary.isVisible(), { timeout: 10_000 }).toBe(false);
    await joinAsPlayer(phone, env.server.baseUrl, code, 'Kai', 'url');
    await expect.poll(() => host.getByRole('list', { name: 'Spieler' }).getByRole('listitem').allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining('Kai')]);
    await host.close();
  });
});
