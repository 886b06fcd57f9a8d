import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { settled, snapshot, waitForPhase, waitForScreen } from '../helpers/arcade.ts';
import { joinPlayer, playReaktion, type Bot } from '../helpers/bots.ts';
import { newHostPage, newPlayerPage, pageErrors } from '../helpers/browser.ts';
import { joinAsPlayer, openHost, setReaktionPlaylist, signInTrainer, sleep, tapThroughReaktion } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { inViewport, minTextPx, seriousAxe, showShot, tooSmallTexts } from '../helpers/projector.ts';

// A hosted round as a game show: the projector with 60 players at 1920×1080, 1280×720 and
// 1024×768 (Start, code and QR on screen, no text under the minimum), every projector view
// screenshotted into test-results/game-show/, the phone's compact result at 390×844, and
// "Spielplan nochmal" keeping the code and the players. The subject is the views, not
// Reaktion's clock: quick rounds (3 trials, tests/helpers/quick-reaktion.ts).

// All interfaces, as users run it: the lobby shows the join QR (on loopback, a warning instead).
const env = useE2eEnv({ quickRounds: true, serverEnv: { HOST: '0.0.0.0' } });
const SIZES = [[1920, 1080], [1280, 720], [1024, 768]] as const;
const PLAYERS = 60;
const JOIN_BATCH = 10;
/** A whole round with 60 players and three screen sizes per view: minutes on a busy machine. */
const GAME_SHOW_TIMEOUT_MS = 480_000;
/** The reveal must still be up this long after it began: it waits for the host's "Weiter". */
const REVEAL_HOLD_MS = 5_000;

async function checkView(host: Page, name: string, found: string[]): Promise<void> {
  for (const [width, height] of SIZES) {
    await host.setViewportSize({ width, height });
    await settled(host);
    const small = await tooSmallTexts(host, minTextPx(width, height));
    if (small.length > 0) found.push(`${name} ${width}×${height}: ${small.slice(0, 5).join(' | ')}`);
    await showShot(host, `${name}-${width}x${height}`);
  }
  await host.setViewportSize({ width: 1920, height: 1080 });
}

describe('game show on the projector and the phones', () => {
  it('60 players in the lobby, every view readable, compact phone result, play again', async () => {
    const host = await newHostPage(env.browser, 'show-host');
    const anna = await newPlayerPage(env.browser, 'show-anna');
    env.pages.push(host, anna);
    const bots: Bot[] = [];
    const tooSmall: string[] = [];
    const axe: string[] = [];

    await host.setViewportSize({ width: 1920, height: 1080 });
    await signInTrainer(host, env.server.baseUrl);
    const code = await openHost(host, env.server.baseUrl);
    await setReaktionPlaylist(host, 1, 1);
    await joinAsPlayer(anna, env.server.baseUrl, code, 'Anna', 'url');
    for (let i = 1; i < PLAYERS; i += JOIN_BATCH) {
      const names = Array.from({ length: Math.min(JOIN_BATCH, PLAYERS - i) }, (_, k) => `Azubi ${String(i + k).padStart(2, '0')}`);
      bots.push(...(await Promise.all(names.map((n) => joinPlayer(env.server.baseUrl, code, n)))));
    }
    // A long name must not break the grid.
    const chips = host.getByRole('list', { name: 'Spieler' }).getByRole('listitem');
    await expect.poll(() => chips.count(), { timeout: 20_000 }).toBe(PLAYERS);
    await settled(host); // the chips' pop-in

    // The lobby at every size: Start, code and QR on screen without scrolling.
    for (const [width, height] of SIZES) {
      await host.setViewportSize({ width, height });
      await settled(host);
      for (const [what, locator] of [
        ['Start', host.getByRole('button', { name: 'Start', exact: true })],
        ['code', host.getByTestId('join-code')],
        ['QR', host.getByTestId('join-qr')],
        ['Spielplan ändern', host.getByRole('button', { name: 'Spielplan ändern', exact: true })],
      ] as const) {
        expect(await inViewport(locator, host), `${what} visible without scrolling at ${width}×${height}`).toBe(true);
      }
      expect(await host.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1), `no page scroll at ${width}×${height}`).toBe(true);
    }
    await checkView(host, 'lobby-60-players', tooSmall);
    axe.push(...(await seriousAxe(host, 'projector lobby')));

    // Removal is a small control that asks first; "Abbrechen" keeps the player.
    await host.getByRole('button', { name: 'Azubi 59 entfernen', exact: true }).click();
    await expect.poll(() => host.getByRole('dialog').innerText()).toContain('Azubi 59 aus der Sitzung entfernen?');
    await showShot(host, 'lobby-remove-asks-first');
    tooSmall.push(...(await tooSmallTexts(host, minTextPx(1920, 1080))).map((l) => `remove dialog: ${l}`));
    await host.getByRole('button', { name: 'Abbrechen', exact: true }).click();
    expect(await chips.count()).toBe(PLAYERS);

    for (const bot of bots) playReaktion(bot, (trial) => 220 + ((bot.welcome.playerId.charCodeAt(0) * 7 + trial * 13) % 160));
    await host.getByRole('button', { name: 'Start', exact: true }).click();
    await waitForPhase(host, 'countdown');
    await settled(host);
    await showShot(host, 'countdown-1920x1080');
    tooSmall.push(...(await tooSmallTexts(host, minTextPx(1920, 1080))).map((l) => `countdown: ${l}`));

    const tapping = tapThroughReaktion(anna, (trial) => 250 + 10 * trial);
    await waitForPhase(host, 'play');
    // The phone counts signals, as the result and the server do (a catch trial has none).
    const expected = (await snapshot(host))?.state?.expectedAnswers;
    await expect.poll(() => anna.locator('.reaktion-counter').innerText(), { timeout: 15_000 }).toMatch(new RegExp(`^Versuch \\d von ${expected}$`));
    // The play view in motion: answers coming in on the bar, then the views at every size.
    await host.waitForFunction(() => Number((document.querySelector('.done-bar') as HTMLElement | null)?.style.getPropertyValue('--done') || 0) > 0, undefined, { timeout: 30_000 });
    await checkView(host, 'play', tooSmall);
    axe.push(...(await seriousAxe(host, 'projector play')));
    await tapping;

    // Reveal: the class on the projector, the person on the phone.
    await waitForPhase(host, 'reveal', 60_000);
    const revealAt = Date.now();
    await settled(host);
    await checkView(host, 'reveal', tooSmall);
    axe.push(...(await seriousAxe(host, 'projector reveal')));
    const revealText = await host.locator('main').innerText();
    // The class's mistake line, or in a round without one the sentence beside the median —
    // never a non-mistake under the mistake heading (newcomer, session 7).
    expect(revealText).toMatch(/Häufigster Fehler: (Frühstart|Verpasst)|Kein Frühstart und kein verpasstes Signal\./);
    expect(revealText).not.toMatch(/Häufigster Fehler:\s*Kein/);
    expect(revealText).not.toContain('Deine Fehler');
    expect(await host.getByRole('button', { name: 'Weiter', exact: true }).isVisible()).toBe(true);

    await waitForScreen(anna, 'reveal');
    const result = anna.getByTestId('own-result');
    for (const part of [anna.locator('.own-score'), anna.getByTestId('own-rank'), anna.getByTestId('result-lines')]) {
      expect(await inViewport(part, anna), 'score, rank and result lines on the first phone screen').toBe(true);
    }
    expect(await anna.getByTestId('own-rank').innerText()).toMatch(/^Platz \d+ von 60$/);
    const lineHeights = await anna.getByTestId('result-lines').locator('li').evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().height / parseFloat(getComputedStyle(li).lineHeight || '20')));
    expect(lineHeights.length).toBeGreaterThan(0);
    for (const lines of lineHeights) expect(lines, 'each result line is one line').toBeLessThan(1.9);
    expect(await anna.locator('details.result-details').getAttribute('open')).toBeNull();
    expect((await result.boundingBox())?.height ?? 9999).toBeLessThan(420);
    await showShot(anna, 'phone-reveal-compact-390x844');
    await anna.getByText('Details', { exact: true }).click();
    await showShot(anna, 'phone-reveal-details-390x844');
    axe.push(...(await seriousAxe(anna, 'phone reveal')));

    // The reveal waits for the host (the checks above took most of the hold already); the scoreboard too.
    await sleep(revealAt + REVEAL_HOLD_MS - Date.now());
    expect((await snapshot(host))?.phase).toBe('reveal');
    await host.getByRole('button', { name: 'Weiter', exact: true }).click();
    await waitForPhase(host, 'scoreboard');
    await settled(host);
    await checkView(host, 'scoreboard', tooSmall);
    axe.push(...(await seriousAxe(host, 'projector scoreboard')));

    await host.getByRole('button', { name: 'Weiter', exact: true }).click();
    await waitForPhase(host, 'podium');
    await settled(host);
    await checkView(host, 'podium', tooSmall);
    axe.push(...(await seriousAxe(host, 'projector podium')));
    await waitForScreen(anna, 'podium');
    await showShot(anna, 'phone-podium-390x844');

    // Spielplan nochmal: same code, same players, the phone follows without joining again.
    const annaId = (await snapshot(anna))?.playerId;
    await host.getByRole('button', { name: 'Spielplan nochmal', exact: true }).click();
    await waitForScreen(host, 'host-lobby');
    await waitForScreen(anna, 'lobby');
    expect(((await host.getByTestId('join-code').textContent()) ?? '').replace(/\D/g, '')).toBe(code);
    await expect.poll(() => chips.count()).toBe(PLAYERS);
    expect((await snapshot(anna))?.playerId).toBe(annaId);
    const again = (await snapshot(host))?.state;
    expect(Object.values(again?.players ?? {}).every((p: any) => p.score === 0)).toBe(true);
    await showShot(host, 'lobby-after-play-again-1920x1080');

    for (const page of [host, anna]) expect(pageErrors(page)).toEqual([]);
    expect(tooSmall, 'projector text below the minimum').toEqual([]);
    expect(axe, 'serious axe findings').toEqual([]);
    await Promise.all(bots.map((b) => b.room.leave()));
  }, GAME_SHOW_TIMEOUT_MS);
});
