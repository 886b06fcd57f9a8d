import { NICKNAME_MAX_CHARS, normalizeJoinCode, normalizeNickname } from '../../shared/core/text.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { errorText, t } from '../i18n/index.ts';
import { button, h, uid } from './dom.ts';
import { hook } from './hook.ts';
import type { Screen } from './shell.ts';

// Join form: code + nickname. Input is checked here with the same rules the server uses, so
// most mistakes get their message at once; the server's refusal is shown the same way.

export interface JoinActions {
  /** Resolves with an error code when the join failed (the form stays), else never mind. */
  join(code: string, nickname: string): Promise<ErrorCode | null>;
  back(): void;
}

/** Typed values survive a language switch (the screen is rebuilt). */
const draft = { code: '', nickname: '' };

export function setJoinDraft(code: string): void {
  draft.code = code;
}

export function joinScreen(actions: JoinActions, initialError: ErrorCode | null = null): Screen {
  const codeId = uid('code');
  const nickId = uid('nick');
  const code = h('input', {
    id: codeId, name: 'code', type: 'text', inputmode: 'numeric', autocomplete: 'off',
    enterkeyhint: 'next', 'aria-describedby': `${codeId}-hint`, required: true,
  });
  const nickname = h('input', {
    id: nickId, name: 'nickname', type: 'text', autocomplete: 'nickname', maxlength: NICKNAME_MAX_CHARS * 2,
    enterkeyhint: 'go', spellcheck: 'false', 'aria-describedby': `${nickId}-hint`, required: true,
  });
  code.value = draft.code;
  nickname.value = draft.nickname;
  code.addEventListener('input', () => (draft.code = code.value));
  nickname.addEventListener('input', () => (draft.nickname = nickname.value));

  const alert = h('p', { class: 'alert', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-large', text: t('join.submit') });
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });

  const showError = (err: ErrorCode | null, field: HTMLInputElement | null) => {
    alert.textContent = err ? errorText(err) : '';
    alert.classList.toggle('alert-on', Boolean(err));
    for (const input of [code, nickname]) input.removeAttribute('aria-invalid');
    if (err) hook.lastError = err;
    if (field) {
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    }
  };

  const form = h('form', { class: 'form', novalidate: true },
    h('div', { class: 'field' },
      h('label', { for: codeId, text: t('join.code') }),
      code,
      h('p', { id: `${codeId}-hint`, class: 'hint', text: t('join.codeHint') }),
    ),
    h('div', { class: 'field' },
      h('label', { for: nickId, text: t('join.nickname') }),
      nickname,
      h('p', { id: `${nickId}-hint`, class: 'hint', text: t('join.nicknameHint') }),
    ),
    alert,
    submit,
    status,
  );

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (submit.disabled) return;
    const c = normalizeJoinCode(code.value);
    if (!c.ok) return showError(c.code, code);
    const n = normalizeNickname(nickname.value);
    if (!n.ok) return showError(n.code, nickname);
    showError(null, null);
    submit.disabled = true;
    status.textContent = t('join.busy');
    const err = await actions.join(c.value, n.value);
    submit.disabled = false;
    status.textContent = '';
    if (err) showError(err, err.startsWith('NICKNAME') ? nickname : err === 'CODE_INVALID' || err === 'SESSION_NOT_FOUND' ? code : null);
  });

  const el = h('section', { class: 'screen screen-join' },
    h('h1', { text: t('join.title') }),
    form,
    button(t('common.back'), () => actions.back(), { class: 'btn btn-link' }),
  );
  if (initialError) queueMicrotask(() => showError(initialError, null));
  return { id: 'join', el };
}
