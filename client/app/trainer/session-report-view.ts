import { findGame } from '../../../shared/games/index.ts';
import { FIGURE_HEADINGS, figureCells, figureLabel, partText, type FigureCells } from '../../../shared/reports/figures.ts';
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

/** Part columns (per kind of item or per task) in the order they first appear, each with its content label if any. */
function partsOf(r: ReportRound): { key: string; label?: string }[] {
  const seen = new Map<string, string | undefined>();
  for (const x of r.results) for (const p of x.figures?.parts ?? []) if (!seen.has(p.key)) seen.set(p.key, p.label);
  return [...seen].map(([key, label]) => ({ key, ...(label ? { label } : {}) }));
}

function roundTable(r: ReportRound): HTMLElement {
  const game = findGame(r.gameId);
  const cells = r.results.map((x) => figureCells(game, x.figures, lang()));
  // Parts get a column each (Datenfluss per kind, Werkstatt per task); the others as in the files.
  const cols = columnsOf(cells).filter((k) => k !== 'parts');
  const parts = partsOf(r);
  const mistakesCol = cols.includes('mistakes');
  const numeric = cols.filter((k) => k !== 'mistakes');
  const none = cols.length === 0 && parts.length === 0;
  const head = h('tr', {},
    h('th', { scope: 'col', text: t('report.player') }), h('th', { scope: 'col', text: t('report.kind') }), h('th', { scope: 'col', class: 'num', text: t('report.score') }),
    ...numeric.map((k) => h('th', { scope: 'col', class: NUMERIC.has(k) ? 'num' : '', text: FIGURE_HEADINGS[lang()][k] })),
    ...parts.map((p) => h('th', { scope: 'col', class: 'num', text: figureLabel(game, p.key, lang()), title: p.label ?? null })),
    mistakesCol ? h('th', { scope: 'col', text: FIGURE_HEADINGS[lang()].mistakes }) : null,
    none ? h('th', { scope: 'col', text: t('report.figures') }) : null);
  const rows = r.results.map((res, i) => {
    const c = cells[i] as FigureCells;
    const byKey = new Map((res.figures?.parts ?? []).map((p) => [p.key, p]));
    const items = c.mistakes.split(' · ').filter(Boolean);
    return h('tr', {},
      h('th', { scope: 'row', text: res.nickname }),
      h('td', { text: res.apprenticeId ? t('report.withCard') : t('report.guest') }),
      h('td', { class: 'num', text: String(res.score) }),
      ...numeric.map((k) => h('td', { class: 'num', text: c[k] === null ? '–' : String(c[k]) })),
      ...parts.map((p) => {
        const part = byKey.get(p.key);
        return h('td', { class: 'num', text: part ? partText(part) : '–' });
      }),
      mistakesCol ? h('td', { class: 'figure-list' }, items.length ? h('ul', {}, ...items.map((m) => h('li', { text: m }))) : '–') : null,
      none ? h('td', { text: '–' }) : null);
  });
  const caption = `${t('report.roundN', { n: r.roundIndex + 1 })} · ${gameTitle(r.gameId)} · ${levelLabel(r.gameId, r.level, r.setTitle)}${r.endedEarly ? ` · ${t('report.endedEarly')}` : ''}`;
  const legend = parts.filter((p) => p.label);
  const common = roundMistakes(r);
  return h('div', { class: 'report-round' },
    h('div', { class: 'table-wrap' },
      h('table', { class: 'data-table' }, h('caption', { text: caption }), h('thead', {}, head), h('tbody', {}, ...rows))),
    legend.length ? h('ul', { class: 'part-legend' }, ...legend.map((p) => h('li', {}, h('strong', { text: `${figureLabel(game, p.key, lang())}: ` }), p.label ?? ''))) : null,
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
