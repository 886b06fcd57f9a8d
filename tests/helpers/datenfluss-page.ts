import type { Page } from 'playwright-core';
import type { CueData } from '../../shared/games/types.ts';

// Reading Datenfluss in the browser (tests/e2e/datenfluss-*.e2e.ts): items show at their server
// time; the tests read what the page shows through the hook (games.datenfluss.items) and answer
// like a player who knows the rule.

/**
 * Waits until an item after `last` is on screen (a slow test run may have missed one) and
 * returns its number with the cues shown so far, in item order; null when play ended.
 */
export async function nextItem(page: Page, last: number, timeoutMs = 25_000): Promise<{ n: number; shown: CueData[] } | null> {
  const handle = await page.waitForFunction((after) => {
    const a = (window as any).__arcade;
    const n = Number(document.querySelector('.df-area')?.getAttribute('data-item') ?? -1);
    if (n > after) return n;
    return a?.phase !== 'play' && a?.phase !== 'countdown' ? 'ended' : false;
  }, last, { polling: 50, timeout: timeoutMs });
  const n = (await handle.jsonValue()) as number | 'ended';
  await handle.dispose();
  if (n === 'ended') return null;
  const items = (await page.evaluate(() => (window as any).__arcade.games?.datenfluss?.items ?? [])) as (CueData & { round: number; item: number })[];
  const round = items.at(-1)?.round;
  const shown: CueData[] = [];
  for (const cue of items) if (cue.round === round) shown[cue.item] = cue;
  return { n, shown };
}

/** Waits until item `n` (or a later one) is on screen; returns the cues shown so far. */
export const itemShown = async (page: Page, n: number): Promise<CueData[]> => (await nextItem(page, n - 1))?.shown ?? [];

/** The feedback line under the item ("✓ Richtig", …). */
export const feedback = (page: Page): Promise<string> => page.locator('.df-feedback').innerText();
