import { coverageText } from '../../shared/coverage/texts.ts';
import { CURRICULUM } from '../../shared/games/curriculum.ts';
import { TRADES } from '../../shared/games/trades.ts';
import type { Lang } from '../../shared/protocol/errors.ts';
import type { CoverageMatrix } from '../../shared/protocol/coverage.ts';
import { toCsv } from './csv.ts';

const berlinDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The coverage matrix as CSV (the rules of csv.ts: BOM, `;`, CRLF, formula guard). One row per
 * apprentice: name, trade, training year, one column per item (its id and name in the heading,
 * the status word in the cell: geübt / begonnen / offen / noch keine Level, empty where the item
 * is not part of the trade), the counts and the last day played (YYYY-MM-DD in Europe/Berlin;
 * a calendar day is unambiguous also in the autumn hour that happens twice).
 */
export function coverageCsv(m: CoverageMatrix, lang: Lang): Buffer {
  const w = (k: Parameters<typeof coverageText>[1]) => coverageText(lang, k);
  const header = [w('name'), w('trade'), w('year'), ...m.items.map((id) => `${id} ${CURRICULUM[id][lang]}`), w('countPractised'), w('countStarted'), w('countOpen'), w('lastPlayed')];
  const rows = m.rows.map((r) => {
    const cells = m.items.map((id) => r.cells[id] ?? null);
    const count = (s: string) => cells.filter((c) => c?.status === s).length;
    const last = cells.reduce<string | null>((at, c) => (c?.lastPlayedAt && (!at || c.lastPlayedAt > at) ? c.lastPlayedAt : at), null);
    return [
      r.displayName, r.tradeId ? TRADES[r.tradeId][lang] : [w('noTrade'), r.tradeText].filter(Boolean).join(': '), r.trainingYear,
      ...cells.map((c) => (c ? w(c.status) : '')),
      count('practised'), count('started'), count('open'), last ? berlinDate.format(new Date(last)) : '',
    ];
  });
  return toCsv([header, ...rows]);
}
