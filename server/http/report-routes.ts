import type { Request } from 'express';
import type { Lang } from '../../shared/protocol/errors.ts';
import { safeFileName, toCsv } from '../reports/csv.ts';
import { sessionTable } from '../reports/report-tables.ts';
import { toXlsx } from '../reports/xlsx.ts';
import { fail, intQuery, type AccountDeps, type AccountRoute } from './account-route.ts';
import { sendCsv, sendXlsx } from './downloads.ts';

/** Session history and results of the trainer's company. */
export function reportRoutes(deps: AccountDeps): AccountRoute[] {
  const report = async (req: Request, companyId: string) => {
    const id = sessionId(req.params.id);
    return id ? deps.reports.session(id, companyId) : null;
  };
  const fileName = (r: NonNullable<Awaited<ReturnType<typeof report>>>) => safeFileName(`session-${r.session.createdAt.slice(0, 10)}-${r.session.code}`);
  return [
    {
      method: 'get', path: '/reports/sessions', access: 'trainer', body: false,
      handle: async (req, res, me) => res.json({ sessions: await deps.reports.sessions(me.companyId, intQuery(req, 'limit', 1, 200, 50)) }),
    },
    {
      method: 'get', path: '/reports/sessions/:id', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const r = await report(req, me.companyId);
        return r ? res.json(r) : fail(res, 404, 'NOT_FOUND');
      },
    },
    {
      // A round the host ended early stays in the history but counts nowhere: its rows say so ("Gewertet").
      method: 'get', path: '/reports/sessions/:id/csv', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const r = await report(req, me.companyId);
        if (!r) return fail(res, 404, 'NOT_FOUND');
        const t = sessionTable(r, deps.games, langOf(req));
        sendCsv(res, `${fileName(r)}.csv`, toCsv([t.header, ...t.rows]));
      },
    },
    {
      method: 'get', path: '/reports/sessions/:id/xlsx', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const r = await report(req, me.companyId);
        if (!r) return fail(res, 404, 'NOT_FOUND');
        const lang = langOf(req);
        sendXlsx(res, `${fileName(r)}.xlsx`, await toXlsx([{ name: lang === 'en' ? 'Session' : 'Sitzung', table: sessionTable(r, deps.games, lang) }]));
      },
    },
  ];
}

/** The download's language: `?lang=en`, else German. */
export function langOf(req: Request): Lang {
  return req.query.lang === 'en' ? 'en' : 'de';
}

// Session ids are Colyseus room ids (9 url-safe characters); anything else cannot exist.
const ROOM_ID = /^[A-Za-z0-9_-]{4,32}$/;
function sessionId(raw: unknown): string | null {
  return typeof raw === 'string' && ROOM_ID.test(raw) ? raw : null;
}
