import { toBits } from '../../../shared/games/datenfluss/bits.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import { formatNumber } from '../../../shared/text/format.ts';
import { button, h } from '../../kit/dom.ts';
import { bitCells, listOf, lockButtons, optionButtons, toggleButton, type ItemView, type MakeItemView } from './item-kit.ts';
import { dt } from './ui-texts.ts';

// Level 1 "Bits & Bytes": set eight bit toggles for a raw value, or pick the value, hex
// code, temperature, step size or overflow result of a byte among options.

const WEIGHTS = [128, 64, 32, 16, 8, 4, 2, 1];

/** An option as shown: numbers in the language's format, with their unit. */
function optionLabel(task: unknown, raw: string, lang: Lang): string {
  if (task === 'temp') return dt(lang, 'unitC', { v: formatNumber(Number(raw), lang, 1) });
  if (task === 'step') return dt(lang, 'unitK', { v: formatNumber(Number(raw), lang, 2) });
  if (task === 'hex') return `${raw}₁₆`;
  return raw;
}

/** Eight toggles, most significant bit first; keys 0/1 set the focused bit, ←/→ move, Enter sends. */
function setView(value: number, ctx: Parameters<MakeItemView>[1]): ItemView {
  const lang = ctx.lang();
  const bits = WEIGHTS.map(() => false);
  let focus = 0;
  const toggles = WEIGHTS.map((w, i) => {
    const digit = h('span', { class: 'df-bit-digit', text: '0' });
    const b = toggleButton(h('span', { class: 'df-bit' }, digit, h('span', { class: 'df-bit-label', text: String(w) })), (on) => {
      bits[i] = on;
      digit.textContent = on ? '1' : '0';
      focus = i;
    }, { 'aria-label': dt(lang, 'bitValue', { b: 7 - i, w }), 'data-bit': String(7 - i) });
    return b;
  });
  const send = button(dt(lang, 'send'), () => {
    if (send.disabled) return;
    ctx.submit({ value: bits.reduce((v, on, i) => v | (on ? WEIGHTS[i] as number : 0), 0) });
  }, { class: 'btn btn-primary df-send' });
  const setBit = (on: boolean) => {
    const t = toggles[focus] as HTMLButtonElement;
    if (bits[focus] !== on) t.click();
    focus = Math.min(7, focus + 1);
    (toggles[focus] as HTMLButtonElement).focus();
  };
  const move = (d: number) => {
    focus = Math.max(0, Math.min(7, focus + d));
    (toggles[focus] as HTMLButtonElement).focus();
  };
  const el = h('div', { class: 'df-item df-set' },
    h('p', { class: 'df-prompt', text: dt(lang, 'setPrompt', { v: value }) }),
    h('div', { class: 'df-bits df-toggles' }, ...toggles), send);
  return {
    el,
    keys: { 0: () => setBit(false), 1: () => setBit(true), ArrowLeft: () => move(-1), ArrowRight: () => move(1), Enter: () => send.click() },
    keysHint: '0/1, ←/→, Enter',
    lock: () => lockButtons(el),
    describe: (expected) => toBits(Number(expected)),
  };
}

/** Builds the view of one level-1 item from its cue data. */
export const bitsView: MakeItemView = (show, ctx) => {
  if (show.task === 'set') return setView(Number(show.value), ctx);
  const lang = ctx.lang();
  const opts = listOf(show.options);
  const labels = opts.map((o) => optionLabel(show.task, o, lang));
  const prompt = show.task === 'read' ? dt(lang, 'readPrompt')
    : show.task === 'hex' ? dt(lang, 'hexPrompt')
      : show.task === 'temp' ? dt(lang, 'tempPrompt', { raw: Number(show.raw) })
        : show.task === 'step' ? dt(lang, 'stepPrompt', { span: Number(show.span) })
          : dt(lang, 'overflowPrompt', { v: Number(show.value), add: Number(show.add) });
  const { el: row, keys } = optionButtons(labels, (value) => ctx.submit({ value }));
  const el = h('div', { class: 'df-item df-choice' },
    h('p', { class: 'df-prompt', text: prompt }),
    typeof show.bits === 'string' ? bitCells(show.bits, WEIGHTS.map(String)) : null,
    row);
  return {
    el,
    keys,
    keysHint: `1–${opts.length}`,
    lock: () => lockButtons(el),
    describe: (expected) => labels[Number(expected)] ?? '',
  };
};
