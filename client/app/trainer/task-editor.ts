import { parseDecimal, showDecimal } from '../../../shared/games/werkstatt/decimal.ts';
import { SET_LIMITS, type Task, type TaskKind } from '../../../shared/games/werkstatt/model.ts';
import { lang } from '../../i18n/index.ts';
import { button, h, uid } from '../dom.ts';
import { ts } from './task-set-texts.ts';
import { photoField } from './photo-field.ts';
import { pt } from './photo-texts.ts';

// One task in the editor, by kind. Typing changes the draft in place; adding or removing an
// option or step asks the editor to draw again (`redraw`).

/** An empty task of a kind, as the editor starts it. */
export function emptyTask(kind: TaskKind): Task {
  const base = { prompt: '', explain: '', limitS: null, tags: [] };
  if (kind === 'choice') return { kind, ...base, options: [{ text: '', right: true }, { text: '', right: false }] };
  if (kind === 'number') return { kind, ...base, value: Number.NaN, tolerance: 0, unit: '' };
  // No region until the trainer draws one: the check asks for it.
  if (kind === 'spot') return { kind, ...base, photo: '', region: { shape: 'rect', x: 0, y: 0, w: 0, h: 0 } };
  return { kind, ...base, steps: ['', '', ''] };
}

function field(label: string, input: HTMLInputElement | HTMLTextAreaElement, hint?: string): HTMLElement {
  const id = uid('ts');
  input.id = id;
  return h('div', { class: 'field' }, h('label', { for: id, text: label }), input, hint ? h('p', { class: 'hint', text: hint }) : null);
}

function text(value: string, max: number, onInput: (v: string) => void, attrs: Record<string, string | number> = {}): HTMLInputElement {
  const input = h('input', { type: 'text', maxlength: max, autocomplete: 'off', ...attrs });
  input.value = value;
  input.addEventListener('input', () => onInput(input.value));
  return input;
}

/** The form of task `index`; `actions` move or remove it. */
export function taskEditor(task: Task, index: number, redraw: () => void, actions: HTMLElement): HTMLElement {
  const prompt = h('textarea', { rows: 2, maxlength: SET_LIMITS.promptChars });
  prompt.value = task.prompt;
  prompt.addEventListener('input', () => { task.prompt = prompt.value; });
  const explain = h('textarea', { rows: 2, maxlength: SET_LIMITS.explainChars });
  explain.value = task.explain;
  explain.addEventListener('input', () => { task.explain = explain.value; });
  const limit = text(task.limitS === null ? '' : String(task.limitS), 3, (v) => { task.limitS = v.trim() === '' ? null : Number(v); }, { inputmode: 'numeric' });
  const tags = text(task.tags.join(', '), 200, (v) => { task.tags = v.split(',').map((x) => x.trim()).filter(Boolean); });
  const kindName = task.kind === 'spot' ? pt('kindSpot') : ts(task.kind === 'choice' ? 'kindChoice' : task.kind === 'number' ? 'kindNumber' : 'kindOrder');
  return h('li', { class: 'item ts-task', 'data-task': index },
    h('h3', { class: 'item-title', text: `${ts('taskN', { n: index + 1 })} · ${kindName}` }),
    field(ts('prompt'), prompt),
    photoField(task, index, redraw),
    task.kind === 'spot' ? null : kindFields(task, redraw),
    field(ts('explain'), explain),
    h('div', { class: 'ts-row' }, field(ts('limit'), limit), field(ts('tags'), tags)),
    actions);
}

function kindFields(task: Task, redraw: () => void): HTMLElement {
  if (task.kind === 'number') {
    const value = text(Number.isFinite(task.value) ? showDecimal(task.value, lang()) : '', 24, (v) => { task.value = parseDecimal(v) ?? Number.NaN; }, { inputmode: 'decimal' });
    const tol = text(showDecimal(task.tolerance, lang()), 24, (v) => { task.tolerance = parseDecimal(v) ?? Number.NaN; }, { inputmode: 'decimal' });
    const unit = text(task.unit, SET_LIMITS.unitChars, (v) => { task.unit = v; });
    return h('div', { class: 'ts-row' }, field(ts('value'), value, ts('numberHint')), field(ts('tolerance'), tol), field(ts('unit'), unit));
  }
  if (task.kind === 'spot') return h('div');
  if (task.kind === 'choice') {
    const rows = task.options.map((o, i) => {
      const box = h('input', { type: 'checkbox', 'aria-label': `${ts('option', { n: i + 1 })}: ${ts('right')}` });
      box.checked = o.right;
      box.addEventListener('change', () => { o.right = box.checked; });
      const remove = button('✕', () => { task.options.splice(i, 1); redraw(); }, { class: 'btn btn-secondary btn-small', 'aria-label': ts('removeOption', { n: i + 1 }), disabled: task.options.length <= SET_LIMITS.options.min });
      return h('div', { class: 'ts-option' }, field(ts('option', { n: i + 1 }), text(o.text, SET_LIMITS.optionChars, (v) => { o.text = v; })), h('label', { class: 'ts-right' }, box, ts('right')), remove);
    });
    const add = button(ts('addOption'), () => { task.options.push({ text: '', right: false }); redraw(); }, { class: 'btn btn-secondary btn-small', disabled: task.options.length >= SET_LIMITS.options.max });
    return h('div', { class: 'ts-list' }, ...rows, add);
  }
  const rows = task.steps.map((s, i) => {
    const remove = button('✕', () => { task.steps.splice(i, 1); redraw(); }, { class: 'btn btn-secondary btn-small', 'aria-label': ts('removeStep', { n: i + 1 }), disabled: task.steps.length <= SET_LIMITS.steps.min });
    return h('div', { class: 'ts-option' }, field(ts('step', { n: i + 1 }), text(s, SET_LIMITS.optionChars, (v) => { task.steps[i] = v; })), remove);
  });
  const add = button(ts('addStep'), () => { task.steps.push(''); redraw(); }, { class: 'btn btn-secondary btn-small', disabled: task.steps.length >= SET_LIMITS.steps.max });
  return h('div', { class: 'ts-list' }, h('p', { class: 'hint', text: ts('stepsHint') }), ...rows, add);
}
