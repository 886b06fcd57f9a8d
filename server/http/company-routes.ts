import type { AccountDeps, AccountRoute } from './account-route.ts';
import { fail, publicTrainer } from './account-route.ts';
import { safeFileName } from '../reports/csv.ts';
import { checkName } from '../auth/account-input.ts';

/** The own company and its settings (name, guest-result retention), and its data export. */
export function companyRoutes(deps: AccountDeps): AccountRoute[] {
  return [
    {
      // The company's own data as one JSON file (docs/ACCOUNTS-API.md): settings, trainer
      // accounts, apprentices, task sets and buzzer boxes — never a password hash, card code,
      // box login hash or signing key. Each apprentice's results: that apprentice's export.
      method: 'get', path: '/company/export', access: 'admin', body: false,
      handle: async (_req, res, me) => {
        const company = await deps.companies.settings(me.companyId);
        if (!company) return fail(res, 404, 'NOT_FOUND');
        const [trainers, apprentices, taskSets, boxes] = await Promise.all([
          deps.trainers.list(me.companyId), deps.apprentices.list(me.companyId), deps.taskSets.list(me.companyId), deps.boxes.repository.list(me.companyId),
        ]);
        res.set('Content-Disposition', `attachment; filename="${safeFileName(company.name)}.json"`);
        res.json({ exportedAt: new Date().toISOString(), company, trainers: trainers.map(publicTrainer), apprentices, taskSets, boxes });
      },
    },
    {
      method: 'get', path: '/company', access: 'admin', body: false,
      handle: async (_req, res, me) => res.json({ company: await deps.companies.settings(me.companyId) }),
    },
    {
      method: 'post', path: '/company/settings', access: 'admin', body: true,
      handle: async (req, res, me) => {
        const body = req.body as Record<string, unknown>;
        // Each field is optional (m19: the name can be changed); what is sent is checked first, then all is saved.
        if (!('guestRetentionDays' in body) && !('name' in body)) return fail(res, 400, 'MESSAGE_INVALID');
        const days = body.guestRetentionDays;
        if ('guestRetentionDays' in body && days !== null && (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 3650)) return fail(res, 400, 'RETENTION_INVALID');
        const name = 'name' in body ? checkName(body.name) : null;
        if (name && !name.ok) return fail(res, 400, name.code);
        if (name?.ok) await deps.companies.rename(me.companyId, name.value);
        if ('guestRetentionDays' in body) await deps.companies.setGuestRetention(me.companyId, days as number | null);
        res.json({ company: await deps.companies.settings(me.companyId) });
      },
    },
  ];
}
