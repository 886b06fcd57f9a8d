import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { t } from '../../i18n/index.ts';
import { accountsApi, type Me } from '../../net/accounts-api.ts';
import { button, h } from '../dom.ts';
import type { Screen } from '../shell.ts';
import { FormAlert, inputField, runAction } from './form-kit.ts';
import { setSignedIn } from './signed-in.ts';

// Trainer sign-in: login and password. On success the trainer continues where they wanted
// to go (hosting a round, the trainer area, the projector board).

export interface SignInActions {
  done(me: Me): void;
  back(): void;
}

const LOGIN_FIELD_ERRORS: ReadonlySet<ErrorCode> = new Set(['LOGIN_FAILED', 'LOGIN_INVALID']);

/** `reason`: why sign-in is needed now (e.g. "to host a round"), shown under the heading. */
export function loginScreen(actions: SignInActions, reason: string | null): Screen {
  const login = inputField(t('login.login'), { name: 'username', autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false', required: true, maxlength: 64 }, { draft: 'login.login' });
  const password = inputField(t('login.password'), { name: 'password', type: 'password', autocomplete: 'current-password', required: true, maxlength: 200 });
  const alert = new FormAlert();
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-large', text: t('login.submit') });
  const form = h('form', { class: 'form', novalidate: true }, login.wrap, password.wrap, alert.el, submit, status);

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (login.input.value.trim() === '') return alert.text(t('login.missing'), login.input);
    if (password.input.value === '') return alert.text(t('login.missing'), password.input);
    let me: Me | null = null;
    void runAction({
      button: submit, status, alert,
      work: async () => {
        me = await accountsApi.login(login.input.value.trim(), password.input.value);
      },
      fieldFor: (code) => (LOGIN_FIELD_ERRORS.has(code) ? password.input : null),
    }).then((err) => {
      if (err || !me) return;
      setSignedIn(me);
      actions.done(me);
    });
  });

  const el = h('section', { class: 'screen screen-login' },
    h('h1', { text: t('login.title') }),
    reason ? h('p', { class: 'lead', text: reason }) : null,
    form,
    h('p', { class: 'hint', text: t('login.forgotten') }),
    button(t('common.back'), () => actions.back(), { class: 'btn btn-link' }));
  return { id: 'login', el };
}
