import type { Task } from '../../../shared/games/werkstatt/model.ts';
import type { WerkstattPublicTask } from '../../../shared/games/werkstatt/wire.ts';
import { wt } from '../../games/werkstatt/ui-texts.ts';
import { taskInput } from '../../games/werkstatt/task-input.ts';
import '../../games/werkstatt/werkstatt.css';
import { lang } from '../../i18n/index.ts';
import { h } from '../dom.ts';

// The editor's preview of one task as a phone shows it: the phone's own input (Werkstatt's
// task-input.ts) in a 360 px wide frame, options in the written order (the round shuffles
// them), nothing sent. What the phone gets is the public task: no right answers.

/** The public form of a draft task (what phones receive), options unshuffled. */
export function previewTask(task: Task): WerkstattPublicTask {
  // A trainer opens the company's photos with the session cookie (no signed round link needed).
  const photo = task.photo ? { photo: { id: task.photo, phone: `/api/task-photos/${encodeURIComponent(task.photo)}/phone` } } : {};
  const base = { kind: task.kind, prompt: task.prompt, limitS: task.limitS ?? 30, ...photo };
  if (task.kind === 'choice') return { ...base, options: task.options.map((o) => o.text), multiple: task.options.filter((o) => o.right).length > 1 };
  if (task.kind === 'number') return { ...base, unit: task.unit };
  if (task.kind === 'spot') return base;
  return { ...base, steps: [...task.steps] };
}

/** A 360 px phone frame showing task `index` of `total`. */
export function phonePreview(task: Task, index: number, total: number): HTMLElement {
  const l = lang() === 'en' ? 'en' : 'de';
  const input = taskInput(previewTask(task), l);
  return h('div', { class: 'ts-phone', role: 'group', 'aria-label': wt(l, 'taskOf', { n: index + 1, total }) },
    h('div', { class: 'ws-task' },
      h('p', { class: 'ws-count', text: wt(l, 'taskOf', { n: index + 1, total }) }),
      h('h2', { class: 'ws-prompt', text: task.prompt || '…' }),
      input.el));
}
