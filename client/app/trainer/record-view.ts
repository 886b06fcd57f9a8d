import { findGame } from '../../../shared/games/index.ts';
import { figureLabel } from '../../../shared/reports/figures.ts';
import type { LevelSummary } from '../../../shared/protocol/reports.ts';
import { lang, t } from '../../i18n/index.ts';
import { downloadUrl, type ApprenticeRecord } from '../../net/accounts-api.ts';
import { h } from '../dom.ts';
import { gameTitle, levelLabel } from '../widgets.ts';
import { recordBookOne } from './record-book.ts';
import { downloadLink } from './section-kit.ts';
import { trendChart } from './trend-chart.ts';

// One apprentice's record (issue 21 §1, walkthrough m3): a card per game AND level with
// rounds, best and median points, first → last round, the game's own measure (Reaktion:
// median ms; the others: % right), the learning curve on a labelled scale and the
// mistakes that recur; the downloads (XLSX for Excel, CSV for other programs).

function downloads(rec: ApprenticeRecord): HTMLElement {
  const name = rec.apprentice.displayName;
  return h('div', {},
    h('div', { class: 'button-row' },
      downloadLink(downloadUrl.recordXlsx(rec.apprentice.id, lang()), t('report.xlsx'), t('report.xlsxOf', { name })),
      downloadLink(downloadUrl.recordCsv(rec.apprentice.id, lang()), t('report.csv'), t('report.csvOf', { name }))),
    h('p', { class: 'hint', text: t('report.filesHint') }),
    recordBookOne(rec.apprentice));
}

function stat(label: string, value: string): HTMLElement {
  return h('div', { class: 'record-stat' }, h('dt', { text: label }), h('dd', { text: value }));
}

function levelCard(s: LevelSummary): HTMLElement {
  const game = findGame(s.gameId);
  const max = game?.maxScore ?? Math.max(...s.scores, 1);
  const first = s.scores[0] ?? 0;
  const last = s.scores.at(-1) ?? 0;
  const title = `${gameTitle(s.gameId)} · ${levelLabel(s.gameId, s.level, s.setTitle)}`;
  const measure = s.measure && s.measure.best !== null
    ? t(s.measure.unit === 'ms' ? 'report.measureMs' : 'report.measurePct', { best: s.measure.best, median: s.measure.median ?? '–' })
    : '–';
  const recurring = s.recurring.length
    ? h('ul', { class: 'record-mistakes' }, ...s.recurring.map((m) => h('li', { text: t('report.recurringItem', { label: figureLabel(game, m.key, lang()), count: m.count, rounds: m.rounds }) })))
    : h('p', { class: 'hint', text: t('report.noRecurring') });
  return h('article', { class: 'record-card', 'data-testid': 'record-level' },
    h('h4', { text: title }),
    h('div', { class: 'record-body' },
      h('dl', { class: 'record-stats' },
        stat(t('report.rounds'), String(s.rounds)),
        stat(t('report.best'), String(s.best)),
        stat(t('report.median'), String(s.median)),
        stat(t('report.firstLast'), `${first} → ${last}`),
        stat(t('report.measure'), measure)),
      trendChart(s.scores, max, {
        x: t('report.axisRound'), y: t('report.axisPoints'),
        aria: t('report.curveLabel', { n: s.scores.length, first, last, best: s.best, max }),
      })),
    h('h5', { text: t('report.recurring') }),
    recurring);
}

/** The record page part of one apprentice (the picker above chooses whom). */
export function recordView(rec: ApprenticeRecord): Node {
  const name = rec.apprentice.displayName;
  if (rec.levels.length === 0) return h('div', {}, h('p', { class: 'hint', text: t('report.noRounds', { name }) }), downloads(rec));
  return h('div', { 'data-testid': 'record' },
    h('p', { class: 'lead', text: t('report.recordOf', { name, n: rec.history.length }) }),
    h('p', { class: 'hint', text: t('report.curveNote') }),
    h('div', { class: 'record-grid' }, ...rec.levels.map(levelCard)),
    downloads(rec));
}
