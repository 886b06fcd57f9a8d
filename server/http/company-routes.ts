import type { AccountDeps, AccountRoute } from './account-route.ts';
import { fail } from './account-route.ts';

/** The own company and its settings (guest-result retention). */
export function companyRoutes(deps: AccountDeps): AccountRoute[] {
  return [
    {
      method: 'get', path: '/company', access: 'admin', body: false,
      handle: async (_req, res, me) => res.json({ company: await deps.companies.settings(me.companyId) }),
    },
    {
      method: 'post', path: '/company/settings', access: 'admin', body: true,
      handle: async (req, res, me) => {
        const days = (req.body as Record<string, unknown>).guestRetentionDays;
        if (days !== null && (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 3650)) return fail(res, 400, 'RETENTION_INVALID');
        await deps.companies.setGuestRetention(me.companyId, days);
        res.json({ company: await deps.companies.settings(me.companyId) });
      },
    },
  ];
}
