import { findGame } from '../../shared/games/index.ts';
import { berlinDateTime, safeFileName, toCsv } from '../reports/csv.ts';
import { fail, intQuery, type AccountDeps, type AccountRoute } from './account-route.ts';
import { sendCsv } from './downloads.ts';

/** Session history and results of the trainer's company. */
export function reportRoutes(deps: AccountDeps): AccountRoute[] {
  return [
    {
      method: 'get', path: '/reports/sessions', access: 'trainer', body: false,
      handle: async (req, res, me) => res.json({ sessions: await deps.reports.sessions(me.companyId, intQuery(req, 'limit', 1, 200, 50)) }),
    },
    {
      method: 'get', path: '/reports/sessions/:id', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const id = sessionId(req.params.id);
        const report = id ? await deps.reports.session(id, me.companyId) : null;
        return report ? res.json(report) : fail(res, 404, 'NOT_FOUND');
      },
    },
    {
      method: 'get', path: '/reports/sessions/:id/csv', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const id = sessionId(req.params.id);
        const report = id ? await deps.reports.session(id, me.companyId) : null;
        if (!report) return fail(res, 404, 'NOT_FOUND');
        const lang = req.query.lang === 'en' ? 'en' : 'de';
        const header = lang === 'en' ? ['Round', 'Game', 'Level', 'Started', 'Player', 'Card', 'Score', 'Counted'] : ['Runde', 'Spiel', 'Stufe', 'Beginn', 'Spieler', 'Ausweis', 'Punkte', 'Gewertet'];
        // A round the host ended early stays in the history but counts nowhere: say so per row.
        const counted = (early: boolean) => (early ? (lang === 'en' ? 'no (ended early)' : 'nein (vorzeitig beendet)') : (lang === 'en' ? 'yes' : 'ja'));
        const rows = report.rounds.flatMap((r) => r.results.map((x) => [
          r.roundIndex + 1, findGame(r.gameId)?.texts[lang].title ?? r.gameId, r.level, berlinDateTime(r.startedAt), x.nickname,
          x.apprenticeId ? (lang === 'en' ? 'yes' : 'ja') : (lang === 'en' ? 'guest' : 'Gast'), x.score, counted(r.endedEarly),
        ]));
        sendCsv(res, `${safeFileName(`session-${report.session.createdAt.slice(0, 10)}-${report.session.code}`)}.csv`, toCsv([header, ...rows]));
      },
    },
  ];
}

// Session ids are Colyseus room ids (9 url-safe characters); anything else cannot exist.
const ROOM_ID = /^[A-Za-z0-9_-]{4,32}$/;
function sessionId(raw: unknown): string | null {
  return typeof raw === 'string' && ROOM_ID.test(raw) ? raw : null;
}
