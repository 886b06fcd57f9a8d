import { findGame } from '../../shared/games/index.ts';
import type { Lang } from '../../shared/protocol/errors.ts';
import { formatText } from '../../shared/text/format.ts';
import { de } from '../i18n/de.ts';
import { en } from '../i18n/en.ts';

// The one place that names a round's level: "Stufe 1: Sehen (Lichtsignal)", or — for a
// round of a company task set (Werkstatt) — the set's title, never the built-in example's
// level name. Pure (no DOM, language passed in), so unit tests can call it.

const TABLES = { de, en } as const;

/** A playlist item as far as its name goes. */
export interface NamedItem {
  gameId: string;
  level: number;
  /** The company set's title ('' or absent: the game's own levels). */
  setTitle?: string;
}

/** "Stufe 1: …", or "Aufgabensatz: Prüfraum Basics" when the item plays a company set. */
export function levelText(lang: Lang, gameId: string, level: number, setTitle = ''): string {
  if (setTitle) return formatText(TABLES[lang]['common.setName'], { name: setTitle });
  const name = findGame(gameId)?.texts[lang].levels[level] ?? '';
  return formatText(TABLES[lang]['common.levelName'], { n: level, name });
}

/** The playlist item that round `roundIndex` (0-based, across the playlist) plays; the last one past the end. */
export function itemOfRound<T extends { rounds: number }>(playlist: readonly T[], roundIndex: number): T | undefined {
  let n = roundIndex;
  for (const item of playlist) {
    if (n < item.rounds) return item;
    n -= item.rounds;
  }
  return playlist.at(-1);
}

/** The set title of the round being played ('' for a game's own levels or before the first round). */
export function roundSetTitle(playlist: readonly (NamedItem & { rounds: number })[], roundIndex: number, gameId: string): string {
  if (roundIndex < 0) return '';
  const item = itemOfRound(playlist, roundIndex);
  return item && item.gameId === gameId ? item.setTitle ?? '' : '';
}

/** "Werkstatt (Prüfraum Basics)" for the lobby's one-line playlist; the plain title otherwise. */
export function playlistGameText(lang: Lang, item: NamedItem): string {
  const title = findGame(item.gameId)?.texts[lang].title ?? item.gameId;
  return item.setTitle ? formatText(TABLES[lang]['common.gameWithSet'], { game: title, set: item.setTitle }) : title;
}
