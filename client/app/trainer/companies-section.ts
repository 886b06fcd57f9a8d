import { t } from '../../i18n/index.ts';
import { accountsApi, type PlatformCompany } from '../../net/accounts-api.ts';
import { button, h } from '../dom.ts';
import type { AreaCtx } from './area-context.ts';
import { clearDrafts, formatDate, FormAlert, inputField, runAction } from './form-kit.ts';
import { loadInto, sectionEl } from './section-kit.ts';

// The platform admin's only page: the companies of this installation (no apprentice data),
// adding one with its first admin, disabling / enabling a company, and erasing a disabled one
// for good after its name is typed (review N9).

export function companiesSection(ctx: AreaCtx): HTMLElement {
  const holder = h('div');
  const reload = () => loadInto(holder, ctx, accountsApi.companies, (list) => companyList(ctx, list, reload));
  reload();
  return sectionEl(t('area.companies'),
    h('section', { class: 'card', 'aria-labelledby': 'company-new' }, h('h3', { id: 'company-new', text: t('companies.new') }), createForm(ctx, reload)),
    holder);
}

function createForm(ctx: AreaCtx, reload: () => void): HTMLElement {
  const company = inputField(t('setup.company'), { autocomplete: 'off', maxlength: 80 }, { draft: 'company.new.name' });
  const login = inputField(t('companies.adminLogin'), { autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false', maxlength: 64 }, { draft: 'company.new.login', hint: t('setup.loginHint') });
  const name = inputField(t('setup.displayName'), { autocomplete: 'off', maxlength: 80 }, { draft: 'company.new.displayName' });
  const password = inputField(t('trainers.initialPassword'), { type: 'password', autocomplete: 'new-password', maxlength: 200 }, { hint: t('setup.passwordHint') });
  const alert = new FormAlert();
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', text: t('companies.create') });
  const form = h('form', { class: 'form', novalidate: true }, company.wrap, login.wrap, name.wrap, password.wrap, alert.el, submit, status);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (company.input.value.trim() === '') return alert.show('NAME_INVALID', company.input);
    const displayName = name.input.value.trim();
    const created = { company: company.input.value.trim(), login: login.input.value.trim() };
    void runAction({
      button: submit, status, alert, onAuthLost: ctx.authLost,
      fieldFor: (code) => (code === 'LOGIN_INVALID' || code === 'LOGIN_TAKEN' ? login.input : code === 'PASSWORD_INVALID' ? password.input : code === 'NAME_INVALID' ? name.input : null),
      work: async () => {
        await accountsApi.createCompany({ company: company.input.value.trim(), login: login.input.value.trim(), password: password.input.value, ...(displayName ? { displayName } : {}) });
      },
    }).then((err) => {
      if (err) return;
      // Empty the form: the password must not stay on screen, and a second click is no LOGIN_TAKEN.
      clearDrafts('company.new.');
      for (const field of [company, login, name, password]) field.input.value = '';
      status.textContent = t('companies.created', created);
      reload();
    });
  });
  return form;
}

function companyList(ctx: AreaCtx, list: PlatformCompany[], reload: () => void): Node {
  if (list.length === 0) return h('p', { class: 'hint', text: t('companies.none') });
  const ul = h('ul', { class: 'item-list', role: 'list', 'aria-label': t('area.companies') });
  for (const c of list) {
    const alert = new FormAlert();
    const label = c.disabled ? t('companies.enable') : t('companies.disable');
    const toggle = button(label, () => {
      void runAction({ button: toggle, alert, onAuthLost: ctx.authLost, work: () => accountsApi.setCompanyDisabled(c.id, !c.disabled).then(() => undefined) })
        .then((err) => !err && reload());
    }, { class: 'btn btn-secondary btn-small', 'aria-label': `${label}: ${c.name}` });
    ul.append(h('li', { class: `item${c.disabled ? ' is-disabled' : ''}` },
      h('h3', { class: 'item-title', text: c.name }),
      h('p', { class: 'hint', text: [t('companies.since', { date: formatDate(c.createdAt) }), t('companies.trainers', { n: c.trainers }), c.disabled ? t('companies.disabled') : null].filter(Boolean).join(' · ') }),
      h('div', { class: 'button-row' }, toggle),
      alert.el,
      c.disabled ? eraseForm(ctx, c, reload) : null));
  }
  return ul;
}

/** A disabled company's erasure: its name typed exactly, then everything it owns goes for good. */
function eraseForm(ctx: AreaCtx, c: PlatformCompany, reload: () => void): HTMLElement {
  const confirm = inputField(t('companies.eraseConfirm', { name: c.name }), { autocomplete: 'off', maxlength: 80 });
  const alert = new FormAlert();
  const submit = h('button', { type: 'submit', class: 'btn btn-danger btn-small', text: t('companies.erase'), 'aria-label': `${t('companies.erase')}: ${c.name}` });
  const form = h('form', { class: 'form', novalidate: true }, h('p', { class: 'hint', text: t('companies.eraseHint') }), confirm.wrap, alert.el, submit);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void runAction({ button: submit, alert, onAuthLost: ctx.authLost, fieldFor: () => confirm.input, work: () => accountsApi.eraseCompany(c.id, confirm.input.value).then(() => undefined) })
      .then((err) => !err && reload());
  });
  return h('details', { class: 'erase-company' }, h('summary', { text: t('companies.eraseOpen') }), form);
}
