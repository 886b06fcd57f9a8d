import { t } from '../../i18n/index.ts';
import { accountsApi, type Apprentice, type SessionSummary } from '../../net/accounts-api.ts';
import { button, h, labelledSelect } from '../dom.ts';
import type { AreaCtx } from './area-context.ts';
import { formatDate } from './form-kit.ts';
import { loadInto, sectionEl } from './section-kit.ts';
import { recordView } from './record-view.ts';
import { sessionDownloads, sessionView } from './session-report-view.ts';

// "Berichte": one apprentice's record (record-view.ts: per game and level, learning curve,
// recurring mistakes), and the history of hosted rounds with each round's results and
// figures (session-report-view.ts); downloads as XLSX (for Excel) and CSV.

export function reportsSection(ctx: AreaCtx, apprenticeId: string | null): HTMLElement {
  const recordPicker = h('div');
  const record = h('div', { 'aria-live': 'polite' });
  const sessions = h('div');
  const detail = h('div', { 'aria-live': 'polite' });

  loadInto(recordPicker, ctx, accountsApi.apprentices, (list) => apprenticePicker(ctx, list, apprenticeId, record));
  loadInto(sessions, ctx, () => accountsApi.sessions(50), (list) => sessionList(ctx, list, detail));

  return sectionEl(t('area.reports'),
    h('section', { class: 'card', 'aria-labelledby': 'report-record' },
      h('h3', { id: 'report-record', text: t('report.recordTitle') }), recordPicker, record),
    h('section', { class: 'card', 'aria-labelledby': 'report-sessions' },
      h('h3', { id: 'report-sessions', text: t('report.sessionsTitle') }), sessions, detail));
}

function apprenticePicker(ctx: AreaCtx, list: Apprentice[], preselect: string | null, out: HTMLElement): Node {
  if (list.length === 0) return h('p', { class: 'hint', text: t('apprentice.none') });
  const options: [string, string][] = [['', t('report.choose')], ...list.map((a): [string, string] => [a.id, a.displayName])];
  const pick = labelledSelect(t('report.apprentice'), options, list.some((a) => a.id === preselect) ? (preselect ?? '') : '');
  const show = () => {
    if (!pick.select.value) return out.replaceChildren();
    const id = pick.select.value;
    loadInto(out, ctx, () => accountsApi.record(id), recordView);
  };
  pick.select.addEventListener('change', show);
  show();
  return pick.wrap;
}

function sessionList(ctx: AreaCtx, list: SessionSummary[], detail: HTMLElement): Node {
  if (list.length === 0) return h('p', { class: 'hint', text: t('report.noSessions') });
  const ul = h('ul', { class: 'item-list', role: 'list' });
  for (const s of list) {
    const when = formatDate(s.createdAt, true);
    const trainer = s.trainerName ?? '–';
    // A session (still open: a closed one without a round is not listed) with no stored round
    // says so and offers nothing to open or download: "0 Runden" with empty files looked like
    // lost results (newcomer, issue 21). Its first stored round brings the buttons.
    if (s.rounds === 0) {
      ul.append(h('li', { class: 'item item-empty' },
        h('p', { class: 'item-title', text: t('report.sessionLine', { when, code: s.code }) }),
        h('p', { class: 'hint', text: t('report.sessionEmpty', { trainer }) })));
      continue;
    }
    ul.append(h('li', { class: 'item' },
      h('p', { class: 'item-title', text: t('report.sessionLine', { when, code: s.code }) }),
      h('p', { class: 'hint', text: t('report.sessionMeta', { trainer, rounds: s.rounds, players: s.players }) }),
      h('div', { class: 'button-row' },
        // m4: the results open below the list: bring them into view. m18: the accessible name starts with the visible text.
        button(t('report.open'), () => loadInto(detail, ctx, () => accountsApi.session(s.id), (report) => {
          const view = sessionView(report);
          requestAnimationFrame(() => view.scrollIntoView({ behavior: 'smooth', block: 'start' }));
          return view;
        }), { class: 'btn btn-secondary btn-small', 'aria-label': t('report.openOf', { when }) }),
        ...sessionDownloads(s.id, when))));
  }
  return ul;
}
