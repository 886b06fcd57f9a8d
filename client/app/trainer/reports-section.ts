import { findGame } from '../../../shared/games/index.ts';
import { lang, t } from '../../i18n/index.ts';
import { accountsApi, downloadUrl, type Apprentice, type ApprenticeRecord, type SessionReport, type SessionSummary } from '../../net/accounts-api.ts';
import { button, h, labelledSelect } from '../dom.ts';
import { gameTitle, levelLabel } from '../widgets.ts';
import type { AreaCtx } from './area-context.ts';
import { formatDate } from './form-kit.ts';
import { downloadLink, loadInto, sectionEl } from './section-kit.ts';
import { recordBookOne } from './record-book.ts';
import { trendChart } from './trend-chart.ts';

// "Berichte": one apprentice's record (games played, best and median per game, a trend
// line, CSV), and the history of hosted rounds with each round's results (CSV).

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

/** Scores of one game oldest first, for the trend line. */
function scoresOf(rec: ApprenticeRecord, gameId: string): number[] {
  return rec.history.filter((p) => p.gameId === gameId).map((p) => p.score);
}

function recordView(rec: ApprenticeRecord): Node {
  const csv = downloadLink(downloadUrl.recordCsv(rec.apprentice.id, lang()), t('report.csv'), t('report.csvOf', { name: rec.apprentice.displayName }));
  if (rec.games.length === 0) return h('div', {}, h('p', { class: 'hint', text: t('report.noRounds', { name: rec.apprentice.displayName }) }), csv, recordBookOne(rec.apprentice));
  const head = h('tr', {}, ...(['report.game', 'report.rounds', 'report.best', 'report.median', 'report.trend'] as const).map((k) => h('th', { scope: 'col', text: t(k) })));
  const body = h('tbody');
  for (const g of rec.games) {
    const scores = scoresOf(rec, g.gameId);
    const first = scores[0] ?? 0;
    const last = scores.at(-1) ?? 0;
    const label = t('report.trendLabel', { n: scores.length, first, last, best: g.best });
    body.append(h('tr', {},
      h('th', { scope: 'row', text: gameTitle(g.gameId) }),
      h('td', { class: 'num', text: String(g.rounds) }),
      h('td', { class: 'num', text: String(Math.round(g.best)) }),
      h('td', { class: 'num', text: String(Math.round(g.median)) }),
      h('td', {}, trendChart(scores, findGame(g.gameId)?.maxScore ?? Math.max(...scores, 1), label))));
  }
  return h('div', { 'data-testid': 'record' },
    h('p', { class: 'lead', text: t('report.recordOf', { name: rec.apprentice.displayName, n: rec.history.length }) }),
    h('div', { class: 'table-wrap' },
      h('table', { class: 'data-table' }, h('caption', { class: 'visually-hidden', text: t('report.recordTitle') }), h('thead', {}, head), body)),
    h('p', { class: 'hint', text: t('report.pointsNote') }),
    csv,
    recordBookOne(rec.apprentice));
}

function sessionList(ctx: AreaCtx, list: SessionSummary[], detail: HTMLElement): Node {
  if (list.length === 0) return h('p', { class: 'hint', text: t('report.noSessions') });
  const ul = h('ul', { class: 'item-list', role: 'list' });
  for (const s of list) {
    const when = formatDate(s.createdAt, true);
    ul.append(h('li', { class: 'item' },
      h('p', { class: 'item-title', text: t('report.sessionLine', { when, code: s.code }) }),
      h('p', { class: 'hint', text: t('report.sessionMeta', { trainer: s.trainerName, rounds: s.rounds, players: s.players }) }),
      h('div', { class: 'button-row' },
        // m4: the results open below the list: bring them into view. m18: the accessible name starts with the visible text.
        button(t('report.open'), () => loadInto(detail, ctx, () => accountsApi.session(s.id), (report) => {
          const view = sessionView(report);
          requestAnimationFrame(() => view.scrollIntoView({ behavior: 'smooth', block: 'start' }));
          return view;
        }), { class: 'btn btn-secondary btn-small', 'aria-label': t('report.openOf', { when }) }),
        downloadLink(downloadUrl.sessionCsv(s.id, lang()), t('report.csv'), t('report.sessionCsvOf', { when })))));
  }
  return ul;
}

function sessionView(report: SessionReport): HTMLElement {
  const when = formatDate(report.session.createdAt, true);
  const el = h('div', { class: 'session-report', 'data-testid': 'session-report' },
    h('h4', { text: t('report.sessionLine', { when, code: report.session.code }) }));
  if (report.rounds.length === 0) el.append(h('p', { class: 'hint', text: t('report.noResults') }));
  for (const r of report.rounds) {
    const rows = r.results.toSorted((a, b) => b.score - a.score).map((res) => h('tr', {},
      h('th', { scope: 'row', text: res.nickname }),
      h('td', { text: res.apprenticeId ? t('report.withCard') : t('report.guest') }),
      h('td', { class: 'num', text: String(res.score) })));
    el.append(h('div', { class: 'table-wrap' },
      h('table', { class: 'data-table' },
        h('caption', { text: `${t('report.roundN', { n: r.roundIndex + 1 })} · ${gameTitle(r.gameId)} · ${levelLabel(r.gameId, r.level)}${r.endedEarly ? ` · ${t('report.endedEarly')}` : ''}` }),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t('report.player') }), h('th', { scope: 'col', text: t('report.kind') }), h('th', { scope: 'col', text: t('report.score') }))),
        h('tbody', {}, ...rows))));
  }
  el.append(downloadLink(downloadUrl.sessionCsv(report.session.id, lang()), t('report.csv'), t('report.sessionCsvOf', { when })));
  return el;
}
