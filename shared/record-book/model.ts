// What one record-book supplement says, as plain data (it crosses to the PDF worker thread):
// an apprentice's counted rounds grouped by Berlin calendar day and by game and level, with
// the level's curriculum items in the regulation's own words and their source.
import { median } from '../core/stats.ts';
import { CURRICULUM, isCurriculumId } from '../games/curriculum.ts';
import type { GameRegistry } from '../games/registry.ts';
import type { Lang } from '../protocol/errors.ts';
import { berlinDay, type DayKey, type Period } from './period.ts';

/** One counted round of the apprentice (from the repository). Times are ISO instants. */
export interface RecordBookRound {
  gameId: string;
  level: number;
  startedAt: string;
  endedAt: string;
  score: number;
  /** Werkstatt: the company task set the round played, else null. */
  taskSetTitle: string | null;
  /**
   * A task set's round: the curriculum ids its tasks are tagged with (the version played).
   * They replace the level's ids, which describe the built-in example set (a company's own
   * questions about glass cement are no "Messen und Prüfen elektrischer Größen").
   */
  taskSetTags?: readonly string[];
}

/** A curriculum item as the supplement prints it. */
export interface RecordBookItem {
  /** The position's name in the regulation's words (German; English: our translation). */
  text: string;
  /** The regulation and position, e.g. "MechatronikerAusbV 2018, § 3 Abs. 2 Nr. 13". */
  source: string;
  /** In English: the regulation's German wording (the translation is ours); in German null. */
  original: string | null;
}

/** What one game level was practised on one day. */
export interface RecordBookEntry {
  game: string;
  level: number;
  levelName: string;
  taskSet: string | null;
  items: RecordBookItem[];
  rounds: number;
  /** Sum of the rounds' durations (start to end), ms. */
  durationMs: number;
  /** Start of the day's first round of this level (ISO). */
  firstStart: string;
  /** Scores (0..the game's maxScore); printed only when the trainer asked for them. */
  best: number;
  median: number;
}

export interface RecordBookDay {
  day: DayKey;
  entries: RecordBookEntry[];
}

/** Everything one apprentice's supplement prints. */
export interface RecordBookDoc {
  lang: Lang;
  company: string;
  apprentice: { name: string; trade: string; trainingYear: number };
  period: Period;
  /** When the file was made (ISO). */
  createdAt: string;
  showScores: boolean;
  days: RecordBookDay[];
  totalRounds: number;
  totalMs: number;
}

/** A round's duration in ms: end minus start, never negative. */
export function roundDurationMs(r: Pick<RecordBookRound, 'startedAt' | 'endedAt'>): number {
  return Math.max(0, Date.parse(r.endedAt) - Date.parse(r.startedAt));
}

/**
 * Groups rounds by Berlin calendar day (oldest day first), then by game, level and task set
 * in order of the first round. Levels and items are named through `games` in `lang`; a game
 * no longer on the server keeps its id and no items.
 */
export function groupRounds(rounds: readonly RecordBookRound[], games: GameRegistry, lang: Lang): RecordBookDay[] {
  const sorted = rounds.toSorted((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  const days = new Map<DayKey, Map<string, { entry: RecordBookEntry; scores: number[] }>>();
  for (const r of sorted) {
    const day = berlinDay(r.startedAt);
    let entries = days.get(day);
    if (!entries) days.set(day, (entries = new Map()));
    const key = JSON.stringify([r.gameId, r.level, r.taskSetTitle]);
    let slot = entries.get(key);
    if (!slot) entries.set(key, (slot = { entry: newEntry(r, games, lang), scores: [] }));
    slot.entry.rounds += 1;
    slot.entry.durationMs += roundDurationMs(r);
    slot.scores.push(r.score);
  }
  return [...days].toSorted(([a], [b]) => a.localeCompare(b)).map(([day, entries]) => ({
    day,
    entries: [...entries.values()].map(({ entry, scores }) => ({ ...entry, best: Math.max(...scores), median: Math.round(median(scores) ?? 0) })),
  }));
}

function newEntry(r: RecordBookRound, games: GameRegistry, lang: Lang): RecordBookEntry {
  const game = games.find(r.gameId);
  const ids = r.taskSetTitle !== null ? [...new Set(r.taskSetTags ?? [])] : (game?.curriculum[r.level] ?? []);
  const items = ids.filter(isCurriculumId).map((id) => ({ text: CURRICULUM[id][lang], source: CURRICULUM[id].source, original: lang === 'de' ? null : CURRICULUM[id].de }));
  return {
    game: game?.texts[lang].title ?? r.gameId,
    level: r.level,
    // A set's round is named by the set (the entry's taskSet line), not the example set's level name.
    levelName: r.taskSetTitle !== null ? '' : (game?.texts[lang].levels[r.level] ?? ''),
    taskSet: r.taskSetTitle,
    items,
    rounds: 0,
    durationMs: 0,
    firstStart: r.startedAt,
    best: 0,
    median: 0,
  };
}

/** The whole supplement of one apprentice (rounds outside `period` must already be left out). */
export function buildRecordBook(input: Omit<RecordBookDoc, 'days' | 'totalRounds' | 'totalMs'> & { rounds: readonly RecordBookRound[]; games: GameRegistry }): RecordBookDoc {
  const { rounds, games, ...head } = input;
  return {
    ...head,
    days: groupRounds(rounds, games, head.lang),
    totalRounds: rounds.length,
    totalMs: rounds.reduce((sum, r) => sum + roundDurationMs(r), 0),
  };
}
