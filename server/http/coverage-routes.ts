import { coverageMatrix, parseGroup } from '../../shared/coverage/matrix.ts';
import { itemCoverage, PRACTISED_MIN_PCT } from '../../shared/coverage/rules.ts';
import { tradeItems } from '../../shared/games/trades.ts';
import type { Apprentice } from '../../shared/protocol/accounts.ts';
import type { ApprenticeCoverage } from '../../shared/protocol/coverage.ts';
import { coverageCsv } from '../reports/coverage-csv.ts';
import { safeFileName } from '../reports/csv.ts';
import { fail, idParam, type AccountDeps, type AccountRoute } from './account-route.ts';
import { sendCsv } from './downloads.ts';

/**
 * One apprentice's coverage of their trade's items (the caller checked the company): every
 * item with the levels that serve it, rounds, best and median %, last played (ISO).
 */
export async function apprenticeCoverage(deps: Pick<AccountDeps, 'coverage' | 'games'>, apprentice: Apprentice, companyId: string): Promise<ApprenticeCoverage> {
  const plays = await deps.coverage.apprenticePlays(companyId, apprentice.id);
  return { apprentice, tradeId: apprentice.tradeId, practisedMinPct: PRACTISED_MIN_PCT, items: itemCoverage(deps.games.all, tradeItems(apprentice.tradeId), plays) };
}

/** Coverage by curriculum item: the group matrix (JSON, CSV) and one apprentice's detail. */
export function coverageRoutes(deps: AccountDeps): AccountRoute[] {
  const matrix = async (companyId: string, trade: unknown, year: unknown) => {
    const group = parseGroup(trade, year);
    if (!group) return null;
    const [apprentices, plays] = await Promise.all([deps.apprentices.list(companyId), deps.coverage.groupPlays(companyId)]);
    return coverageMatrix(deps.games.all, apprentices, plays, group);
  };
  return [
    {
      method: 'get', path: '/coverage', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const m = await matrix(me.companyId, req.query.trade, req.query.year);
        return m ? res.json(m) : fail(res, 400, 'MESSAGE_INVALID');
      },
    },
    {
      method: 'get', path: '/coverage.csv', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const m = await matrix(me.companyId, req.query.trade, req.query.year);
        if (!m) return fail(res, 400, 'MESSAGE_INVALID');
        const lang = req.query.lang === 'en' ? 'en' : 'de';
        const group = [m.trade ?? 'alle', m.year === null ? null : `jahr-${m.year}`].filter(Boolean).join('-');
        sendCsv(res, `${safeFileName(`${lang === 'en' ? 'coverage' : 'uebungsstand'}-${group}`)}.csv`, coverageCsv(m, lang));
      },
    },
    {
      method: 'get', path: '/apprentices/:id/coverage', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const id = idParam(req);
        const apprentice = id ? await deps.apprentices.find(id, me.companyId) : null;
        if (!apprentice) return fail(res, 404, 'NOT_FOUND');
        res.json(await apprenticeCoverage(deps, apprentice, me.companyId));
      },
    },
  ];
}
