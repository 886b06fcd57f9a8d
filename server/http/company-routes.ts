import type { AccountDeps, AccountRoute } from './account-route.ts';
import { fail } from './account-route.ts';
import { checkName } from '../auth/account-input.ts';

/** The own company and its settings (name, guest-result retention). */
export function companyRoutes(deps: AccountDeps): AccountRoute[] {
  return [
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
