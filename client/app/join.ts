import { NICKNAME_MAX_CHARS, normalizeCardCode, normalizeJoinCode, normalizeNickname } from '../../shared/core/text.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { errorText, t } from '../i18n/index.ts';
import { cardTail, forgetCard, saveCard, savedCard, savedCardName } from '../net/card-store.ts';
import { button, h, uid } from './dom.ts';
import { hook } from './hook.ts';
import { confirmAction } from './show/confirm.ts';
import type { Screen } from './shell.ts';

// Join form: the round code, then who joins: a guest with a nickname, or an apprentice with
// a card (remembered on this device, or typed). Input is checked here with the same rules
// the server uses, so most mistakes get their message at once; the server's refusal is
// shown the same way, and nothing typed is lost.

/** A guest names themselves; a card brings the apprentice's name and counts on the board. */
export type JoinIdentity = { nickname: string } | { card: string };

export interface JoinActions {
  /** Resolves with an error code when the join failed (the form stays), else never mind. */
  join(code: string, who: JoinIdentity): Promise<ErrorCode | null>;
  back(): void;
}

/** Typed values survive a language switch (the screen is rebuilt). `guest`: joins without the stored card. */
const draft = { code: '', nickname: '', card: '', guest: false };

export function setJoinDraft(code: string): void {
  draft.code = code;
}

const CARD_ERRORS: ReadonlySet<ErrorCode> = new Set(['CARD_INVALID']);

export function joinScreen(actions: JoinActions, initialError: ErrorCode | null = null): Screen {
  const codeId = uid('code');
  const code = h('input', {
    id: codeId, name: 'code', type: 'text', inputmode: 'numeric', autocomplete: 'off',
    enterkeyhint: 'go', 'aria-describedby': `${codeId}-hint`, required: true,
  });
  code.value = draft.code;
  code.addEventListener('input', () => (draft.code = code.value));

  const nickId = uid('nick');
  const nickname = h('input', {
    id: nickId, name: 'nickname', type: 'text', autocomplete: 'nickname', maxlength: NICKNAME_MAX_CHARS * 2,
    enterkeyhint: 'go', spellcheck: 'false', 'aria-describedby': `${nickId}-hint`,
  });
  nickname.value = draft.nickname;
  nickname.addEventListener('input', () => (draft.nickname = nickname.value));

  const cardId = uid('card');
  const cardInput = h('input', {
    id: cardId, name: 'card', type: 'text', autocomplete: 'off', autocapitalize: 'characters',
    spellcheck: 'false', enterkeyhint: 'go', maxlength: 64, 'aria-describedby': `${cardId}-hint`, class: 'mono',
  });
  cardInput.value = draft.card;
  cardInput.addEventListener('input', () => (draft.card = cardInput.value));

  const alert = h('p', { class: 'alert', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-large' });
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const who = h('div', { class: 'join-who' });
  // Under the button: the ways to switch (guest / forget the card / use it again). The button
  // comes first, so it stays on the first screen of a 360×640 phone (issue 19).
  const switches = h('div', { class: 'join-switches' });
  const inputs = [code, nickname, cardInput];

  const showError = (err: ErrorCode | null, field: HTMLInputElement | null) => {
    alert.textContent = err ? errorText(err) : '';
    alert.classList.toggle('alert-on', Boolean(err));
    for (const input of inputs) input.removeAttribute('aria-invalid');
    if (err) hook.lastError = err;
    if (field) {
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    }
  };

  /** The stored card, unless the player chose to join as a guest this time. */
  const cardMode = () => (draft.guest ? null : savedCard());

  // Removing the remembered card says what it does and asks first (the card stays valid).

  const askForget = async (card: string) => {

    const yes = await confirmAction(t('join.forgetCardAsk', { tail: cardTail(card) }), t('join.forgetCardYes'), t('join.forgetCardNo'));

    if (!yes) return;

    forgetCard();

    renderWho();

    nickname.focus();

  };

  const renderWho = () => {
    const card = cardMode();
    if (card) {
      const holder = savedCardName(card);
      submit.textContent = holder ? t('join.withCardName', { name: holder, tail: cardTail(card) }) : t('join.withCard', { tail: cardTail(card) });
      who.replaceChildren(h('p', { class: 'card-note', text: t('join.cardNote') }));
      switches.replaceChildren(h('div', { class: 'button-row' },
        button(t('join.asGuest'), () => { draft.guest = true; renderWho(); nickname.focus(); }, { class: 'btn btn-link' }),
        button(t('join.forgetCard'), () => void askForget(card), { class: 'btn btn-link' })));
      return;
    }
    submit.textContent = t('join.submit');
    const stored = savedCard();
    who.replaceChildren(
      h('div', { class: 'field' },
        h('label', { for: nickId, text: t('join.nickname') }),
        nickname,
        h('p', { id: `${nickId}-hint`, class: 'hint', text: t('join.nicknameHint') })),
      h('div', { class: 'field' },
        h('label', { for: cardId, text: t('join.cardCode') }),
        cardInput,
        h('p', { id: `${cardId}-hint`, class: 'hint', text: t('join.cardCodeHint') })),
    );
    switches.replaceChildren(...(stored ? [button(t('join.useCard', { tail: cardTail(stored) }), () => { draft.guest = false; renderWho(); submit.focus(); }, { class: 'btn btn-link' })] : []));
  };

  // The message comes first: after a wrong code the field gets the focus, and the message
  // above it stays in view (at the bottom it was under the fold of a 360×640 phone).
  const form = h('form', { class: 'form', novalidate: true },
    alert,
    h('div', { class: 'field' },
      h('label', { for: codeId, text: t('join.code') }),
      code,
      h('p', { id: `${codeId}-hint`, class: 'hint', text: t('join.codeHint') })),
    who,
    submit,
    status,
    switches,
  );
  renderWho();

  /** Who joins, from the form; an error and the field to fix when the input is not valid. */
  const identity = (): { ok: true; who: JoinIdentity; typedCard: boolean } | { ok: false; code: ErrorCode; field: HTMLInputElement } => {
    const stored = cardMode();
    if (stored) return { ok: true, who: { card: stored }, typedCard: false };
    if (cardInput.value.trim() !== '') {
      const c = normalizeCardCode(cardInput.value);
      return c.ok ? { ok: true, who: { card: c.value }, typedCard: true } : { ok: false, code: c.code, field: cardInput };
    }
    const n = normalizeNickname(nickname.value);
    return n.ok ? { ok: true, who: { nickname: n.value }, typedCard: false } : { ok: false, code: n.code, field: nickname };
  };

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (submit.disabled) return;
    const c = normalizeJoinCode(code.value);
    if (!c.ok) return showError(c.code, code);
    const id = identity();
    if (!id.ok) return showError(id.code, id.field);
    showError(null, null);
    submit.disabled = true;
    status.textContent = t('join.busy');
    const err = await actions.join(c.value, id.who);
    submit.disabled = false;
    status.textContent = '';
    if (!err) {
      // A typed card that worked is remembered like one opened from its QR code.
      if (id.typedCard && 'card' in id.who) saveCard(id.who.card);
      return;
    }
    const field = err.startsWith('NICKNAME') ? nickname
      : err === 'CODE_INVALID' || err === 'SESSION_NOT_FOUND' ? code
        : CARD_ERRORS.has(err) && id.typedCard ? cardInput : null;
    showError(err, field);
    // A remembered card that stopped working (new card issued, or revoked): say what to do.
    if (err === 'CARD_INVALID' && !id.typedCard && 'card' in id.who) alert.textContent = t('join.storedCardGone');
  });

  const el = h('section', { class: 'screen screen-join phone-stage' },
    h('h1', { text: t('join.title') }),
    form,
    button(t('common.back'), () => actions.back(), { class: 'btn btn-link' }),
  );
  if (initialError) queueMicrotask(() => showError(initialError, null));
  return { id: 'join', el };
}
