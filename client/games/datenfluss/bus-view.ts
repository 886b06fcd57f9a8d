import { NODE_FUNCTIONS, type NodeFunction } from '../../../shared/games/datenfluss/can.ts';
import { button, h } from '../../kit/dom.ts';
import { listOf, lockButtons, type MakeItemView } from './item-kit.ts';
import { dt } from './ui-texts.ts';

// Level 3 "Wer darf senden?": two to four CAN nodes with their 11-bit identifiers in binary.
// Pick the winner, or tap all of them in sending order (keys 1–4, Backspace undoes).

const LETTERS = ['A', 'B', 'C', 'D'];

/** 11 bits grouped 3-4-4 for reading ("001 0010 0011"). */
const grouped = (bits: string) => `${bits.slice(0, 3)} ${bits.slice(3, 7)} ${bits.slice(7)}`;

/** Builds the view of one level-3 item from its cue data. */
export const busView: MakeItemView = (show, ctx) => {
  const lang = ctx.lang();
  const ids = listOf(show.ids);
  const funcs = listOf(show.funcs);
  const winnerOnly = show.task === 'winner';
  const order: number[] = [];
  const marks: HTMLElement[] = [];
  const cards = ids.map((bits, i) => {
    const f = funcs[i] as NodeFunction;
    const mark = h('span', { class: 'df-order-mark', 'aria-hidden': 'true' });
    marks.push(mark);
    const b = h('button', { type: 'button', class: 'btn df-node', 'data-key': String(i + 1) },
      h('span', { class: 'df-key', 'aria-hidden': 'true', text: String(i + 1) }),
      h('span', { class: 'df-node-name', text: `${dt(lang, 'node', { n: LETTERS[i] ?? '' })} · ${(NODE_FUNCTIONS as readonly string[]).includes(f) ? dt(lang, f) : ''}` }),
      h('span', { class: 'df-node-id', text: grouped(bits) }), mark);
    b.addEventListener('click', () => {
      if (b.disabled || order.includes(i)) return;
      order.push(i);
      b.setAttribute('aria-pressed', 'true');
      mark.textContent = winnerOnly ? '★' : String(order.length);
      if (order.length === (winnerOnly ? 1 : ids.length)) ctx.submit({ order: [...order] });
    });
    return b;
  });
  const undo = button(dt(lang, 'undo'), () => {
    const last = order.pop();
    if (last === undefined) return;
    cards[last]?.removeAttribute('aria-pressed');
    if (marks[last]) marks[last].textContent = '';
  }, { class: 'btn df-undo' });
  const el = h('div', { class: 'df-item df-bus' },
    h('p', { class: 'df-prompt', text: dt(lang, winnerOnly ? 'winnerPrompt' : 'orderPrompt') }),
    h('div', { class: 'df-nodes' }, ...cards),
    winnerOnly ? null : undo);
  const keys: Record<string, () => void> = { Backspace: () => undo.click() };
  cards.forEach((c, i) => (keys[String(i + 1)] = () => c.click()));
  return {
    el,
    keys,
    keysHint: winnerOnly ? `1–${ids.length}` : `1–${ids.length}, ⌫`,
    lock: () => lockButtons(el),
    describe: (expected) => String(expected).split('').map((i) => LETTERS[Number(i)] ?? '?').join(' → '),
  };
};
