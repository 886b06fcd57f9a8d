import { lang, t } from '../../i18n/index.ts';
import { exportUrl, taskSetsApi, type TaskSetSummary } from '../../net/task-sets-api.ts';
import { button, h } from '../dom.ts';
import type { AreaCtx } from './area-context.ts';
import { confirmPanel, errorCodeOf, formatDate, FormAlert } from './form-kit.ts';
import { downloadLink, loadInto, sectionEl } from './section-kit.ts';
import { taskSetEditor } from './task-set-editor.ts';
import { problemLine, taskSetImport } from './task-set-import.ts';
import { ts } from './task-set-texts.ts';

// "Aufgabensätze": the company's Werkstatt task sets with create, edit, copy and delete.
// `param` opens the editor: a set's id, or "new".

export function taskSetsSection(ctx: AreaCtx, param: string | null): HTMLElement {
  const holder = h('div');
  const done = h('div', { class: 'good ts-done', role: 'status' });
  let importer: HTMLElement | null = null;
  if (param === 'new') holder.append(taskSetEditor(ctx, null));
  else if (param) loadInto(holder, ctx, () => taskSetsApi.get(param), (set) => taskSetEditor(ctx, set));
  else {
    const reload = () => loadInto(holder, ctx, taskSetsApi.list, (sets) => setList(ctx, sets, reload));
    reload();
    importer = taskSetImport(ctx, (title, n, warnings) => {
      done.replaceChildren(ts('imported', { title, n }));
      // Hints that did not stop the import (a spot smaller than a fingertip): by row, to fix in the editor.
      if (warnings.length > 0) done.append(h('div', { class: 'warn-box ts-import-warnings' }, h('p', { text: ts('importWarnings') }), h('ul', {}, ...warnings.map((w) => h('li', { text: problemLine(w) })))));
      reload();
    });
  }
  return sectionEl(t('area.taskSets'), h('p', { class: 'hint', text: ts('intro') }),
    param ? null : button(ts('new'), () => ctx.go('task-sets', 'new'), { class: 'btn btn-primary ts-new' }),
    importer, done, holder);
}

function setList(ctx: AreaCtx, sets: TaskSetSummary[], reload: () => void): Node {
  if (sets.length === 0) return h('p', { class: 'hint', text: ts('none') });
  return h('ul', { class: 'item-list', role: 'list', 'aria-label': t('area.taskSets') }, ...sets.map((s) => setItem(ctx, s, reload)));
}

function setItem(ctx: AreaCtx, set: TaskSetSummary, reload: () => void): HTMLElement {
  const panel = h('div', { class: 'item-panel' });
  const alert = new FormAlert();
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const act = async (work: () => Promise<string | null>) => {
    try {
      const message = await work();
      reload();
      if (message) status.textContent = message;
    } catch (err) {
      const code = errorCodeOf(err);
      if (code === 'AUTH_REQUIRED') return ctx.authLost();
      alert.show(code);
    }
  };
  const remove = () => panel.replaceChildren(confirmPanel({
    question: ts('deleteQuestion', { title: set.title }),
    details: [ts('deleteDetail')],
    confirm: 'taskSets.deleteConfirm',
    onConfirm: () => void act(async () => { await taskSetsApi.remove(set.id); return null; }),
    onCancel: () => panel.replaceChildren(),
  }));
  const meta = ts('meta', { n: set.tasks, v: set.version, date: formatDate(set.updatedAt, true), who: set.updatedBy ? ts('by', { name: set.updatedBy }) : '' });
  return h('li', { class: 'item', 'data-task-set': set.id },
    h('h3', { class: 'item-title', text: set.title }),
    h('p', { class: 'hint', text: meta }),
    h('div', { class: 'button-row' },
      button(ts('edit'), () => ctx.go('task-sets', set.id), { class: 'btn btn-secondary btn-small', 'aria-label': ts('editOf', { title: set.title }) }),
      downloadLink(exportUrl(set.id), ts('export'), ts('exportOf', { title: set.title })),
      button(ts('duplicate'), () => void act(async () => ts('copied', { title: (await taskSetsApi.duplicate(set.id, lang())).title })), { class: 'btn btn-secondary btn-small', 'aria-label': ts('duplicateOf', { title: set.title }) }),
      button(ts('delete'), remove, { class: 'btn btn-danger btn-small', 'aria-label': ts('deleteOf', { title: set.title }) })),
    alert.el, status, panel);
}
