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

/** axe's colour-contrast rule alone (issue 19: every projector view and dialog), as short lines. */
export async function contrastFindings(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${where}: ${n.target.join(' ')} ${n.any[0]?.message ?? ''}`.slice(0, 240)));
}

/**
 * Text and controls that the projector's control bar covers, or that sit below its top edge
 * (pushed under it and cut off, like the countdown's how-to was, M5). An open modal dialog
 * must stay clear of the bar too. Content inside a scrolling box counts only where the box
 * shows it. Returns "tag.class "text"" lines; empty is good.
 */
export function controlBarOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bar = document.querySelector('.show-controls');
    if (!bar) return ['no control bar on this view'];
    const barBox = bar.getBoundingClientRect();
    const dialog = document.querySelector('dialog[open]');
    const root = dialog ?? document.querySelector('.screen-host');
    if (!root) return ['no host screen'];
    const bad: string[] = [];
    const leaves = root.querySelectorAll('h1, h2, h3, p, li, label, legend, button, select, input, a, summary, th, td, span, img, canvas, svg');
    for (const el of leaves) {
      if (bar.contains(el) || el.closest('.show-controls')) continue;
      if (!(el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      let box = el.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) continue;
      // Inside a box that scrolls, only what the box shows can be covered.
      for (let a = el.parentElement; a && a !== root.parentElement; a = a.parentElement) {
        const o = getComputedStyle(a).overflowY;
        if (o === 'auto' || o === 'scroll') {
          const c = a.getBoundingClientRect();
          const top = Math.max(box.top, c.top);
          const bottom = Math.min(box.bottom, c.bottom);
          box = new DOMRect(box.left, top, box.width, Math.max(0, bottom - top));
        }
      }
      if (box.height < 1) continue;
      const horizontal = box.right > barBox.left + 1 && box.left < barBox.right - 1;
      // The head (title, round line) must not cover the body either (the countdown's how-to did).
      const head = dialog ? null : document.querySelector('.screen-host .show-head');
      if (head && el.closest('.show-body') && box.top < head.getBoundingClientRect().bottom - 1) {
        bad.push(`${el.tagName.toLowerCase()}.${String((el as HTMLElement).className).split(' ')[0]} "${(el.textContent ?? '').trim().slice(0, 50)}" under the head`);
      }
      if (horizontal && box.bottom > barBox.top + 1) {
        const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
        bad.push(`${el.tagName.toLowerCase()}.${String((el as HTMLElement).className).split(' ')[0]} "${text}" bottom ${Math.round(box.bottom)} > bar ${Math.round(barBox.top)}`);
      }
    }
    return bad;
  });
}
