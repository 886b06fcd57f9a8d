import { findGame } from '../../../shared/games/index.ts';
import { FIGURE_HEADINGS, figureCells, figureLabel, type FigureCells } from '../../../shared/reports/figures.ts';
import type { ReportRound, SessionReport } from '../../../shared/protocol/reports.ts';
import { lang, t } from '../../i18n/index.ts';
import { downloadUrl } from '../../net/accounts-api.ts';
import { h } from '../dom.ts';
import { gameTitle, levelLabel } from '../widgets.ts';
import { formatDate } from './form-kit.ts';
import { downloadLink } from './section-kit.ts';

// The results of one past session (issue 21 §1, walkthrough m3): per round and player the
// points and the game's own figures — Reaktion median/best ms, false starts, misses; the
// others % right, right per kind of item or per task, and the mistakes — with the level's
// name; above each table the mistakes most players of the round made. A result stored
// before figures existed shows "–".

const FIGURE_KEYS = ['correctPct', 'medianMs', 'bestMs', 'falseStarts', 'misses', 'parts', 'mistakes'] as const;
const NUMERIC = new Set<keyof FigureCells>(['correctPct', 'medianMs', 'bestMs', 'falseStarts', 'misses']);
const MOST_MISTAKES = 3;

/** The figure columns this round's game fills (those at least one result has). */
function columnsOf(cells: readonly FigureCells[]): (keyof FigureCells)[] {
  return FIGURE_KEYS.filter((k) => cells.some((c) => c[k] !== null && c[k] !== ''));
}

/** "Frühstart (2 Spieler) · …": mistakes by how many players made them. */
function roundMistakes(r: ReportRound): string {
  const players = new Map<string, number>();
  for (const x of r.results) for (const m of x.figures?.mistakes ?? []) players.set(m.key, (players.get(m.key) ?? 0) + 1);
  const game = findGame(r.gameId);
  return [...players].toSorted((a, b) => b[1] - a[1]).slice(0, MOST_MISTAKES)
    .map(([key, n]) => t('report.mistakePlayers', { label: figureLabel(game, key, lang()), n })).join(' · ');
}

function roundTable(r: ReportRound): HTMLElement {
  const game = findGame(r.gameId);
  const cells = r.results.map((x) => figureCells(game, x.figures, lang()));
  const cols = columnsOf(cells);
  const head = h('tr', {},
    h('th', { scope: 'col', text: t('report.player') }), h('th', { scope: 'col', text: t('report.kind') }), h('th', { scope: 'col', class: 'num', text: t('report.score') }),
    ...cols.map((k) => h('th', { scope: 'col', class: NUMERIC.has(k) ? 'num' : '', text: FIGURE_HEADINGS[lang()][k] })));
  const rows = r.results.map((res, i) => h('tr', {},
    h('th', { scope: 'row', text: res.nickname }),
    h('td', { text: res.apprenticeId ? t('report.withCard') : t('report.guest') }),
    h('td', { class: 'num', text: String(res.score) }),
    ...cols.map((k) => {
      const v = (cells[i] as FigureCells)[k];
      if (k === 'mistakes' || k === 'parts') {
        const items = String(v ?? '').split(' · ').filter(Boolean);
        return h('td', { class: 'figure-list' }, items.length ? h('ul', {}, ...items.map((s) => h('li', { text: s }))) : '–');
      }
      return h('td', { class: 'num', text: v === null || v === '' ? '–' : String(v) });
    })));
  const caption = `${t('report.roundN', { n: r.roundIndex + 1 })} · ${gameTitle(r.gameId)} · ${levelLabel(r.gameId, r.level, r.setTitle)}${r.endedEarly ? ` · ${t('report.endedEarly')}` : ''}`;
  const common = roundMistakes(r);
  return h('div', { class: 'report-round' },
    h('div', { class: 'table-wrap' },
      h('table', { class: 'data-table' }, h('caption', { text: caption }), h('thead', {}, head), h('tbody', {}, ...rows))),
    common ? h('p', { class: 'round-mistakes', text: t('report.roundMistakes', { list: common }) }) : null);
}

/** The downloads of a session: XLSX for Excel first, CSV for other programs. */
export function sessionDownloads(sessionId: string, when: string): HTMLAnchorElement[] {
  return [
    downloadLink(downloadUrl.sessionXlsx(sessionId, lang()), t('report.xlsx'), t('report.sessionXlsxOf', { when })),
    downloadLink(downloadUrl.sessionCsv(sessionId, lang()), t('report.csv'), t('report.sessionCsvOf', { when })),
  ];
}

/** A past session's results, round by round. */
export function sessionView(report: SessionReport): HTMLElement {
  const when = formatDate(report.session.createdAt, true);
  const el = h('div', { class: 'session-report', 'data-testid': 'session-report' },
    h('h4', { text: t('report.sessionLine', { when, code: report.session.code }) }));
  if (report.rounds.length === 0) el.append(h('p', { class: 'hint', text: t('report.noResults') }));
  for (const r of report.rounds) el.append(roundTable(r));
  if (report.rounds.some((r) => r.results.some((x) => x.figures === null))) el.append(h('p', { class: 'hint', text: t('report.notMeasured') }));
  el.append(h('div', { class: 'button-row' }, ...sessionDownloads(report.session.id, when)), h('p', { class: 'hint', text: t('report.filesHint') }));
  return el;
}
