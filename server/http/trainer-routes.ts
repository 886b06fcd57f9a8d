import type { Request, Response } from 'express';
import { checkLogin, checkName, checkPassword, checkRole } from '../auth/account-input.ts';
import { LoginTakenError, type CompanyTrainer, type Trainer } from '../repositories/trainer-repository.ts';
import { fail, idParam, publicTrainer, type AccountDeps, type AccountRoute } from './account-route.ts';

/**
 * The trainer addressed by :id in the caller's own company, else a 404 NOT_FOUND that is the
 * same for "missing" and "another company's" (nothing leaks, not even existence).
 */
async function ownTrainer(deps: AccountDeps, req: Request, res: Response, me: CompanyTrainer): Promise<Trainer | null> {
  const id = idParam(req);
  const trainer = id ? await deps.trainers.find(id, me.companyId) : null;
  if (!trainer) fail(res, 404, 'NOT_FOUND');
  return trainer;
}

/** A company admin lists, creates, disables, enables and resets the trainers of the own company. */
export function trainerRoutes(deps: AccountDeps): AccountRoute[] {
  return [
    {
      method: 'get', path: '/trainers', access: 'admin', body: false,
      handle: async (_req, res, me) => res.json({ trainers: (await deps.trainers.list(me.companyId)).map(publicTrainer) }),
    },
    {
      method: 'post', path: '/trainers', access: 'admin', body: true,
      handle: async (req, res, me) => {
        const b = req.body as Record<string, unknown>;
        const login = checkLogin(b.login);
        if (!login.ok) return fail(res, 400, login.code);
        const displayName = checkName(b.displayName ?? login.value);
        if (!displayName.ok) return fail(res, 400, displayName.code);
        const password = checkPassword(b.password);
        if (!password.ok) return fail(res, 400, password.code);
        const role = checkRole(b.role);
        if (!role.ok) return fail(res, 400, role.code);
        try {
          const created = await deps.trainers.create(me.companyId, { login: login.value, displayName: displayName.value, role: role.value, passwordHash: await deps.passwords.hash(password.value) });
          res.status(201).json({ trainer: publicTrainer(created) });
        } catch (err) {
          if (err instanceof LoginTakenError) return fail(res, 409, 'LOGIN_TAKEN');
          throw err;
        }
      },
    },
    {
      method: 'post', path: '/trainers/:id/disable', access: 'admin', body: false,
      handle: async (req, res, me) => {
        const trainer = await ownTrainer(deps, req, res, me);
        if (!trainer) return;
        if (trainer.id === me.id) return fail(res, 400, 'SELF_FORBIDDEN');
        await deps.trainers.setDisabled(trainer.id, me.companyId, true);
        await deps.revoke({ kind: 'trainer', trainerId: trainer.id });
        res.json({ trainer: publicTrainer({ ...trainer, disabled: true }) });
      },
    },
    {
      method: 'post', path: '/trainers/:id/enable', access: 'admin', body: false,
      handle: async (req, res, me) => {
        const trainer = await ownTrainer(deps, req, res, me);
        if (!trainer) return;
        await deps.trainers.setDisabled(trainer.id, me.companyId, false);
        res.json({ trainer: publicTrainer({ ...trainer, disabled: false }) });
      },
    },
    {
      method: 'post', path: '/trainers/:id/reset-password', access: 'admin', body: true,
      handle: async (req, res, me) => {
        const trainer = await ownTrainer(deps, req, res, me);
        if (!trainer) return;
        const password = checkPassword((req.body as Record<string, unknown>).password);
        if (!password.ok) return fail(res, 400, password.code);
        // A reset ends every session of that trainer (a leaked password stops working at once).
        await deps.trainers.setPasswordHash(trainer.id, me.companyId, await deps.passwords.hash(password.value), true);
        res.json({ trainer: publicTrainer(trainer) });
      },
    },
  ];
}
