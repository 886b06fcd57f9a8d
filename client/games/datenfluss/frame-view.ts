import { h } from '../../kit/dom.ts';
import { bitCells, lockButtons, type MakeItemView } from './item-kit.ts';
import { dt } from './ui-texts.ts';

// Level 2 "Telegramm prüfen": an 11-bit UART frame, each bit a digit with its role under
// it (start, D0..D7 least significant first, parity, stop). Accept (A) or reject (R).

/** Builds the view of one level-2 frame from its cue data. */
export const frameView: MakeItemView = (show, ctx) => {
  const lang = ctx.lang();
  const bits = String(show.bits);
  const labels = [dt(lang, 'startBit'), 'D0', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', dt(lang, 'parityBit'), dt(lang, 'stopBit')];
  const choose = (accept: boolean) => () => {
    if (acceptBtn.disabled) return;
    (accept ? acceptBtn : rejectBtn).setAttribute('aria-pressed', 'true');
    ctx.submit({ accept });
  };
  // Shape and word, never colour alone: a check mark to accept, a cross to reject.
  const acceptBtn = h('button', { type: 'button', class: 'btn df-option df-accept', 'data-key': 'A' },
    h('span', { class: 'df-key', 'aria-hidden': 'true', text: 'A' }), h('span', { text: `✓ ${dt(lang, 'accept')}` }));
  const rejectBtn = h('button', { type: 'button', class: 'btn df-option df-reject', 'data-key': 'R' },
    h('span', { class: 'df-key', 'aria-hidden': 'true', text: 'R' }), h('span', { text: `✗ ${dt(lang, 'reject')}` }));
  acceptBtn.addEventListener('click', choose(true));
  rejectBtn.addEventListener('click', choose(false));
  const el = h('div', { class: 'df-item df-frame' },
    h('p', { class: 'df-prompt', text: dt(lang, 'framePrompt') }),
    bitCells(bits, labels, 'df-frame-bits'),
    h('p', { class: 'df-legend', text: dt(lang, 'frameLegend') }),
    h('div', { class: 'df-options df-two' }, acceptBtn, rejectBtn));
  return {
    el,
    keys: { a: () => acceptBtn.click(), A: () => acceptBtn.click(), r: () => rejectBtn.click(), R: () => rejectBtn.click() },
    keysHint: 'A / R',
    lock: () => lockButtons(el),
    describe: (expected) => (expected === 'accept' ? `✓ ${dt(lang, 'accept')}` : `✗ ${dt(lang, 'reject')}`),
  };
};
