import { errorText, t } from '../../i18n/index.ts';
import { accountsApi } from '../../net/accounts-api.ts';
import { h } from '../dom.ts';
import type { AreaCtx } from './area-context.ts';
import { parseClassList } from './class-list.ts';
import { errorCodeOf, FormAlert, runAction } from './form-kit.ts';

// m19: a class of 20 is pasted as a list (one apprentice a line: "Name; Beruf; Jahr", copied
// from a spreadsheet with tabs works too) instead of being typed one by one. Each line is
// created with the same API and checks as the single form; lines that fail are kept in the
// box with their reason, so they can be fixed and sent again.

export function apprenticeImport(ctx: AreaCtx, onDone: () => void): HTMLElement {
  const id = 'apprentice-import-text';
  const area = h('textarea', { id, rows: 6, class: 'import-text', 'aria-describedby': `${id}-hint`, spellcheck: 'false' });
  const alert = new FormAlert();
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', text: t('import.submit') });
  const form = h('form', { class: 'form', novalidate: true },
    h('label', { for: id, text: t('import.label') }), area,
    h('p', { id: `${id}-hint`, class: 'hint', text: t('import.hint') }), alert.el, submit, status);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const { rows, unreadable } = parseClassList(area.value);
    if (rows.length === 0) return alert.text(t('import.empty'), area);
    const lines = area.value.split(/\r?\n/);
    const failed: string[] = unreadable.map((n) => lines[n - 1] ?? '');
    const reasons: string[] = unreadable.map((n) => t('import.unreadable', { n }));
    let created = 0;
    void runAction({
      button: submit, status, alert, onAuthLost: ctx.authLost,
      work: async () => {
        for (const row of rows) {
          try {
            await accountsApi.createApprentice({ displayName: row.displayName, trade: row.trade, trainingYear: row.trainingYear });
            created += 1;
          } catch (err) {
            const code = errorCodeOf(err);
            if (code === 'AUTH_REQUIRED') throw err;
            failed.push(lines[row.line - 1] ?? '');
            reasons.push(`${t('import.lineN', { n: row.line })}: ${errorText(code)}`);
          }
        }
      },
    }).then((err) => {
      if (err) return;
      area.value = failed.join('\n');
      status.textContent = t('import.done', { n: created });
      if (reasons.length > 0) alert.text(reasons.join(' · '), area);
      if (created > 0) onDone();
    });
  });
  return h('details', { class: 'card import-card' }, h('summary', { text: t('import.title') }), form);
}
