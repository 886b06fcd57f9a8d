import type { GameRegistry } from '../../shared/games/registry.ts';
import type { Lang } from '../../shared/protocol/errors.ts';
import type { HistoryRow, SessionReport } from '../../shared/protocol/reports.ts';
import { FIGURE_HEADINGS, figureCells, figureLabel } from '../../shared/reports/figures.ts';
import { summarizeLevels } from '../../shared/reports/record-summary.ts';
import { berlinDateTime, berlinOffset, type Cell } from './csv.ts';

// The rows of the report downloads, one table for CSV and XLSX alike (issue 21 §1): the
// session report (per round and player the game's own figures and the level's name) and
// an apprentice's record (every counted round, and the summary per game and level).
// Times: Berlin wall clock "YYYY-MM-DD HH:MM" plus its UTC offset in the next column, so a
// time in the autumn hour that happens twice is still unambiguous. Figures a result
// stored before this release lacks are empty cells.

/** A header row and data rows; text cells stay text in XLSX (server/reports/xlsx.ts). */
export interface ReportTable {
  header: string[];
  rows: Cell[][];
}

const H = {
  de: { round: 'Runde', game: 'Spiel', level: 'Stufe', levelName: 'Stufenname', start: 'Beginn (Berlin)', offset: 'UTC-Versatz', player: 'Spieler', card: 'Teilnahme', score: 'Punkte', counted: 'Gewertet', date: 'Datum (Berlin)', name: 'Name', session: 'Sitzung', rounds: 'Runden', best: 'Beste Punkte', median: 'Median Punkte', first: 'Erste Runde Punkte', last: 'Letzte Runde Punkte', measure: 'Eigenes Maß', measureBest: 'Maß bestes', measureMedian: 'Maß Median', recurring: 'Wiederkehrende Fehler' },
  en: { round: 'Round', game: 'Game', level: 'Level', levelName: 'Level name', start: 'Started (Berlin)', offset: 'UTC offset', player: 'Player', card: 'Joined', score: 'Score', counted: 'Counted', date: 'Date (Berlin)', name: 'Name', session: 'Session', rounds: 'Rounds', best: 'Best score', median: 'Median score', first: 'First round score', last: 'Last round score', measure: 'Own measure', measureBest: 'Measure best', measureMedian: 'Measure median', recurring: 'Recurring mistakes' },
} as const;
const WORDS = {
  de: { card: 'mit Ausweis', guest: 'Gast', yes: 'ja', early: 'nein (vorzeitig beendet)', set: 'Aufgabensatz', ms: 'Median ms (kleiner ist besser)', pct: '% richtig', inRounds: 'in {n} Runden' },
  en: { card: 'with card', guest: 'guest', yes: 'yes', early: 'no (ended early)', set: 'Task set', ms: 'Median ms (lower is better)', pct: '% right', inRounds: 'in {n} rounds' },
} as const;

const FIGURE_KEYS = ['correctPct', 'medianMs', 'bestMs', 'falseStarts', 'misses', 'parts', 'mistakes'] as const;

/** The level's name from the game registry ("Sehen (Lichtsignal)"), or "Aufgabensatz: <title>" for a company set. */
export function levelName(games: GameRegistry, lang: Lang, gameId: string, level: number, setTitle: string): string {
  if (setTitle) return `${WORDS[lang].set}: ${setTitle}`;
  return games.find(gameId)?.texts[lang].levels[level] ?? '';
}

const gameTitle = (games: GameRegistry, lang: Lang, id: string) => games.find(id)?.texts[lang].title ?? id;

/** Session report: one row per round and player. */
export function sessionTable(report: SessionReport, games: GameRegistry, lang: Lang): ReportTable {
  const h = H[lang], w = WORDS[lang];
  const header = [h.round, h.game, h.level, h.levelName, h.start, h.offset, h.player, h.card, h.score, h.counted, ...FIGURE_KEYS.map((k) => FIGURE_HEADINGS[lang][k])];
  const rows = report.rounds.flatMap((r) => r.results.map((x): Cell[] => {
    const f = figureCells(games.find(r.gameId), x.figures, lang);
    return [
      r.roundIndex + 1, gameTitle(games, lang, r.gameId), r.level, levelName(games, lang, r.gameId, r.level, r.setTitle),
      berlinDateTime(r.startedAt), berlinOffset(r.startedAt), x.nickname, x.apprenticeId ? w.card : w.guest, x.score,
      r.endedEarly ? w.early : w.yes, ...FIGURE_KEYS.map((k) => f[k]),
    ];
  }));
  return { header, rows };
}

/** An apprentice's counted rounds, oldest first, with the figures of each. */
export function recordRoundsTable(name: string, history: readonly HistoryRow[], games: GameRegistry, lang: Lang): ReportTable {
  const h = H[lang];
  const header = [h.date, h.offset, h.name, h.game, h.level, h.levelName, h.score, ...FIGURE_KEYS.map((k) => FIGURE_HEADINGS[lang][k]), h.session];
  const rows = history.map((r): Cell[] => {
    const f = figureCells(games.find(r.gameId), r.figures, lang);
    return [berlinDateTime(r.playedAt), berlinOffset(r.playedAt), name, gameTitle(games, lang, r.gameId), r.level, levelName(games, lang, r.gameId, r.level, r.setTitle), r.score, ...FIGURE_KEYS.map((k) => f[k]), r.sessionId];
  });
  return { header, rows };
}

/** An apprentice's record per game and level: rounds, best/median/first/last points, the game's own measure, recurring mistakes. */
export function recordLevelsTable(history: readonly HistoryRow[], games: GameRegistry, lang: Lang): ReportTable {
  const h = H[lang], w = WORDS[lang];
  const header = [h.game, h.level, h.levelName, h.rounds, h.best, h.median, h.first, h.last, h.measure, h.measureBest, h.measureMedian, h.recurring];
  const rows = summarizeLevels(history).map((s): Cell[] => [
    gameTitle(games, lang, s.gameId), s.level, levelName(games, lang, s.gameId, s.level, s.setTitle), s.rounds, s.best, s.median,
    s.scores[0] ?? null, s.scores.at(-1) ?? null, s.measure ? w[s.measure.unit] : '', s.measure?.best ?? null, s.measure?.median ?? null,
    s.recurring.map((m) => `${figureLabel(games.find(s.gameId), m.key, lang)} ×${m.count} (${w.inRounds.replace('{n}', String(m.rounds))})`).join(' · '),
  ]);
  return { header, rows };
}
