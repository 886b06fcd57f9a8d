import type { Request, Response } from 'express';
import { checkFirstRun } from '../auth/first-run.ts';
import { LoginTakenError } from '../repositories/trainer-repository.ts';
import { fail, idParam, type AccountDeps, type AccountRoute } from './account-route.ts';

async function setDisabled(deps: AccountDeps, req: Request, res: Response, disabled: boolean) {
  const id = idParam(req);
  const company = id ? await deps.companies.setDisabled(id, disabled) : null;
  if (!company) return fail(res, 404, 'NOT_FOUND');
  if (disabled) await deps.revoke({ kind: 'company', companyId: company.id });
  res.json({ company });
}

/** The platform admin adds, disables and enables companies; never sees their apprentices. */
export function platformRoutes(deps: AccountDeps): AccountRoute[] {
  return [
    {
      method: 'get', path: '/platform/companies', access: 'platform', body: false,
      handle: async (_req, res) => res.json({ companies: await deps.companies.overview() }),
    },
    {
      method: 'post', path: '/platform/companies', access: 'platform', body: true,
      handle: async (req, res) => {
        const b = req.body as Record<string, unknown>;
        const input = checkFirstRun({ company: b.company, login: b.login, displayName: b.displayName, password: b.password });
        if (!input.ok) return fail(res, 400, input.code);
        try {
          const company = await deps.companies.createWithAdmin(input.company, { login: input.login, displayName: input.displayName, passwordHash: await deps.passwords.hash(input.password), role: 'admin' });
          res.status(201).json({ company });
        } catch (err) {
          if (err instanceof LoginTakenError) return fail(res, 409, 'LOGIN_TAKEN');
          throw err;
        }
      },
    },
    { method: 'post', path: '/platform/companies/:id/disable', access: 'platform', body: false, handle: (req, res) => setDisabled(deps, req, res, true) },
    { method: 'post', path: '/platform/companies/:id/enable', access: 'platform', body: false, handle: (req, res) => setDisabled(deps, req, res, false) },
    {
      // Review N9: a disabled company's data erased for good; the name typed confirms it.
      method: 'post', path: '/platform/companies/:id/erase', access: 'platform', body: true,
      handle: async (req, res) => {
        const id = idParam(req);
        const confirm = (req.body as Record<string, unknown>).confirm;
        if (!id) return fail(res, 404, 'NOT_FOUND');
        if (typeof confirm !== 'string' || confirm.length === 0 || confirm.length > 200) return fail(res, 400, 'CONFIRM_MISMATCH');
        const outcome = await deps.companies.erase(id, confirm);
        if ('refused' in outcome) return fail(res, outcome.refused === 'NOT_FOUND' ? 404 : outcome.refused === 'COMPANY_ACTIVE' ? 409 : 400, outcome.refused);
        await deps.revoke({ kind: 'company', companyId: id });
        deps.purge.request();
        res.json(outcome);
      },
    },
  ];
}
