import { t } from '../../i18n/index.ts';
import { accountsApi, type Apprentice } from '../../net/accounts-api.ts';
import { button, h, uid } from '../dom.ts';
import type { AreaCtx } from './area-context.ts';
import { apprenticeMeta } from './apprentices-section.ts';
import { confirmPanel, FormAlert } from './form-kit.ts';
import { issueCards } from './issue-cards.ts';
import { loadInto, sectionEl } from './section-kit.ts';

// "Ausweise": choose apprentices, issue new cards, print them. The server keeps only a hash
// of a code, so printing always means NEW codes: the page says so before anything happens.

export function cardsSection(ctx: AreaCtx): HTMLElement {
  const holder = h('div');
  loadInto(holder, ctx, accountsApi.apprentices, (list) => chooser(ctx, list));
  return sectionEl(t('area.cards'),
    h('p', { class: 'warn-box', text: t('cards.newCodesWarning') }),
    holder);
}

function chooser(ctx: AreaCtx, list: Apprentice[]): Node {
  if (list.length === 0) return h('p', { class: 'hint', text: t('apprentice.none') });
  const boxes = new Map<HTMLInputElement, Apprentice>();
  const fieldset = h('fieldset', { class: 'choose-list' }, h('legend', { text: t('cards.choose') }));
  for (const a of list) {
    const id = uid('pick');
    const box = h('input', { id, type: 'checkbox', name: 'apprentice', value: a.id });
    boxes.set(box, a);
    fieldset.append(h('div', { class: 'check' }, box, h('label', { for: id }, a.displayName, h('span', { class: 'hint check-meta', text: ` – ${apprenticeMeta(a)}` }))));
  }
  const setAll = (on: boolean) => {
    for (const box of boxes.keys()) box.checked = on;
    count();
  };
  const alert = new FormAlert();
  const panel = h('div');
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const go = button('', () => start(), { class: 'btn btn-primary' });
  const chosen = () => [...boxes].filter(([box]) => box.checked).map(([, a]) => a);
  const count = () => {
    go.textContent = t('cards.issue', { n: chosen().length });
    go.disabled = chosen().length === 0;
  };
  fieldset.addEventListener('change', count);
  count();

  const issue = async (selected: Apprentice[]) => {
    panel.replaceChildren();
    go.disabled = true;
    status.textContent = t('cards.issuing', { n: selected.length });
    const { cards, error } = await issueCards(selected);
    status.textContent = '';
    count();
    if (error === 'AUTH_REQUIRED') return ctx.authLost();
    if (error) alert.show(error);
    if (cards.length > 0) ctx.print(cards);
  };
  const start = () => {
    const selected = chosen();
    const replacing = selected.filter((a) => a.hasCard);
    if (replacing.length === 0) return void issue(selected);
    panel.replaceChildren(confirmPanel({
      question: t('cards.replaceMany', { n: replacing.length }),
      details: [replacing.map((a) => a.displayName).join(', '), t('cards.replaceDetail')],
      confirm: replacing.length === 1 ? 'cards.issueConfirmOne' : 'cards.issueConfirm',
      onConfirm: () => void issue(selected),
      onCancel: () => panel.replaceChildren(),
    }));
  };

  return h('div', { class: 'form' },
    h('div', { class: 'button-row' },
      button(t('cards.all'), () => setAll(true), { class: 'btn btn-secondary btn-small' }),
      button(t('cards.none'), () => setAll(false), { class: 'btn btn-secondary btn-small' })),
    fieldset, alert.el, go, panel, status);
}
