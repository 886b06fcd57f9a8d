import { describe, expect, it } from 'vitest';
import { REAKTION_TEXTS } from '../../shared/games/reaktion/texts.ts';
import { snapshot, waitForPhase, waitForScreen, type ReaktionAck } from '../helpers/arcade.ts';
import { newHostPage, newPlayerPage, pageErrors, screenshot } from '../helpers/browser.ts';
import { joinAsPlayer, openHost, setReaktionPlaylist, signInTrainer, tapThroughReaktion } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { readStoredSessions } from '../helpers/stored-results.ts';

// The main journey: a trainer hosts one Reaktion round, two apprentices join on phones,
// play, see the debrief and the podium; the results survive a server restart.

const env = useE2eEnv();

describe('hosted group round', () => {
  it('runs lobby → play → reveal → podium and keeps the results after a restart', async () => {
    const host = await newHostPage(env.browser);
    const anna = await newPlayerPage(env.browser, 'player-anna');
    const ben = await newPlayerPage(env.browser, 'player-ben');
    env.pages.push(host, anna, ben);

    await signInTrainer(host, env.server.baseUrl);
    const code = await openHost(host, env.server.baseUrl);
    await setReaktionPlaylist(host, 1);
    await joinAsPlayer(anna, env.server.baseUrl, code, 'Anna', 'home');
    await joinAsPlayer(ben, env.server.baseUrl, code, 'Ben', 'url');

    // Both show up in the host's player list.
    const list = host.getByRole('list', { name: 'Spieler' });
    await expect.poll(async () => (await list.getByRole('listitem').allTextContents()).join('|'), { timeout: 15_000 }).toMatch(/Anna.*Ben|Ben.*Anna/);

    await host.getByRole('button', { name: 'Start', exact: true }).click();
    await waitForPhase(host, ['countdown', 'play']);

    // Human-like reaction times, well above the 100 ms false-start bound.
    const [annaLog, benLog] = await Promise.all([
      tapThroughReaktion(anna, (t) => 230 + 20 * t),
      tapThroughReaktion(ben, (t) => 280 + 15 * t),
    ]);
    await screenshot(host, 'group-round-host-after-play');
    expect(annaLog.sawWebGl, 'Phaser must render with WebGL (renderType 2) on the phone').toBe(true);
    expect(benLog.sawWebGl, 'Phaser must render with WebGL (renderType 2) on the phone').toBe(true);

    // Every stimulus (5 of 6 trials; 1 catch) was shown, tapped 230-370 ms after its frame,
    // and judged a hit. A "rejected" here means an honest press failed the server's ±150 ms
    // check: the page's main thread stalled (the lag printed below) or the onset came late.
    for (const [page, log, name] of [[anna, annaLog, 'Anna'], [ben, benLog, 'Ben']] as const) {
      const s = await snapshot(page);
      const acks = (s?.reaktion.acks ?? []) as ReaktionAck[];
      const outcomes = log.tapped.map((t) => `${t}:${acks.find((a) => a.trial === t)?.outcome ?? 'no ack'}`);
      console.log(`${name}: taps judged ${JSON.stringify(outcomes)}, main-thread lag per tap ${JSON.stringify(log.lagsMs)} ms`);
      expect(log.tapped.length, `${name}: every stimulus of the round was shown`).toBe(s?.state?.expectedAnswers);
      expect(outcomes, `${name}: every honest tap is a hit`).toEqual(log.tapped.map((t) => `${t}:hit`));
    }

    // Reveal: the debrief card in German on every screen, own result on the phones.
    await waitForPhase(host, 'reveal');
    const firstDebriefSentence = REAKTION_TEXTS.de.debrief[1]!.taught;
    for (const page of [host, anna, ben]) {
      await waitForScreen(page, 'reveal');
      await expect.poll(() => page.getByTestId('debrief').innerText(), { timeout: 10_000 }).toContain(firstDebriefSentence);
    }
    for (const page of [anna, ben]) await expect.poll(() => page.getByTestId('own-result').isVisible()).toBe(true);
    await screenshot(anna, 'group-round-anna-reveal');

    // Weiter until the podium (reveal → scoreboard → podium).
    for (let i = 0; i < 5 && (await snapshot(host))?.phase !== 'podium'; i++) {
      const before = (await snapshot(host))?.phase;
      await host.getByRole('button', { name: 'Weiter', exact: true }).click();
      await host.waitForFunction((p) => (window as any).__arcade?.phase !== p, before, { timeout: 15_000 });
    }
    for (const page of [host, anna, ben]) {
      await waitForScreen(page, 'podium');
      await expect.poll(() => page.getByTestId('podium').isVisible()).toBe(true);
    }
    const podiumText = await host.getByTestId('podium').innerText();
    expect(podiumText).toContain('Anna');
    expect(podiumText).toContain('Ben');
    await screenshot(host, 'group-round-host-podium');
    for (const page of [host, anna, ben]) expect(pageErrors(page)).toEqual([]);

    // Results are written before reveal; a restart must keep them.
    const final = (await snapshot(host))?.state;
    const scores = Object.values(final?.players ?? {}).map((p: any) => [p.nickname, p.score]).toSorted();
    expect(scores.map(([, score]) => score > 0), `five hits each earn points: ${JSON.stringify(scores)}`).toEqual([true, true]);
    const exit = await env.server.restart();
    expect(exit, 'SIGTERM must end the server cleanly (exit code 0, no SIGKILL needed)').toEqual({ code: 0, signal: null, forced: false });
    const health = await (await fetch(`${env.server.baseUrl}/health`)).json();
    expect(health.status).toBe('ok');
    await env.server.stop();

    const stored = await readStoredSessions(env.server.dataDir, code);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.mode).toBe('hosted');
    expect(stored[0]?.rounds.map((r) => [r.roundIndex, r.gameId, r.level])).toEqual([[0, 'reaktion', 1]]);
    const storedScores = (stored[0]?.rounds[0]?.results ?? []).map((r) => [r.nickname, r.score]).toSorted();
    expect(storedScores).toEqual(scores);
  });
});
