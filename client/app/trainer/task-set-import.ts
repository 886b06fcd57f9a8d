import { SET_LIMITS } from '../../../shared/games/werkstatt/model.ts';
import { PROBLEM_TEXTS } from '../../../shared/games/werkstatt/texts.ts';
import { IMPORT_LIMITS, IMPORT_TEXTS, type ImportProblem, type ImportProblemKey } from '../../../shared/games/werkstatt/transfer.ts';
import type { ProblemKey } from '../../../shared/games/werkstatt/validate.ts';
import { errorText, lang } from '../../i18n/index.ts';
import { ImportFailed, importTarget, importTaskSet } from '../../net/task-sets-api.ts';
import { h, uid } from '../dom.ts';
import { hook } from '../hook.ts';
import type { AreaCtx } from './area-context.ts';
import { errorCodeOf, FormAlert } from './form-kit.ts';
import { downloadLink } from './section-kit.ts';
import { ts } from './task-set-texts.ts';

// "Importieren": a set file (.zip, exported by any company) or a spreadsheet (.csv, .xlsx,
// after the template) becomes a new set. All or nothing: a refused file lists every problem
// (row, column, what is wrong) and nothing is saved. docs/TASK-SET-FORMAT.md.

/**
 * One problem as a line for the trainer: "Zeile 3, Spalte „Wert“: …", "Aufgabe 2: …", and for a
 * sheet's photo "Zeile 4: Foto „endschalter.jpg“ fehlt in der ZIP-Datei." (the row and the file,
 * no column: the file says which cell).
 */
export function problemLine(p: ImportProblem): string {
  const texts = lang() === 'en' ? 'en' : 'de';
  const raw = (IMPORT_TEXTS[texts] as Record<string, string>)[p.key as ImportProblemKey] ?? (PROBLEM_TEXTS[texts] as Record<string, string>)[p.key as ProblemKey] ?? p.key;
  const text = p.file && raw.includes('{file}') ? raw.replace('{file}', p.file) : raw;
  if (p.row !== null && p.file) return ts('atRow', { row: p.row, text: text === raw ? ts('photoFile', { file: p.file, text }) : text });
  if (p.row !== null && p.column) return ts('atRowColumn', { row: p.row, column: p.column, text });
  if (p.row !== null) return ts('atRow', { row: p.row, text });
  const where = p.file && text === raw ? ts('photoFile', { file: p.file, text }) : text;
  if (p.task !== undefined) return ts('problemAt', { n: p.task + 1, text: where });
  return where;
}

/** The import card; `onImported` gets the new set's id after a successful import. */
export function taskSetImport(ctx: AreaCtx, onImported: (title: string, tasks: number, warnings: readonly ImportProblem[]) => void): HTMLElement {
  const fileId = uid('ts-file');
  const titleId = uid('ts-import-title');
  const file = h('input', { id: fileId, type: 'file', accept: '.zip,.csv,.xlsx', name: 'file' });
  const title = h('input', { id: titleId, type: 'text', maxlength: SET_LIMITS.titleChars, autocomplete: 'off', name: 'import-title' });
  const alert = new FormAlert();
  const problems = h('div', { class: 'ts-import-problems', 'aria-live': 'polite' });
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', text: ts('importSubmit') });
  const chosen = () => file.files?.[0] ?? null;
  file.addEventListener('change', () => {
    const f = chosen();
    if (f && !title.value.trim()) title.value = f.name.replace(/\.[^.]+$/, '').replace(/[_]+/g, ' ').slice(0, SET_LIMITS.titleChars);
    problems.replaceChildren();
    alert.show(null);
  });

  const form = h('form', { class: 'form ts-import', novalidate: true },
    h('p', { class: 'hint', text: ts('importHint') }),
    h('p', { class: 'hint', text: ts('importPhotosHint') }),
    h('p', { class: 'button-row ts-templates' },
      downloadLink('/api/task-sets/template.xlsx', ts('templateXlsx')),
      downloadLink('/api/task-sets/template.csv', ts('templateCsv'))),
    h('div', { class: 'field' }, h('label', { for: fileId, text: ts('importFile') }), file),
    h('div', { class: 'field' }, h('label', { for: titleId, text: ts('importTitle') }), title),
    alert.el, problems, submit, status);

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    problems.replaceChildren();
    const f = chosen();
    if (!f) return alert.text(ts('importNoFile'), file);
    const target = importTarget(f.name);
    if (!target) return alert.text(IMPORT_TEXTS[lang() === 'en' ? 'en' : 'de']['file-type'], file);
    if (f.size > (target.path.endsWith('/import') ? IMPORT_LIMITS.setFileBytes : IMPORT_LIMITS.fileBytes)) return alert.show('IMPORT_TOO_LARGE', file);
    if (submit.disabled) return;
    submit.disabled = true;
    status.textContent = ts('importBusy');
    importTaskSet(f, target, title.value.trim() || f.name).then(({ set, warnings }) => {
      alert.show(null);
      form.reset();
      status.textContent = '';
      onImported(set.title, set.tasks, warnings);
    }, (err: unknown) => {
      status.textContent = '';
      if (err instanceof ImportFailed) {
        hook.lastError = 'IMPORT_INVALID';
        alert.text(errorText('IMPORT_INVALID'));
        problems.replaceChildren(h('ul', { class: 'ts-problem-list' }, ...err.problems.map((p) => h('li', { text: problemLine(p) }))));
        return;
      }
      const code = errorCodeOf(err);
      if (code === 'AUTH_REQUIRED') return ctx.authLost();
      alert.show(code, file);
    }).finally(() => { submit.disabled = false; });
  });
  return h('details', { class: 'card import-card ts-import-card' }, h('summary', { text: ts('importTitleCard') }), form);
}
