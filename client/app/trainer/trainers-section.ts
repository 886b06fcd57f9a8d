import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { t } from '../../i18n/index.ts';
import { accountsApi, type TrainerInfo } from '../../net/accounts-api.ts';
import { button, h, labelledSelect } from '../dom.ts';
import type { AreaCtx } from './area-context.ts';
import { clearDrafts, FormAlert, inputField, runAction } from './form-kit.ts';
import { loadInto, sectionEl } from './section-kit.ts';

// "Trainer" (company admins): the company's trainer accounts; create, disable, enable and
// set a new password (which signs that trainer out everywhere).

export function trainersSection(ctx: AreaCtx): HTMLElement {
  const holder = h('div');
  const reload = () => loadInto(holder, ctx, accountsApi.trainers, (list) => trainerList(ctx, list, reload));
  reload();
  return sectionEl(t('area.trainers'),
    h('section', { class: 'card', 'aria-labelledby': 'trainer-new' }, h('h3', { id: 'trainer-new', text: t('trainers.new') }), createForm(ctx, reload)),
    holder);
}

function roleLabel(role: TrainerInfo['role']): string {
  return role === 'admin' ? t('trainers.roleAdmin') : role === 'platform' ? t('trainers.rolePlatform') : t('trainers.roleTrainer');
}

function passwordFieldFor(password: HTMLInputElement) {
  return (code: ErrorCode) => (code === 'PASSWORD_INVALID' ? password : null);
}

function createForm(ctx: AreaCtx, reload: () => void): HTMLElement {
  const login = inputField(t('setup.login'), { autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false', maxlength: 64 }, { draft: 'trainer.new.login', hint: t('setup.loginHint') });
  const name = inputField(t('setup.displayName'), { autocomplete: 'off', maxlength: 80 }, { draft: 'trainer.new.name' });
  const password = inputField(t('trainers.initialPassword'), { type: 'password', autocomplete: 'new-password', maxlength: 200 }, { hint: t('setup.passwordHint') });
  const role = labelledSelect(t('trainers.role'), [['trainer', t('trainers.roleTrainer')], ['admin', t('trainers.roleAdmin')]], 'trainer');
  const alert = new FormAlert();
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', text: t('trainers.create') });
  const form = h('form', { class: 'form', novalidate: true }, login.wrap, name.wrap, password.wrap, role.wrap, alert.el, submit, status);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const displayName = name.input.value.trim();
    const created = login.input.value.trim();
    void runAction({
      button: submit, status, alert, onAuthLost: ctx.authLost,
      fieldFor: (code) => (code === 'LOGIN_INVALID' || code === 'LOGIN_TAKEN' ? login.input : code === 'NAME_INVALID' ? name.input : code === 'PASSWORD_INVALID' ? password.input : null),
      work: async () => {
        await accountsApi.createTrainer({ login: login.input.value.trim(), password: password.input.value, role: role.select.value === 'admin' ? 'admin' : 'trainer', ...(displayName ? { displayName } : {}) });
      },
    }).then((err) => {
      if (err) return;
      // Empty the form: the password must not stay on screen, and a second click is no LOGIN_TAKEN.
      clearDrafts('trainer.new.');
      for (const field of [login, name, password]) field.input.value = '';
      status.textContent = t('trainers.created', { login: created });
      reload();
    });
  });
  return form;
}

function trainerList(ctx: AreaCtx, list: TrainerInfo[], reload: () => void): Node {
  const ul = h('ul', { class: 'item-list', role: 'list', 'aria-label': t('area.trainers') });
  for (const tr of list) {
    const alert = new FormAlert();
    const panel = h('div', { class: 'item-panel' });
    const self = tr.id === ctx.me.trainer.id;
    const toggle = button(tr.disabled ? t('trainers.enable') : t('trainers.disable'), () => {
      void runAction({ button: toggle, alert, onAuthLost: ctx.authLost, work: () => accountsApi.setTrainerDisabled(tr.id, !tr.disabled).then(() => undefined) })
        .then((err) => !err && reload());
    }, { class: 'btn btn-secondary btn-small', 'aria-label': `${tr.disabled ? t('trainers.enable') : t('trainers.disable')}: ${tr.displayName}` });
    const reset = button(t('trainers.reset'), () => panel.replaceChildren(resetForm(ctx, tr, () => panel.replaceChildren())), { class: 'btn btn-secondary btn-small', 'aria-label': `${t('trainers.reset')}: ${tr.displayName}` });
    ul.append(h('li', { class: `item${tr.disabled ? ' is-disabled' : ''}` },
      h('h3', { class: 'item-title', text: tr.displayName }),
      h('p', { class: 'hint', text: [tr.login, roleLabel(tr.role), tr.disabled ? t('trainers.disabled') : null, self ? t('trainers.you') : null].filter(Boolean).join(' · ') }),
      h('div', { class: 'button-row' }, self ? null : toggle, reset),
      alert.el, panel));
  }
  return ul;
}

function resetForm(ctx: AreaCtx, tr: TrainerInfo, close: () => void): HTMLElement {
  const password = inputField(t('trainers.newPassword', { name: tr.displayName }), { type: 'password', autocomplete: 'new-password', maxlength: 200 }, { hint: t('trainers.resetHint') });
  const alert = new FormAlert();
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', text: t('trainers.resetSave') });
  const form = h('form', { class: 'form', novalidate: true }, password.wrap, alert.el,
    h('div', { class: 'button-row' }, submit, button(t('trainer.cancel'), close, { class: 'btn btn-secondary' })), status);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void runAction({ button: submit, status, alert, onAuthLost: ctx.authLost, fieldFor: passwordFieldFor(password.input), work: () => accountsApi.resetPassword(tr.id, password.input.value).then(() => undefined) })
      .then((err) => {
        if (err) return;
        form.replaceChildren(h('p', { class: 'good', role: 'status', text: t('trainers.resetDone', { name: tr.displayName }) }));
      });
  });
  queueMicrotask(() => password.input.focus());
  return form;
}
