import { SET_LIMITS, type Task, type TaskKind, type TaskSetContent } from '../../../shared/games/werkstatt/model.ts';
import { PROBLEM_TEXTS } from '../../../shared/games/werkstatt/texts.ts';
import { checkTaskSet, type Problem } from '../../../shared/games/werkstatt/validate.ts';
import { lang } from '../../i18n/index.ts';
import { taskSetsApi, type TaskSet } from '../../net/task-sets-api.ts';
import { button, h, replace, uid } from '../dom.ts';
import { hook } from '../hook.ts';
import type { AreaCtx } from './area-context.ts';
import { FormAlert, runAction } from './form-kit.ts';
import { emptyTask, taskEditor } from './task-editor.ts';
import { phonePreview } from './task-preview.ts';
import { pt } from './photo-texts.ts';
import { previewHintText, ts } from './task-set-texts.ts';

// Create or edit a task set: title, tasks of three kinds, a preview of each task as the phone
// shows it, a check before saving (the same check the server runs:
// shared/games/werkstatt/validate.ts) and saving as a new version with a visible confirmation.

/** The start of a task's text, so a problem line says which task it means ("" when empty). */
const promptHint = (task: Task | undefined): string => {
  const text = task?.prompt.trim() ?? '';
  const [open, close] = lang() === 'en' ? ['"', '"'] : ['„', '“'];
  return text ? ` (${open}${text.length > 40 ? `${text.slice(0, 40)}…` : text}${close})` : '';
};

/** The confirmation of a first save, shown again after the editor reopens on the new set's address. */
let flash: string | null = null;

export function taskSetEditor(ctx: AreaCtx, existing: TaskSet | null): HTMLElement {
  const draft: TaskSetContent = existing ? structuredClone(existing.content) : { title: '', tasks: [emptyTask('choice')] };
  let base = existing;
  const titleId = uid('ts-title');
  const title = h('input', { id: titleId, type: 'text', maxlength: SET_LIMITS.titleChars, autocomplete: 'off', name: 'title' });
  title.value = draft.title;
  title.addEventListener('input', () => { draft.title = title.value; });
  const list = h('ol', { class: 'item-list ts-tasks', role: 'list' });
  const report = h('div', { class: 'ts-report', 'aria-live': 'polite' });
  const alert = new FormAlert();
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const savedNote = h('p', { class: 'good ts-saved', role: 'status' });
  if (flash) {
    savedNote.textContent = `✓ ${flash}`;
    requestAnimationFrame(() => savedNote.scrollIntoView({ block: 'nearest' }));
  }
  flash = null;
  const previewOpen = new Set<Task>();

  const move = (i: number, by: number) => {
    const [task] = draft.tasks.splice(i, 1);
    if (task) draft.tasks.splice(i + by, 0, task);
    redraw();
  };
  const redraw = () => {
    replace(list, ...draft.tasks.map((task, i) => {
      const preview = h('div', { class: 'ts-preview' });
      const showPreview = () => replace(preview, ...(previewOpen.has(task) ? [h('p', { class: 'hint', text: previewHintText(task.kind, lang() === 'en' ? 'en' : 'de') }), phonePreview(task, i, draft.tasks.length)] : []));
      showPreview();
      const toggle = button(ts('preview'), () => {
        if (!previewOpen.delete(task)) previewOpen.add(task);
        toggle.setAttribute('aria-expanded', String(previewOpen.has(task)));
        showPreview();
      }, { class: 'btn btn-secondary btn-small', 'aria-expanded': String(previewOpen.has(task)) });
      return taskEditor(task, i, redraw, h('div', {}, h('div', { class: 'button-row' },
        toggle,
        button(ts('up'), () => move(i, -1), { class: 'btn btn-secondary btn-small', disabled: i === 0 }),
        button(ts('down'), () => move(i, 1), { class: 'btn btn-secondary btn-small', disabled: i === draft.tasks.length - 1 }),
        button(ts('removeTask'), () => { draft.tasks.splice(i, 1); redraw(); }, { class: 'btn btn-secondary btn-small' })), preview));
    }));
  };
  // Typing after a save: the confirmation no longer describes what is on screen.
  const editorEl = h('div', { class: 'ts-editor' });
  editorEl.addEventListener('input', () => { savedNote.textContent = ''; });
  const add = (kind: TaskKind) => button(kind === 'spot' ? pt('addSpot') : ts(kind === 'choice' ? 'addChoice' : kind === 'number' ? 'addNumber' : 'addOrder'), () => {
    if (draft.tasks.length >= SET_LIMITS.tasks) return;
    draft.tasks.push(emptyTask(kind));
    redraw();
    (list.lastElementChild?.querySelector('textarea') as HTMLTextAreaElement | null)?.focus();
  }, { class: 'btn btn-secondary' });

  /** Runs the check and shows its result; the checked content when complete. */
  const check = (): TaskSetContent | null => {
    const result = checkTaskSet(draft);
    for (const li of list.children) li.classList.remove('has-problem');
    if (result.ok) {
      replace(report, h('p', { class: 'good', text: ts('checkOk') }));
      return result.value;
    }
    const problems: Problem[] = result.problems;
    for (const p of problems) if (p.task !== null) list.children[p.task]?.classList.add('has-problem');
    hook.lastError = 'TASK_SET_INVALID';
    replace(report, h('div', { class: 'alert alert-on', role: 'alert' },
      h('p', { text: ts('checkProblems') }),
      h('ul', {}, ...problems.map((p) => h('li', { text: p.task === null ? PROBLEM_TEXTS[lang()][p.key] : ts('problemAt', { n: `${p.task + 1}${promptHint(draft.tasks[p.task])}`, text: PROBLEM_TEXTS[lang()][p.key] }) })))));
    return null;
  };

  const save = button(ts('save'), () => {
    const content = check();
    if (!content) return;
    let saved: TaskSet | null = null;
    void runAction({
      button: save, status, alert, onAuthLost: ctx.authLost,
      work: async () => { saved = base ? await taskSetsApi.save(base.id, content, base.version) : await taskSetsApi.create(content); },
    }).then((err) => {
      if (err || !saved) return;
      const first = !base;
      base = saved;
      const note = first ? ts('created', { title: saved.title }) : ts('saved', { title: saved.title, v: saved.version });
      savedNote.textContent = `✓ ${note}`;
      // The button sits at the end of a long form: bring the confirmation into view (at 1280×720 it was below the fold).
      savedNote.scrollIntoView({ block: 'nearest' });
      if (first) {
        flash = note;
        ctx.go('task-sets', saved.id);
      }
    });
  }, { class: 'btn btn-primary' });

  redraw();
  editorEl.append(
    h('div', { class: 'field' }, h('label', { for: titleId, text: ts('setTitle') }), title),
    list,
    h('div', { class: 'button-row' }, add('choice'), add('number'), add('order'), add('spot')),
    report, alert.el,
    h('div', { class: 'button-row' }, button(ts('check'), () => void check(), { class: 'btn btn-secondary' }), save,
      button(ts('back'), () => ctx.go('task-sets', null), { class: 'btn btn-secondary' })),
    savedNote, status);
  return editorEl;
}
