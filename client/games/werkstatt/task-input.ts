import type { WerkstattAnswer, WerkstattPublicTask } from '../../../shared/games/werkstatt/wire.ts';
import { parseDecimal } from '../../../shared/games/werkstatt/decimal.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import { button, h, replace, uid } from '../../kit/dom.ts';
import { spotInput } from './spot-input.ts';
import { wt } from './ui-texts.ts';

// The input of one task by kind: choice (radio or checkboxes), number (typed, comma or
// point), order (steps moved with ↑/↓), spot (a tap on the photo, spot-input.ts). `read()` gives the answer field, or null when incomplete.

export interface TaskInput {
  el: HTMLElement;
  read(): Omit<WerkstattAnswer, 'task'> | null;
}

export function taskInput(task: WerkstattPublicTask, lang: Lang): TaskInput {
  if (task.kind === 'spot') return spotInput(task, lang);
  if (task.kind === 'choice') return choiceInput(task, lang);
  if (task.kind === 'number') return numberInput(task, lang);
  return orderInput(task, lang);
}

function choiceInput(task: WerkstattPublicTask, lang: Lang): TaskInput {
  const name = uid('ws-choice');
  const inputs = (task.options ?? []).map((text, i) => {
    const input = h('input', { type: task.multiple ? 'checkbox' : 'radio', name, value: i, id: `${name}-${i}` });
    return { input, row: h('label', { class: 'ws-option', for: `${name}-${i}` }, input, h('span', { text })) };
  });
  const el = h('fieldset', { class: 'ws-choice' }, h('legend', { text: wt(lang, task.multiple ? 'pickSome' : 'pickOne') }), ...inputs.map((x) => x.row));
  return {
    el,
    read: () => {
      const pick = inputs.flatMap((x, i) => (x.input.checked ? [i] : []));
      return pick.length === 0 && !task.multiple ? null : { pick };
    },
  };
}

function numberInput(task: WerkstattPublicTask, lang: Lang): TaskInput {
  const id = uid('ws-number');
  const input = h('input', { id, type: 'text', inputmode: 'decimal', autocomplete: 'off', class: 'ws-number-input', 'aria-describedby': `${id}-hint` });
  const el = h('div', { class: 'ws-number' },
    h('label', { for: id, text: wt(lang, 'numberLabel') }),
    h('div', { class: 'ws-number-row' }, input, task.unit ? h('span', { class: 'ws-unit', text: task.unit }) : null),
    h('p', { id: `${id}-hint`, class: 'ws-hint', text: wt(lang, 'numberHint') }));
  return { el, read: () => (parseDecimal(input.value) === null ? null : { value: input.value.trim() }) };
}

function orderInput(task: WerkstattPublicTask, lang: Lang): TaskInput {
  const steps = task.steps ?? [];
  const order = steps.map((_s, i) => i);
  const list = h('ol', { class: 'ws-steps' });
  const move = (at: number, by: number) => {
    const to = at + by;
    if (to < 0 || to >= order.length) return;
    [order[at], order[to]] = [order[to] as number, order[at] as number];
    draw(to, by);
  };
  const draw = (focusAt = -1, by = 0) => {
    replace(list, ...order.map((k, at) => {
      const step = steps[k] ?? '';
      const up = button('↑', () => move(at, -1), { 'aria-label': wt(lang, 'up', { step }), disabled: at === 0, class: 'btn ws-move' });
      const down = button('↓', () => move(at, 1), { 'aria-label': wt(lang, 'down', { step }), disabled: at === order.length - 1, class: 'btn ws-move' });
      return h('li', { class: 'ws-step' }, h('span', { class: 'ws-step-text', text: step }), up, down);
    }));
    if (focusAt >= 0) (list.children[focusAt]?.querySelectorAll('button')[by < 0 ? 0 : 1] as HTMLButtonElement | undefined)?.focus();
  };
  draw();
  return { el: h('div', { class: 'ws-order' }, h('p', { class: 'ws-hint', text: wt(lang, 'orderHint') }), list), read: () => ({ order: [...order] }) };
}
