import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './browser.ts';

// Checks for the projector views: what must be on screen without scrolling, the smallest
// text allowed, axe's serious findings, and screenshots into a git-ignored folder.

/** Screenshots of every projector view land here (test-results/ is git-ignored). */
export const SHOW_SHOT_DIR = join(SCREENSHOT_DIR, '..', 'game-show');

/** The smallest text on the projector: 28 px at 1920×1080, scaled with the screen. */
export function minTextPx(width: number, height: number): number {
  return 28 * Math.min(width / 1920, height / 1080);
}

/** True when the element's box lies entirely inside the viewport. */
export async function inViewport(locator: Locator, page: Page): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5;
}

/** Every rendered text smaller than `minPx` (skips visually hidden text), as "size text" lines. */
export function tooSmallTexts(page: Page, minPx: number): Promise<string[]> {
  return page.evaluate((min) => {
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!text || !el || el.closest('noscript, option, script, style')) continue;
      if (!el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) continue;
      const box = el.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) continue; // the visually-hidden pattern (1 px, clipped)
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < min - 0.5) bad.push(`${size.toFixed(1)}px "${text.slice(0, 40)}" <${el.tagName.toLowerCase()} class="${el.className}">`);
    }
    return bad;
  }, minPx);
}

/** Serious or critical axe findings of the page, as short lines (printed in full). */
export async function seriousAxe(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  for (const v of violations) console.log(`${where}: [${v.impact}] ${v.id} ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${where}: [${v.impact}] ${v.id} (${v.nodes.length})`);
}

/** Saves the viewport as test-results/game-show/<name>.png. */
export async function showShot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOW_SHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOW_SHOT_DIR, `${name}.png`), timeout: 15_000 });
}
