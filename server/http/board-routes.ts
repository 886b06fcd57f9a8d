import { isPeriod, MIN_ROUNDS, periodStart } from '../../shared/boards/rules.ts';
import { fail, intQuery, type AccountDeps, type AccountRoute } from './account-route.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The company's leaderboards (rules: shared/boards/rules.ts and README). */
export function boardRoutes(deps: AccountDeps): AccountRoute[] {
  return [
    {
      method: 'get', path: '/boards', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const { game: rawGame = 'all', period = 'week', apprentice } = req.query;
        const game = rawGame === 'all' ? null : deps.games.find(rawGame);
        if (game === undefined || !isPeriod(period)) return fail(res, 400, 'MESSAGE_INVALID');
        if (apprentice !== undefined && (typeof apprentice !== 'string' || !UUID.test(apprentice))) return fail(res, 400, 'MESSAGE_INVALID');
        const limit = intQuery(req, 'limit', 1, 100, 10);
        const from = periodStart(period, new Date());
        const ranking = await deps.boards.ranking({ companyId: me.companyId, gameId: game?.id ?? null, from });
        res.json({
          game: game?.id ?? 'all', period, from: from?.toISOString() ?? null, minRounds: MIN_ROUNDS, total: ranking.length,
          entries: ranking.slice(0, limit),
          // Looked up in the company's own ranking only: another company's id is simply "not ranked".
          me: apprentice === undefined ? null : (ranking.find((e) => e.apprenticeId === apprentice) ?? null),
        });
      },
    },
  ];
}
