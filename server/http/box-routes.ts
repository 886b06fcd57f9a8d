import { normalizeNickname } from '../../shared/core/text.ts';
import { fail, idParam, type AccountDeps, type AccountRoute } from './account-route.ts';

// A company's buzzer boxes (docs/HARDWARE.md §Credentials): list, add (the credential is in
// the answer once and never again), revoke (the box leaves its live round at once) and delete
// (its keys are gone for good). Another company's box answers the same 404 as a missing one.

/** Trainer routes for buzzer boxes. */
export function boxRoutes(deps: AccountDeps): AccountRoute[] {
  const repo = deps.boxes.repository;
  return [
    {
      method: 'get', path: '/boxes', access: 'trainer', body: false,
      // With where boxes connect (or that hardware is off): the trainer's box screen says so.
      handle: async (req, res, me) => res.json({ boxes: await repo.list(me.companyId), hardware: deps.boxes.info(deps.publicUrl(req)) }),
    },
    {
      method: 'post', path: '/boxes', access: 'trainer', body: true,
      handle: async (req, res, me) => {
        const label = normalizeNickname((req.body as Record<string, unknown>).label);
        if (!label.ok) return fail(res, 400, 'BOX_NAME_INVALID');
        const made = await repo.create(me.companyId, label.value);
        if (!made) return fail(res, 409, 'BOXES_FULL');
        res.status(201).json(made);
      },
    },
    {
      method: 'post', path: '/boxes/:id/revoke', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const id = idParam(req);
        if (!id || !(await repo.revoke(id, me.companyId))) return fail(res, 404, 'NOT_FOUND');
        deps.boxes.revoked(id);
        res.json({ ok: true });
      },
    },
    {
      method: 'post', path: '/boxes/:id/delete', access: 'admin', body: false,
      handle: async (req, res, me) => {
        const id = idParam(req);
        if (!id || !(await repo.delete(id, me.companyId))) return fail(res, 404, 'NOT_FOUND');
        deps.boxes.revoked(id);
        deps.purge.request();
        res.json({ ok: true });
      },
    },
  ];
}
