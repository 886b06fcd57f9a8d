import type { CueData } from '../../../shared/games/types.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import { h } from '../../kit/dom.ts';
import type { KeyMap } from '../../kit/input.ts';

// What every level's item view offers the scene, and the controls they share. Controls are
// DOM buttons (touch, mouse, keyboard and screen readers alike), at least 48 px high.

export interface ItemCtx {
  lang(): Lang;
  /** Sends the answer fields of this item (the scene adds the item number). */
  submit(fields: Record<string, unknown>): void;
}

export interface ItemView {
  el: HTMLElement;
  /** Keyboard equivalents while the item is open. */
  keys: KeyMap;
  /** The keys in words for the hint line ("0/1, ←/→, Enter"). */
  keysHint: string;
  /** The answer window closed or an answer went out: no more input. */
  lock(): void;
  /** The right answer of an ack's `expected` in words, for the feedback line. */
  describe(expected: unknown): string;
}

export type MakeItemView = (show: CueData, ctx: ItemCtx) => ItemView;

/** Disables every button in `el`. */
export function lockButtons(el: HTMLElement): void {
  for (const b of el.querySelectorAll('button')) b.disabled = true;
}

/** A row of digit cells ("1" "0" …) with an optional small label under each, for bits on screen. */
export function bitCells(bits: string, labels: readonly string[] = [], cls = ''): HTMLElement {
  return h('div', { class: `df-bits ${cls}`, role: 'img', 'aria-label': bits.split('').join(' ') },
    ...bits.split('').map((b, i) => h('span', { class: `df-bit ${b === '1' ? 'is-one' : 'is-zero'}` },
      h('span', { class: 'df-bit-digit', text: b }),
      labels[i] ? h('span', { class: 'df-bit-label', text: labels[i] }) : null)));
}

/**
 * Big option buttons with number keys 1..k; `pick` gets the option index. Returns the row,
 * the key map and a function that marks the chosen button.
 */
export function optionButtons(labels: readonly string[], pick: (index: number) => void): { el: HTMLElement; keys: KeyMap } {
  const buttons = labels.map((label, i) => {
    const b = h('button', { type: 'button', class: 'btn df-option', 'data-key': String(i + 1) },
      h('span', { class: 'df-key', 'aria-hidden': 'true', text: String(i + 1) }), h('span', { text: label }));
    b.addEventListener('click', () => {
      if (b.disabled) return;
      b.classList.add('is-chosen');
      b.setAttribute('aria-pressed', 'true');
      pick(i);
    });
    return b;
  });
  const keys: Record<string, () => void> = {};
  buttons.forEach((b, i) => (keys[String(i + 1)] = () => b.click()));
  return { el: h('div', { class: 'df-options' }, ...buttons), keys };
}

/** A toggle button (aria-pressed) that calls `changed` with its new state. */
export function toggleButton(content: HTMLElement | string, changed: (on: boolean) => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'btn df-toggle', 'aria-pressed': 'false', ...attrs }, content);
  b.addEventListener('click', () => {
    if (b.disabled) return;
    const on = b.getAttribute('aria-pressed') !== 'true';
    b.setAttribute('aria-pressed', String(on));
    changed(on);
  });
  return b;
}

/** Splits a '|'-joined cue field. */
export const listOf = (v: unknown): string[] => (typeof v === 'string' && v.length ? v.split('|') : []);
