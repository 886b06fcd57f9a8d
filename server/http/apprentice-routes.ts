import type { Request, Response } from 'express';
import { formatCardCode } from '../../shared/core/text.ts';
import { checkApprentice } from '../auth/account-input.ts';
import { newCardCode } from '../auth/card-code.ts';
import { hashToken } from '../auth/session-cookie.ts';
import type { Apprentice } from '../repositories/apprentice-repository.ts';
import { summarizeHistory } from '../repositories/report-repository.ts';
import { summarizeLevels } from '../../shared/reports/record-summary.ts';
import { recordLevelsTable, recordRoundsTable } from '../reports/report-tables.ts';
import { toXlsx } from '../reports/xlsx.ts';
import { langOf } from './report-routes.ts';
import type { CompanyTrainer } from '../repositories/trainer-repository.ts';
import { safeFileName, toCsv } from '../reports/csv.ts';
import { fail, idParam, type AccountDeps, type AccountRoute } from './account-route.ts';
import { sendCsv, sendXlsx } from './downloads.ts';
import { apprenticeCoverage } from './coverage-routes.ts';

/** The apprentice addressed by :id in the caller's company, else the same 404 as for a missing one. */
async function ownApprentice(deps: AccountDeps, req: Request, res: Response, me: CompanyTrainer): Promise<Apprentice | null> {
  const id = idParam(req);
  const apprentice = id ? await deps.apprentices.find(id, me.companyId) : null;
  if (!apprentice) fail(res, 404, 'NOT_FOUND');
  return apprentice;
}

async function record(deps: AccountDeps, apprentice: Apprentice, companyId: string) {
  const history = await deps.reports.history(apprentice.id, companyId);
  // games: per game (as before); levels: per game and level with the learning curve (issue 21).
  return { apprentice, games: summarizeHistory(history), levels: summarizeLevels(history), history };
}

/** Trainers manage their company's apprentice profiles and cards; admins export and delete. */
export function apprenticeRoutes(deps: AccountDeps): AccountRoute[] {
  return [
    {
      method: 'get', path: '/apprentices', access: 'trainer', body: false,
      handle: async (_req, res, me) => res.json({ apprentices: await deps.apprentices.list(me.companyId) }),
    },
    {
      method: 'post', path: '/apprentices', access: 'trainer', body: true,
      handle: async (req, res, me) => {
        const input = checkApprentice(req.body as Record<string, unknown>);
        if (!input.ok) return fail(res, 400, input.code);
        res.status(201).json({ apprentice: await deps.apprentices.create(me.companyId, input.value) });
      },
    },
    {
      method: 'post', path: '/apprentices/:id', access: 'trainer', body: true,
      handle: async (req, res, me) => {
        const apprentice = await ownApprentice(deps, req, res, me);
        if (!apprentice) return;
        const input = checkApprentice(req.body as Record<string, unknown>);
        if (!input.ok) return fail(res, 400, input.code);
        const updated = await deps.apprentices.update(apprentice.id, me.companyId, input.value);
        // A rename is a rectification: the old name must leave the data files too (review N9).
        if (updated && updated.displayName !== apprentice.displayName) deps.purge.request();
        return updated ? res.json({ apprentice: updated }) : fail(res, 404, 'NOT_FOUND');
      },
    },
    {
      // A new code every time: the server keeps only its hash, so a lost card is simply replaced.
      method: 'post', path: '/apprentices/:id/card', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const apprentice = await ownApprentice(deps, req, res, me);
        if (!apprentice) return;
        const code = newCardCode();
        const updated = await deps.apprentices.setCard(apprentice.id, me.companyId, hashToken(code));
        if (!updated) return fail(res, 404, 'NOT_FOUND');
        // The old card stops working, also for whoever sits in a live round with it.
        await deps.revoke({ kind: 'apprentice', apprenticeId: apprentice.id });
        const joinUrl = `${deps.publicUrl(req)}?card=${code}`;
        res.json({ apprentice: updated, card: { code: formatCardCode(code), joinUrl } });
      },
    },
    {
      method: 'post', path: '/apprentices/:id/card/revoke', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const apprentice = await ownApprentice(deps, req, res, me);
        if (!apprentice) return;
        const updated = await deps.apprentices.setCard(apprentice.id, me.companyId, null);
        if (!updated) return fail(res, 404, 'NOT_FOUND');
        await deps.revoke({ kind: 'apprentice', apprenticeId: apprentice.id });
        res.json({ apprentice: updated });
      },
    },
    {
      method: 'get', path: '/apprentices/:id/record', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const apprentice = await ownApprentice(deps, req, res, me);
        if (apprentice) res.json(await record(deps, apprentice, me.companyId));
      },
    },
    {
      method: 'get', path: '/apprentices/:id/record.csv', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const apprentice = await ownApprentice(deps, req, res, me);
        if (!apprentice) return;
        const { history } = await record(deps, apprentice, me.companyId);
        const t = recordRoundsTable(apprentice.displayName, history, deps.games, langOf(req));
        sendCsv(res, `${safeFileName(apprentice.displayName)}.csv`, toCsv([t.header, ...t.rows]));
      },
    },
    {
      method: 'get', path: '/apprentices/:id/record.xlsx', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const apprentice = await ownApprentice(deps, req, res, me);
        if (!apprentice) return;
        const { history } = await record(deps, apprentice, me.companyId);
        const lang = langOf(req);
        sendXlsx(res, `${safeFileName(apprentice.displayName)}.xlsx`, await toXlsx([
          { name: lang === 'en' ? 'Per level' : 'Je Stufe', table: recordLevelsTable(history, deps.games, lang) },
          { name: lang === 'en' ? 'Rounds' : 'Runden', table: recordRoundsTable(apprentice.displayName, history, deps.games, lang) },
        ]));
      },
    },
    {
      method: 'get', path: '/apprentices/:id/export', access: 'admin', body: false,
      handle: async (req, res, me) => {
        const id = idParam(req);
        const data = id ? await deps.apprentices.exportData(id, me.companyId) : null;
        const apprentice = id ? await deps.apprentices.find(id, me.companyId) : null;
        if (!data || !apprentice) return fail(res, 404, 'NOT_FOUND');
        // Coverage by curriculum item is derived from the results, but it is about the person too.
        const { items, practisedMinPct } = await apprenticeCoverage(deps, apprentice, me.companyId);
        res.set('Content-Disposition', `attachment; filename="${safeFileName(data.apprentice.displayName)}.json"`);
        res.json({ exportedAt: new Date().toISOString(), ...data, coverage: { tradeId: apprentice.tradeId, practisedMinPct, items } });
      },
    },
    {
      method: 'post', path: '/apprentices/:id/delete', access: 'admin', body: false,
      handle: async (req, res, me) => {
        const id = idParam(req);
        const deleted = id ? await deps.apprentices.delete(id, me.companyId) : false;
        if (!deleted) return fail(res, 404, 'NOT_FOUND');
        await deps.revoke({ kind: 'apprentice', apprenticeId: id! });
        deps.purge.request();
        res.json({ deleted: true });
      },
    },
  ];
}
