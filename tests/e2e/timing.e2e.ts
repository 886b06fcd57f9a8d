import { describe, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { nextOnset, pageNow, snapshot, waitForPhase, type ReaktionAck } from '../helpers/arcade.ts';
import { newHostPage } from '../helpers/browser.ts';
import { sleep, startSolo } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';

// Reaction times must be measured honestly: stimulus = the frame that showed it, response =
// the key event's timestamp. We inject Space presses with exact timestamps through Chrome
// DevTools, so the true reaction time is known, and compare it with what the client sent.

const MAX_ERROR_MS = 5;

const env = useE2eEnv();

/** Space keyDown stamped at `atMs` (ms since the epoch), then keyUp. */
async function pressSpaceAt(cdp: CDPSession, atMs: number): Promise<void> {
  const key = { key: ' ', code: 'Space', windowsVirtualKeyCode: 32, nativeVirtualKeyCode: 32 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, text: ' ', unmodifiedText: ' ', timestamp: atMs / 1000 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
}

const median = (xs: number[]) => {
  const s = xs.toSorted((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

describe('Reaktion timing', () => {
  it('measures injected key presses within 5 ms of the truth', async () => {
    // A keyboard player: solo practice on a desktop-sized window.
    const page = await newHostPage(env.browser, 'solo-keyboard');
    env.pages.push(page);
    await startSolo(page, env.server.baseUrl, 'reaktion', 1);
    await waitForPhase(page, 'play', 30_000);

    const cdp = await page.context().newCDPSession(page);
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    expect((await snapshot(page))?.timeOrigin).toBe(timeOrigin);
    const round = (await snapshot(page))?.state?.roundIndex as number;

    const truths = new Map<number, number>();
    let k = 0;
    for (;;) {
      const t = await nextOnset(page, round, new Set(truths.keys()), 30_000);
      if (!t) break;
      expect((await snapshot(page))?.renderType, 'Phaser must render with WebGL').toBe(2);
      const onset = t.onsetMs as number;
      // Spread the chosen times over 180..400 ms; if we noticed the onset late, press later.
      let rt = 180 + ((k++ * 97) % 221);
      const now = await pageNow(page);
      if (onset + rt < now + 10) rt = Math.ceil(now + 10 - onset);
      await sleep(onset + rt - now + 2); // the stamped moment must lie in the past
      const atMs = timeOrigin + onset + rt;
      await pressSpaceAt(cdp, atMs);
      truths.set(t.trial, atMs - timeOrigin - onset);
    }
    await waitForPhase(page, ['reveal', 'scoreboard', 'podium'], 15_000);

    const s = await snapshot(page);
    expect(truths.size, 'one press per stimulus (catch trials have none)').toBe(s?.state?.expectedAnswers);
    const rows: string[] = [];
    const errors: number[] = [];
    const outcomes: (string | null | undefined)[] = [];
    for (const [trial, truth] of truths) {
      const rec = s?.reaktion.trials.find((x) => x.round === round && x.trial === trial);
      const ack = s?.reaktion.acks.find((a: ReaktionAck) => a.round === round && a.trial === trial);
      const err = (rec?.rtMs ?? Number.NaN) - truth;
      errors.push(err);
      outcomes.push(ack?.outcome);
      rows.push(`trial ${trial}: truth ${truth.toFixed(2)} ms, sent ${rec?.rtMs?.toFixed(2)} ms, error ${err.toFixed(2)} ms, ack ${ack?.outcome}`);
    }
    const abs = errors.map(Math.abs);
    console.log(`${rows.join('\n')}\nerror median ${median(errors).toFixed(2)} ms, max |error| ${Math.max(...abs).toFixed(2)} ms`);
    for (const [i, e] of abs.entries()) expect(e, rows[i]).toBeLessThanOrEqual(MAX_ERROR_MS);
    for (const [i, o] of outcomes.entries()) expect(o, `server ack: ${rows[i]}`).toBe('hit');
  });
});
