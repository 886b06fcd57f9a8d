import { t } from '../../i18n/index.ts';
import { accountsApi, type CompanySettings } from '../../net/accounts-api.ts';
import { h } from '../dom.ts';
import type { AreaCtx } from './area-context.ts';
import { FormAlert, inputField, runAction } from './form-kit.ts';
import { downloadLink, loadInto, sectionEl } from './section-kit.ts';

// "Einstellungen" (company admins): the company's name (m19) and how long guest results are
// kept (empty keeps them), and the company's data export (JSON).

export function settingsSection(ctx: AreaCtx): HTMLElement {
  const holder = h('div');
  loadInto(holder, ctx, accountsApi.company, (company) => settingsForm(ctx, company));
  return sectionEl(t('area.settings'), holder,
    h('section', { class: 'card', 'aria-labelledby': 'company-export' },
      h('h3', { id: 'company-export', text: t('settings.exportTitle') }),
      h('p', { class: 'hint', text: t('settings.exportHint') }),
      downloadLink('/api/company/export', t('settings.export'))));
}

function settingsForm(ctx: AreaCtx, company: CompanySettings): HTMLElement {
  const name = inputField(t('settings.companyName'), { name: 'organization', autocomplete: 'organization', required: true, maxlength: 80 }, { hint: t('setup.companyHint'), value: company.name });
  const days = inputField(t('settings.retention'), { type: 'text', inputmode: 'numeric', autocomplete: 'off', maxlength: 4 }, {
    hint: t('settings.retentionHint'),
    value: company.guestRetentionDays === null ? '' : String(company.guestRetentionDays),
  });
  const alert = new FormAlert();
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', text: t('trainer.save') });
  const form = h('form', { class: 'form', novalidate: true },
    name.wrap, days.wrap, alert.el, submit, status);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const raw = days.input.value.trim();
    // Checked here only for being a whole number; the range is the server's rule.
    if (name.input.value.trim() === '') return alert.text(t('setup.companyMissing'), name.input);
    if (raw !== '' && !/^\d{1,4}$/.test(raw)) return alert.show('RETENTION_INVALID', days.input);
    void runAction({
      button: submit, status, alert, onAuthLost: ctx.authLost,
      fieldFor: (code) => (code === 'RETENTION_INVALID' ? days.input : code === 'NAME_INVALID' ? name.input : null),
      work: async () => {
        await accountsApi.saveCompanySettings({ name: name.input.value.trim(), guestRetentionDays: raw === '' ? null : Number(raw) });
      },
    }).then((err) => {
      if (!err) status.textContent = raw === '' ? t('settings.savedKeep') : t('settings.saved', { n: Number(raw) });
    });
  });
  return form;
}
