import { NICKNAME_MAX_CHARS, normalizeNickname } from '../../../shared/core/text.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { isTradeId, TRADE_IDS, TRADES } from '../../../shared/games/trades.ts';
import { lang, t } from '../../i18n/index.ts';
import { accountsApi, type Apprentice, type ApprenticeInput } from '../../net/accounts-api.ts';
import { button, h, labelledSelect } from '../dom.ts';
import type { AreaCtx } from './area-context.ts';
import { clearDrafts, FormAlert, inputField, runAction } from './form-kit.ts';
import { cv } from './coverage-texts.ts';

// Create or edit an apprentice: name or pseudonym, trade, training year. Nothing else is
// stored about an apprentice (docs/ACCOUNTS-API.md), and the form says so. The name is
// shown in rounds, so the server checks it with the nickname rules (at most 20 characters).
// The trade is chosen from the list of shared/games/trades.ts (coverage needs it); the text
// field keeps older free text and names the trade for "Sonstiger Beruf".

export const TRAINING_YEARS = [1, 2, 3, 4] as const;

export function apprenticeForm(ctx: AreaCtx, opts: { initial?: Apprentice; onSaved(a: Apprentice): void; onCancel?: () => void }): HTMLElement {
  const editing = opts.initial;
  // Drafts per apprentice (or the create form), so a language switch keeps what was typed.
  const draft = `apprentice.${editing?.id ?? 'new'}.`;
  // maxlength counts UTF-16 units (an emoji takes two); normalizeNickname counts characters.
  const name = inputField(t('apprentice.name'), { name: 'displayName', autocomplete: 'off', maxlength: NICKNAME_MAX_CHARS * 2, required: true }, { draft: `${draft}name`, hint: t('apprentice.nameHint', { n: NICKNAME_MAX_CHARS }), value: editing?.displayName ?? '' });
  const tradeId = labelledSelect(cv('tradeLabel'), [['', cv('tradeChoose')], ...TRADE_IDS.map((id): [string, string] => [id, TRADES[id][lang()]])], editing?.tradeId ?? '', { name: 'tradeId' });
  const trade = inputField(cv('tradeText'), { name: 'trade', autocomplete: 'off', maxlength: 80 }, { draft: `${draft}trade`, hint: cv('tradeTextHint'), value: editing?.trade ?? '' });
  const year = labelledSelect(t('apprentice.year'), TRAINING_YEARS.map((y) => [String(y), t('apprentice.yearN', { n: y })]), String(editing?.trainingYear ?? 1));
  const alert = new FormAlert();
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', text: editing ? t('trainer.save') : t('apprentice.create') });
  const fieldFor = (code: ErrorCode): HTMLElement | null =>
    code.startsWith('NICKNAME_') ? name.input : code === 'TRADE_INVALID' ? trade.input : code === 'TRADE_UNKNOWN' ? tradeId.select : code === 'YEAR_INVALID' ? year.select : null;

  const form = h('form', { class: 'form', novalidate: true },
    name.wrap, tradeId.wrap, trade.wrap, year.wrap, alert.el,
    h('div', { class: 'button-row' }, submit, opts.onCancel ? button(t('trainer.cancel'), () => opts.onCancel?.(), { class: 'btn btn-secondary' }) : null),
    status);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const checked = normalizeNickname(name.input.value);
    if (!checked.ok) return alert.show(checked.code, name.input);
    const chosen = isTradeId(tradeId.select.value) ? tradeId.select.value : null;
    // Without own text a listed trade stores its name as text too (boards show the text).
    const text = trade.input.value.trim() || (chosen && chosen !== 'sonstiger' ? TRADES[chosen].de : '');
    const body: ApprenticeInput = { displayName: checked.value, trade: text, trainingYear: Number(year.select.value) };
    // A new profile without a choice: the server takes the trade the text clearly names.
    if (chosen || editing) body.tradeId = chosen;
    let saved: Apprentice | null = null;
    void runAction({
      button: submit, status, alert, fieldFor, onAuthLost: ctx.authLost,
      work: async () => {
        saved = editing ? await accountsApi.updateApprentice(editing.id, body) : await accountsApi.createApprentice(body);
      },
    }).then((err) => {
      if (err || !saved) return;
      clearDrafts(draft);
      if (!editing) {
        name.input.value = '';
        status.textContent = t('apprentice.created', { name: body.displayName });
        name.input.focus();
      }
      opts.onSaved(saved);
    });
  });
  return form;
}
