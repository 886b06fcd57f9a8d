import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { settled, snapshot, waitForPhase, waitForScreen } from '../helpers/arcade.ts';
import { joinPlayer, playReaktion, type Bot } from '../helpers/bots.ts';
import { newHostPage, newPlayerPage, pageErrors } from '../helpers/browser.ts';
import { joinAsPlayer, openHost, setReaktionPlaylist, signInTrainer } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { QUICK_STIMULI } from '../helpers/quick-reaktion.ts';
import { layoutProblems } from '../helpers/layout-check.ts';
import { contrastFindings, controlBarOverlaps, showShot } from '../helpers/projector.ts';

// Issue 19, section 1, in the browser: every projector view and dialog at 1920×1080,
// 1280×720 and 1024×768 passes axe's colour-contrast rule and keeps everything clear of the
// control bar (M1, M5), and every dialog passes the layout check (tests/helpers/layout-check.ts); "Weiter" in play and "Beenden" ask first and say what happens (M2,
// M3); a round ended early is marked on projector and phone; a session ended before any
// round shows no empty Siegerehrung; a phone in a "Hören" round gets the test tone and, if
// it does not hear it, a warning and a reason for its missed signals (M4). The subject is the
// views, not Reaktion's clock: quick rounds (3 trials, tests/helpers/quick-reaktion.ts).

const env = useE2eEnv({ quickRounds: true });
const SIZES = [[1920, 1080], [1280, 720], [1024, 768]] as const;
const PHONES = [[390, 844], [360, 640]] as const;
const TIMEOUT_MS = 300_000;

/** Contrast and control-bar checks of the current projector view at every size, with screenshots. */
async function checkProjector(host: Page, name: string, found: string[]): Promise<void> {
  for (const [width, height] of SIZES) {
    await host.setViewportSize({ width, height });
    await settled(host); // the re-layout drawn, its transitions over
    found.push(...(await contrastFindings(host, `${name} ${width}×${height}`)));
    found.push(...(await controlBarOverlaps(host)).map((l) => `${name} ${width}×${height} overlaps the bar: ${l}`));
    // An open dialog: nothing in it covered or cut, its way out ("Fertig") whole in view (mouse-driven: no tap sizes).
    if (await dialog(host).isVisible()) found.push(...(await layoutProblems(host, { minTap: 0 })).map((l) => `${name} ${width}×${height}: ${l}`));
    await showShot(host, `guard-${name}-${width}x${height}`);
  }
  await host.setViewportSize({ width: 1920, height: 1080 });
}

/** Screenshots of a phone view at both phone sizes, its layout check's and axe contrast findings into `phoneFound`. */
async function phoneShots(phone: Page, name: string): Promise<void> {
  for (const [width, height] of PHONES) {
    await phone.setViewportSize({ width, height });
    await settled(phone);
    await showShot(phone, `guard-phone-${name}-${width}x${height}`);
    phoneFound.push(...(await layoutProblems(phone)).map((l) => `phone ${name} ${width}×${height}: ${l}`));
    phoneFound.push(...(await contrastFindings(phone, `phone ${name} ${width}×${height}`)));
  }
  await phone.setViewportSize({ width: 390, height: 844 });
}

const dialog = (host: Page) => host.getByRole('dialog');
const phoneFound: string[] = [];

describe('host controls that never harm the class, on the projector and the phone', () => {
  it('asks before ending a round or the session, marks what ended early, checks every view and dialog', async () => {
    const host = await newHostPage(env.browser, 'guard-host');
    const lena = await newPlayerPage(env.browser, 'guard-lena');
    env.pages.push(host, lena);
    const found: string[] = [];
    const bots: Bot[] = [];

    await host.setViewportSize({ width: 1920, height: 1080 });
    await signInTrainer(host, env.server.baseUrl);
    const code = await openHost(host, env.server.baseUrl);

    // M1: the playlist dialog at every size (before: 1.07:1 on white).
    await host.getByRole('button', { name: 'Spielplan ändern', exact: true }).click();
    await expect.poll(() => dialog(host).isVisible()).toBe(true);
    await checkProjector(host, 'playlist-dialog', found);
    await host.getByRole('dialog').getByRole('button', { name: 'Fertig', exact: true }).click();
    await setReaktionPlaylist(host, 2, 2);

    await joinAsPlayer(lena, env.server.baseUrl, code, 'Lena', 'url');
    bots.push(await joinPlayer(env.server.baseUrl, code, 'Tim'));
    playReaktion(bots[0] as Bot, () => 260);
    await expect.poll(async () => (await snapshot(host))?.state?.playerCount).toBe(2);
    await checkProjector(host, 'lobby', found);

    // M4: the phone asks "Hörst du den Ton?" before a "Hören" round; Lena hears nothing.
    const check = lena.getByTestId('sound-check');
    await expect.poll(() => check.innerText()).toContain('Hörst du den Ton?');
    await phoneShots(lena, 'lobby-sound-check');
    await check.getByRole('button', { name: 'Testton abspielen', exact: true }).click();
    await check.getByRole('button', { name: 'Nein, nichts', exact: true }).click();
    await expect.poll(() => lena.getByTestId('sound-warning').innerText()).toContain('Dein Handy ist stumm oder zu leise');
    await phoneShots(lena, 'lobby-sound-warning');
    // ... and the projector's player list marks her phone, so the trainer can walk over.
    const lenaChip = host.locator('li.chip', { hasText: 'Lena' });
    await expect.poll(() => lenaChip.getAttribute('class')).toContain('is-silent');
    expect(await lenaChip.innerText()).toContain('hört den Ton nicht');
    expect(await host.locator('li.chip', { hasText: 'Tim' }).getAttribute('class')).not.toContain('is-silent');
    await checkProjector(host, 'lobby-silent-phone', found);

    // The removal dialog is a projector dialog too.
    await host.getByRole('button', { name: 'Tim entfernen', exact: true }).click();
    await expect.poll(() => dialog(host).innerText()).toContain('Tim aus der Sitzung entfernen?');
    await checkProjector(host, 'remove-dialog', found);
    await dialog(host).getByRole('button', { name: 'Abbrechen', exact: true }).click();

    // M3: "Beenden" with players asks, says what happens, and "Abbrechen" keeps everyone.
    await host.getByRole('button', { name: 'Beenden', exact: true }).click();
    await expect.poll(() => dialog(host).innerText()).toContain('Sitzung für alle 2 beenden?');
    expect(await dialog(host).innerText()).toContain('Es wurde noch keine Runde gespielt');
    await checkProjector(host, 'end-session-dialog', found);
    await dialog(host).getByRole('button', { name: 'Abbrechen', exact: true }).click();
    expect((await snapshot(host))?.phase).toBe('lobby');

    // Countdown, held by Pause so every size can be checked (M5: the how-to on the right).
    await host.getByRole('button', { name: 'Start', exact: true }).click();
    await waitForPhase(host, 'countdown');
    await host.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(async () => (await snapshot(host))?.state?.paused).toBe(true);
    await checkProjector(host, 'countdown', found);
    await waitForScreen(lena, 'countdown');
    expect(await lena.getByTestId('sound-warning').isVisible()).toBe(true);
    await phoneShots(lena, 'countdown-sound-warning');
    await host.getByRole('button', { name: 'Fortsetzen', exact: true }).click();

    // Round 1 runs to its end; Lena (who hears nothing) taps nothing: her missed signals say why.
    await waitForPhase(host, 'play', 30_000);
    await checkProjector(host, 'play', found);
    await waitForPhase(host, 'reveal', 60_000);
    await waitForScreen(lena, 'reveal');
    await expect.poll(() => lena.getByTestId('note-sound-missed').innerText()).toMatch(new RegExp(`^${QUICK_STIMULI} Tonsignale verpasst: Dein Handy hat den Testton nicht bestätigt`));
    await phoneShots(lena, 'reveal-sound-missed');
    await checkProjector(host, 'reveal', found);
    await host.getByRole('button', { name: 'Weiter', exact: true }).click();
    await waitForPhase(host, 'scoreboard');
    await checkProjector(host, 'scoreboard', found);
    await host.getByRole('button', { name: 'Weiter', exact: true }).click();

    // M2: "Weiter" during play asks and says what happens; "Weiterspielen" keeps the round.
    await waitForPhase(host, 'play', 30_000);
    await host.getByRole('button', { name: 'Weiter', exact: true }).click();
    await expect.poll(() => dialog(host).innerText()).toContain('Runde jetzt beenden?');
    expect(await dialog(host).innerText()).toContain('zählt nicht als verpasst');
    await checkProjector(host, 'end-round-dialog', found);
    await dialog(host).getByRole('button', { name: 'Weiterspielen', exact: true }).click();
    expect((await snapshot(host))?.phase).toBe('play');
    await host.getByRole('button', { name: 'Weiter', exact: true }).click();
    await dialog(host).getByRole('button', { name: 'Ja, Runde beenden', exact: true }).click();
    await waitForPhase(host, 'reveal');
    await expect.poll(() => host.getByTestId('ended-early').innerText()).toContain('Vorzeitig beendet');
    await checkProjector(host, 'reveal-ended-early', found);
    await waitForScreen(lena, 'reveal');
    await expect.poll(() => lena.getByTestId('note-ended-early').innerText()).toContain('vorzeitig beendet');
    await phoneShots(lena, 'reveal-ended-early');

    await host.getByRole('button', { name: 'Weiter', exact: true }).click();
    await waitForPhase(host, 'scoreboard');
    await host.getByRole('button', { name: 'Weiter', exact: true }).click();
    await waitForPhase(host, 'podium');
    await settled(host); // the places' staggered entrance (up to 1.8 s)
    await checkProjector(host, 'podium', found);

    // "Spielplan nochmal", then "Beenden" before any round: no empty Siegerehrung.
    await host.getByRole('button', { name: 'Spielplan nochmal', exact: true }).click();
    await waitForPhase(host, 'lobby');
    await host.getByRole('button', { name: 'Beenden', exact: true }).click();
    await dialog(host).getByRole('button', { name: 'Ja, Sitzung beenden', exact: true }).click();
    await waitForPhase(host, 'podium');
    await expect.poll(() => host.getByTestId('session-ended').innerText()).toContain('keine Runde zu Ende gespielt');
    expect(await host.locator('h1').innerText()).toBe('Sitzung beendet');
    expect(await host.locator('.podium-col').count()).toBe(0);
    await checkProjector(host, 'session-ended', found);
    await waitForScreen(lena, 'podium');
    await expect.poll(() => lena.getByTestId('session-ended').innerText()).toContain('Es wurde keine Runde zu Ende gespielt');
    await phoneShots(lena, 'session-ended');

    const all = [...found, ...phoneFound];
    expect(all, all.join('\n')).toEqual([]);
    for (const page of [host, lena]) expect(pageErrors(page)).toEqual([]);
    for (const bot of bots) await bot.room.leave();
  }, TIMEOUT_MS);
});
