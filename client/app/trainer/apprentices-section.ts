import { t } from '../../i18n/index.ts';
import { accountsApi, downloadUrl, type Apprentice } from '../../net/accounts-api.ts';
import { button, h } from '../dom.ts';
import type { AreaCtx } from './area-context.ts';
import { apprenticeForm } from './apprentice-form.ts';
import { apprenticeImport } from './apprentice-import.ts';
import { confirmPanel, errorCodeOf, formatDate, FormAlert } from './form-kit.ts';
import { issueCards } from './issue-cards.ts';
import { recordBookBatch } from './record-book.ts';
import { downloadLink, loadInto, sectionEl } from './section-kit.ts';
import { TRADES } from '../../../shared/games/trades.ts';
import { lang } from '../../i18n/index.ts';
import { cv } from './coverage-texts.ts';

// "Azubis": the company's apprentices with create, edit, card printing and revoking; for
// admins also the JSON export and deletion (which says exactly what it deletes).

export function apprenticesSection(ctx: AreaCtx, editId: string | null = null): HTMLElement {
  const listHolder = h('div');
  // `editId` (from "Beruf wählen" elsewhere) opens that apprentice's form once.
  let openEdit = editId;
  const reload = () => loadInto(listHolder, ctx, accountsApi.apprentices, (list) => {
    const view = h('div', {}, apprenticeList(ctx, list, reload, openEdit), recordBookBatch(list));
    openEdit = null;
    return view;
  });
  const create = h('section', { class: 'card', 'aria-labelledby': 'apprentice-new' },
    h('h3', { id: 'apprentice-new', text: t('apprentice.new') }),
    apprenticeForm(ctx, { onSaved: () => reload() }));
  reload();
  return sectionEl(t('area.apprentices'), h('p', { class: 'hint', text: t('apprentice.privacy') }), create, apprenticeImport(ctx, reload), listHolder);
}

function apprenticeList(ctx: AreaCtx, list: Apprentice[], reload: () => void, editId: string | null): Node {
  if (list.length === 0) return h('p', { class: 'hint', text: t('apprentice.none') });
  const ul = h('ul', { class: 'item-list', role: 'list', 'aria-label': t('area.apprentices') });
  for (const a of list) ul.append(apprenticeItem(ctx, a, reload, a.id === editId));
  return ul;
}

/** "Feinoptiker/-in · 2. Ausbildungsjahr · Ausweis seit 12.05.2026" (the listed trade, else the old text). */
export function apprenticeMeta(a: Apprentice): string {
  const trade = a.tradeId && a.tradeId !== 'sonstiger' ? TRADES[a.tradeId][lang()] : a.trade || (a.tradeId ? TRADES[a.tradeId][lang()] : null);
  return [trade, t('apprentice.yearN', { n: a.trainingYear }), a.hasCard ? t('apprentice.cardSince', { date: formatDate(a.cardIssuedAt) }) : t('apprentice.noCard')]
    .filter(Boolean).join(' · ');
}

function apprenticeItem(ctx: AreaCtx, a: Apprentice, reload: () => void, editNow: boolean): HTMLElement {
  const panel = h('div', { class: 'item-panel' });
  const alert = new FormAlert();
  const close = () => panel.replaceChildren();
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      reload();
    } catch (err) {
      const code = errorCodeOf(err);
      if (code === 'AUTH_REQUIRED') return ctx.authLost();
      alert.show(code);
    }
  };

  const printCard = () => {
    const go = async () => {
      const { cards, error } = await issueCards([a]);
      if (error === 'AUTH_REQUIRED') return ctx.authLost();
      if (error) return alert.show(error);
      ctx.print(cards);
    };
    if (!a.hasCard) return void go();
    panel.replaceChildren(confirmPanel({
      question: t('cards.replaceQuestion', { name: a.displayName }),
      details: [t('cards.replaceDetail')],
      confirm: 'cards.issueConfirmOne',
      onConfirm: () => void go(),
      onCancel: close,
    }));
  };

  const revoke = () => panel.replaceChildren(confirmPanel({
    question: t('apprentice.revokeQuestion', { name: a.displayName }),
    details: [t('apprentice.revokeDetail')],
    confirm: 'apprentice.revoke',
    onConfirm: () => void act(() => accountsApi.revokeCard(a.id)),
    onCancel: close,
  }));

  const remove = () => panel.replaceChildren(confirmPanel({
    question: t('apprentice.deleteQuestion', { name: a.displayName }),
    details: [t('apprentice.deleteWhat', { name: a.displayName }), t('apprentice.deleteKeeps'), t('apprentice.deleteFinal')],
    confirm: 'apprentice.deleteConfirm',
    onConfirm: () => void act(() => accountsApi.deleteApprentice(a.id)),
    onCancel: close,
  }));

  const edit = () => panel.replaceChildren(apprenticeForm(ctx, { initial: a, onSaved: () => reload(), onCancel: close }));
  if (editNow) {
    edit();
    requestAnimationFrame(() => panel.scrollIntoView({ behavior: 'smooth', block: 'center' }));
  }

  return h('li', { class: 'item', 'data-apprentice': a.id },
    h('h3', { class: 'item-title', text: a.displayName }),
    h('p', { class: 'hint', text: apprenticeMeta(a) }),
    // Not chosen yet (older free text that named no listed trade): asked once, here.
    a.tradeId === null ? h('p', {}, h('span', { class: 'trade-missing', text: cv('tradeMissing') })) : null,
    h('div', { class: 'button-row' },
      a.tradeId === null ? button(cv('chooseTrade'), edit, { class: 'btn btn-primary btn-small', 'aria-label': cv('chooseTradeOf', { name: a.displayName }) }) : null,
      button(t('trainer.edit'), edit, { class: 'btn btn-secondary btn-small', 'aria-label': t('trainer.editOf', { name: a.displayName }) }),
      button(t('apprentice.printCard'), printCard, { class: 'btn btn-secondary btn-small', 'aria-label': t('apprentice.printCardOf', { name: a.displayName }) }),
      a.hasCard ? button(t('apprentice.revoke'), revoke, { class: 'btn btn-secondary btn-small', 'aria-label': t('apprentice.revokeOf', { name: a.displayName }) }) : null,
      button(t('apprentice.record'), () => ctx.go('reports', a.id), { class: 'btn btn-secondary btn-small', 'aria-label': t('apprentice.recordOf', { name: a.displayName }) }),
      button(t('area.coverage'), () => ctx.go('coverage', a.id), { class: 'btn btn-secondary btn-small', 'aria-label': `${t('area.coverage')}: ${a.displayName}` }),
      ctx.isAdmin ? downloadLink(downloadUrl.export(a.id), t('apprentice.export'), t('apprentice.exportOf', { name: a.displayName })) : null,
      ctx.isAdmin ? button(t('apprentice.delete'), remove, { class: 'btn btn-danger btn-small', 'aria-label': t('apprentice.deleteOf', { name: a.displayName }) }) : null),
    alert.el,
    panel);
}
