import type { Page } from 'playwright-core';

// A generic layout check for any view (issue 19: the phone views at 390×844 and 360×640,
// the projector's dialogs): what a person must read or tap is
//  - not covered by another text or control (a toast over a message, a badge over the time,
//    a button under another one),
//  - not cut off: not clipped by a box with overflow hidden, not pushed out of a fixed
//    layer or an open dialog past the screen's edge, never wider than the screen (content
//    in a box that scrolls counts as reachable, and so does the page below the fold when
//    the page scrolls),
//  - a message shown as role="alert" whole in view where the page is scrolled now (and the
//    `firstScreen` elements whole on the first screen),
//  - in an open modal dialog, its last control (the way out) whole in view without scrolling,
//  - a tap target of at least `minTap` px each way (44 px, WCAG 2.5.5; links inside a
//    sentence are exempt).
// What it looks at: every visible control and every element with text of its own, inside
// the open modal dialog when there is one. Decorative parts (aria-hidden), visually hidden
// text (1 px boxes) and whatever a full-screen opaque layer covers (the moment after a
// round) are left out. Returns one line per finding; empty is good.

export interface LayoutOptions {
  /** The smallest tap target, in CSS px (0 skips the check). Default 44. */
  minTap?: number;
  /** Overlaps smaller than this many px each way are ignored (anti-aliasing, borders). Default 3. */
  slack?: number;
  /** Elements that must be whole on the first screen, without scrolling (a phone form's submit button). */
  firstScreen?: string;
}

/* eslint-disable unicorn/consistent-function-scoping -- the check runs in the page: what it uses must live inside it */
export function layoutProblems(page: Page, opts: LayoutOptions = {}): Promise<string[]> {
  return page.evaluate(({ minTap, slack, firstScreen }) => {
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    type Box = { left: number; top: number; right: number; bottom: number };
    const CONTROL = 'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [role=tab], [role=checkbox], [role=radio]';
    const modal = [...document.querySelectorAll('dialog[open]')].filter((d) => d.matches(':modal')).pop();
    const root: Element = modal ?? document.body;

    const name = (el: Element): string => {
      const cls = String((el as HTMLElement).className || '').trim().split(/\s+/)[0];
      const text = ((el as HTMLElement).innerText ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''} "${text}"`;
    };
    const isControl = (el: Element) => el.matches(CONTROL);
    const ownText = (el: Element) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    /** The box of what is painted: the text itself for a text block, the border box for a control. */
    const boxOf = (el: Element): Box | null => {
      if (isControl(el)) {
        const r = el.getBoundingClientRect(); // a DOMRect's sides are getters: copy them
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }
      const texts = ownText(el);
      if (texts.length === 0) return null;
      let b: Box | null = null;
      for (const n of texts) {
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) {
          if (r.width < 1 || r.height < 1) continue;
          b = b ? { left: Math.min(b.left, r.left), top: Math.min(b.top, r.top), right: Math.max(b.right, r.right), bottom: Math.max(b.bottom, r.bottom) } : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        }
      }
      return b;
    };

    // The candidates: visible controls and text blocks, not decorative, not visually hidden.
    const items: { el: Element; box: Box }[] = [];
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('[aria-hidden="true"], [inert], script, style, noscript, template, option, svg')) continue;
      if (!isControl(el) && ownText(el).length === 0) continue;
      if (!(el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const full = el.getBoundingClientRect();
      if (full.width < 2 || full.height < 2) continue; // the visually-hidden pattern
      const box = boxOf(el);
      if (box) items.push({ el, box });
    }

    // Full-screen opaque layers (a round's moment, an overlay): what they cover is not seen.
    const opaque = (el: Element) => {
      const cs = getComputedStyle(el);
      const alpha = /rgba?\(([^)]+)\)/.exec(cs.backgroundColor)?.[1]?.split(/[\s,/]+/).filter(Boolean)[3];
      return cs.backgroundImage !== 'none' || (cs.backgroundColor !== 'transparent' && (alpha === undefined || Number(alpha) >= 0.9));
    };
    const layers = [...root.querySelectorAll('*')].filter((el) => {
      const cs = getComputedStyle(el);
      if (cs.position !== 'fixed' && cs.position !== 'absolute') return false;
      const r = el.getBoundingClientRect();
      const w = Math.min(r.right, vw) - Math.max(r.left, 0);
      const h = Math.min(r.bottom, vh) - Math.max(r.top, 0);
      return w > 0 && h > 0 && w * h >= 0.8 * vw * vh && opaque(el) && (el as HTMLElement).checkVisibility?.({ checkOpacity: true });
    });
    const hidden = (el: Element, box: Box): boolean => {
      // Hit-test the element itself, also when it takes no taps (a toast with pointer-events: none).
      const style = (el as HTMLElement).style;
      const before = style.getPropertyValue('pointer-events');
      const priority = style.getPropertyPriority('pointer-events');
      style.setProperty('pointer-events', 'auto', 'important');
      const stack = document.elementsFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2);
      style.setProperty('pointer-events', before, priority);
      const own = stack.findIndex((s) => el.contains(s));
      if (own === -1) return false; // off screen or clipped: the cut-off check speaks for it
      return layers.some((l) => {
        if (l.contains(el)) return false;
        const i = stack.findIndex((s) => l.contains(s));
        return i !== -1 && i < own;
      });
    };
    const seen = items.filter((it) => !hidden(it.el, it.box));

    const bad: string[] = [];
    // What scrolls under a sticky bar (a dialog's button row) is reachable by scrolling.
    const sticky = (el: Element): Element | null => {
      for (let a: Element | null = el; a && a !== root; a = a.parentElement) if (getComputedStyle(a).position === 'sticky') return a;
      return null;
    };
    // 1. Overlaps between two items of which neither holds the other.
    for (let i = 0; i < seen.length; i += 1) {
      for (let j = i + 1; j < seen.length; j += 1) {
        const a = seen[i]!;
        const b = seen[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        if (sticky(a.el) !== sticky(b.el)) continue;
        const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (w > slack && h > slack) bad.push(`overlap: ${name(a.el)} and ${name(b.el)} (${Math.round(w)}×${Math.round(h)} px)`);
      }
    }

    // 2. Cut off: clipped by an ancestor, or out of the screen where nothing scrolls to it.
    const clips = (v: string) => v === 'hidden' || v === 'clip';
    const scrolls = (v: string) => v === 'auto' || v === 'scroll';
    for (const { el, box } of seen) {
      if (getComputedStyle(el).textOverflow === 'ellipsis') continue; // shortened on purpose
      let r = { ...box };
      let cut = '';
      let fixed = getComputedStyle(el).position === 'fixed';
      const start = isControl(el) ? el.parentElement : el; // a text can be clipped by its own box
      for (let a = start; a && !fixed && a !== document.body && a !== document.documentElement; a = a.parentElement) {
        const cs = getComputedStyle(a);
        const c = a.getBoundingClientRect();
        const inner = { left: c.left + a.clientLeft, top: c.top + a.clientTop, right: c.left + a.clientLeft + a.clientWidth, bottom: c.top + a.clientTop + a.clientHeight };
        for (const [axis, lo, hi] of [['x', 'left', 'right'], ['y', 'top', 'bottom']] as const) {
          const o = axis === 'x' ? cs.overflowX : cs.overflowY;
          if (clips(o) && (r[lo] < inner[lo] - slack || r[hi] > inner[hi] + slack)) cut ||= `clipped by ${name(a).split(' ')[0]}`;
          if (scrolls(o)) {
            // Reachable by scrolling that box: from here on, what counts is where the box is.
            const from = Math.max(r[lo], inner[lo]);
            const to = Math.min(r[hi], inner[hi]);
            if (to > from) { r[lo] = from; r[hi] = to; } else { r[lo] = inner[lo]; r[hi] = Math.min(inner[hi], inner[lo] + (box[hi] - box[lo])); }
          }
        }
        if (cs.position === 'fixed' || a.matches('dialog:modal')) fixed = true;
      }
      const htmlStyle = getComputedStyle(document.documentElement);
      const bodyStyle = getComputedStyle(document.body);
      const pageScrolls = !fixed && !clips(htmlStyle.overflowY) && !clips(bodyStyle.overflowY);
      if (!cut && (r.left < -slack || r.right > vw + slack)) cut = `out of the screen sideways (${Math.round(r.left)}..${Math.round(r.right)} of ${vw})`;
      if (!cut && !pageScrolls && (r.top < -slack || r.bottom > vh + slack)) cut = `out of the screen (${Math.round(r.top)}..${Math.round(r.bottom)} of ${vh})`;
      if (!cut && pageScrolls && r.top + window.scrollY < -slack) cut = 'above the top of the page';
      if (cut) bad.push(`cut off: ${name(el)} ${cut}`);
    }

    // 3. A dialog's way out (its last control: "Fertig", "Abbrechen") is whole in view when it opens, not scrolled away or half cut.
    if (modal) {
      const last = seen.findLast((it) => isControl(it.el));
      const d = modal.getBoundingClientRect();
      if (last && (last.box.bottom > Math.min(d.bottom, vh) + slack || last.box.top < Math.max(d.top, 0) - slack)) {
        bad.push(`dialog's last control not in view: ${name(last.el)} ${Math.round(last.box.top)}..${Math.round(last.box.bottom)}, dialog ${Math.round(d.top)}..${Math.round(d.bottom)}`);
      }
    }

    // 4. An alert must be seen where it appears; the first-screen elements without scrolling.
    for (const { el, box } of seen) {
      if (el.closest('[role=alert]') && (box.top < -slack || box.bottom > vh + slack)) bad.push(`alert out of view: ${name(el)} ${Math.round(box.top)}..${Math.round(box.bottom)} of ${vh}`);
    }
    if (firstScreen) {
      for (const el of root.querySelectorAll(firstScreen)) {
        if (!(el as HTMLElement).checkVisibility?.({ checkVisibilityCSS: true })) continue;
        const r = el.getBoundingClientRect();
        const top = r.top + window.scrollY;
        if (top < -slack || top + r.height > vh + slack) bad.push(`not on the first screen: ${name(el)} ${Math.round(top)}..${Math.round(top + r.height)} of ${vh}`);
      }
    }

    // 5. Tap targets (a link inside a sentence is exempt; a small box inside its label counts as the label).
    if (minTap > 0) {
      for (const { el } of seen) {
        if (!isControl(el)) continue;
        if (el.matches('a') && getComputedStyle(el).display === 'inline' && el.parentElement?.closest('p, li')) continue;
        const target = el.closest('label') ?? el;
        const r = target.getBoundingClientRect();
        if (r.width < minTap - 0.5 || r.height < minTap - 0.5) bad.push(`small target: ${name(el)} ${Math.round(r.width)}×${Math.round(r.height)} px`);
      }
    }
    return bad;
  }, { minTap: opts.minTap ?? 44, slack: opts.slack ?? 3, firstScreen: opts.firstScreen ?? '' });
}
/* eslint-enable unicorn/consistent-function-scoping */
