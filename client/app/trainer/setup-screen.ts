import { checkLogin, checkName, checkPassword, loginProblem } from '../../../shared/core/account-input.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { errorText, t } from '../../i18n/index.ts';
import { accountsApi, type Me } from '../../net/accounts-api.ts';
import { button, h } from '../dom.ts';
import type { Screen } from '../shell.ts';
import { FormAlert, inputField, runAction } from './form-kit.ts';
import type { SignInActions } from './login-screen.ts';
import { setSignedIn } from './signed-in.ts';

// First run of a fresh installation: the company and its first admin. The server signs the
// new admin in at once, so hosting continues without a second form.

export interface SetupActions extends SignInActions {
  /** Someone else finished the setup meanwhile: sign in instead. */
  toLogin(): void;
}

export function setupScreen(actions: SetupActions): Screen {
  const company = inputField(t('setup.company'), { name: 'organization', autocomplete: 'organization', required: true, maxlength: 80 }, { draft: 'setup.company', hint: t('setup.companyHint') });
  const login = inputField(t('setup.login'), { name: 'username', autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false', required: true, maxlength: 64 }, { draft: 'setup.login', hint: t('setup.loginHint') });
  const displayName = inputField(t('setup.displayName'), { name: 'name', autocomplete: 'name', maxlength: 80 }, { draft: 'setup.displayName', hint: t('setup.displayNameHint') });
  const password = inputField(t('setup.password'), { name: 'new-password', type: 'password', autocomplete: 'new-password', required: true, maxlength: 200 }, { hint: t('setup.passwordHint') });
  const again = inputField(t('setup.passwordAgain'), { name: 'new-password-again', type: 'password', autocomplete: 'new-password', required: true, maxlength: 200 });
  const alert = new FormAlert();
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-large', text: t('setup.submit') });
  const form = h('form', { class: 'form', novalidate: true },
    company.wrap, login.wrap, displayName.wrap, password.wrap, again.wrap, alert.el, submit, status);

  const fieldFor = (code: ErrorCode): HTMLElement | null => {
    if (code === 'LOGIN_INVALID' || code === 'LOGIN_TAKEN') return login.input;
    if (code === 'PASSWORD_INVALID') return password.input;
    if (code === 'NAME_INVALID') return company.input.value.trim() === '' ? company.input : displayName.input;
    return null;
  };

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    // Every problem at once, with the server's own rules (m16).
    const problems: { message: string; field: HTMLElement }[] = [];
    if (company.input.value.trim() === '') problems.push({ message: t('setup.companyMissing'), field: company.input });
    else if (!checkName(company.input.value).ok) problems.push({ message: errorText('NAME_INVALID'), field: company.input });
    if (!checkLogin(login.input.value).ok) problems.push({ message: loginMessage(login.input.value), field: login.input });
    if (displayName.input.value.trim() !== '' && !checkName(displayName.input.value).ok) problems.push({ message: errorText('NAME_INVALID'), field: displayName.input });
    if (!checkPassword(password.input.value).ok) problems.push({ message: errorText('PASSWORD_INVALID'), field: password.input });
    else if (password.input.value !== again.input.value) problems.push({ message: t('setup.mismatch'), field: again.input });
    if (problems.length > 0) return alert.many(problems);
    let me: Me | null = null;
    void runAction({
      button: submit, status, alert, fieldFor,
      work: async () => {
        const name = displayName.input.value.trim();
        me = await accountsApi.setup({ company: company.input.value.trim(), login: login.input.value.trim(), password: password.input.value, ...(name ? { displayName: name } : {}) });
      },
    }).then((err) => {
      if (err === 'SETUP_DONE') return actions.toLogin();
      if (err || !me) return;
      setSignedIn(me);
      actions.done(me);
    });
  });

  const el = h('section', { class: 'screen screen-setup' },
    h('h1', { text: t('setup.title') }),
    h('p', { class: 'lead', text: t('setup.intro') }),
    form,
    button(t('common.back'), () => actions.back(), { class: 'btn btn-link' }));
  return { id: 'setup', el };
}

/** The login's actual problem in words: a space or a character by name, else the length rule. */
function loginMessage(value: string): string {
  const problem = loginProblem(value);
  if (problem?.kind === 'char') return /\s/u.test(problem.char) ? t('setup.loginSpace') : t('setup.loginChar', { char: problem.char });
  return errorText('LOGIN_INVALID');
}
