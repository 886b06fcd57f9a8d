import type { Request, Response } from 'express';
import { createFirstCompany } from '../auth/first-run.ts';
import {
  clearSessionCookie, DEVICE_COOKIE, hashToken, newToken, readTokenCookie, SESSION_COOKIE, SESSION_TTL_MS, setDeviceCookie, setSessionCookie,
} from '../auth/session-cookie.ts';
import { limitKeyOf } from './client-address.ts';
import type { Trainer } from '../repositories/trainer-repository.ts';
import { fail, publicTrainer, type AccountDeps, type AccountRoute } from './account-route.ts';

// Longer than any valid login or password: refuse before any work.
const MAX_FIELD_CHARS = 256;

async function signIn(deps: AccountDeps, req: Request, res: Response, trainer: Trainer): Promise<void> {
  const token = newToken();
  await deps.trainers.createSession(hashToken(token), trainer.id, new Date(Date.now() + SESSION_TTL_MS));
  setSessionCookie(req, res, token);
}

/** Remembers this browser as one the trainer signed in with (see DeviceTrust). */
async function trustDevice(deps: AccountDeps, req: Request, res: Response, login: string): Promise<void> {
  const device = readTokenCookie(req, DEVICE_COOKIE);
  const token = device ?? newToken();
  await deps.devices.trust(login, hashToken(token));
  if (!device) setDeviceCookie(req, res, token);
}

async function meBody(deps: AccountDeps, trainer: Trainer) {
  const company = trainer.companyId ? await deps.companies.findById(trainer.companyId) : null;
  return { trainer: publicTrainer(trainer), company: company && { id: company.id, name: company.name } };
}

/** First run, sign-in, sign-out and "who am I". */
export function authRoutes(deps: AccountDeps): AccountRoute[] {
  return [
    {
      method: 'get', path: '/setup', access: 'public', body: false,
      handle: async (_req, res) => res.json({ setupNeeded: (await deps.companies.countWithAccounts()) === 0 }),
    },
    {
      method: 'post', path: '/setup', access: 'public', body: true,
      handle: async (req, res) => {
        const b = req.body as Record<string, unknown>;
        const result = await createFirstCompany(deps.companies, { company: b.company, login: b.login, displayName: b.displayName, password: b.password }, true, deps.passwords);
        if (!result.ok) return fail(res, result.code === 'SETUP_DONE' ? 409 : 400, result.code);
        const admin = await deps.trainers.find(result.trainerId, result.companyId);
        if (!admin) return fail(res, 500, 'SERVER_ERROR');
        await trustDevice(deps, req, res, admin.login);
        await signIn(deps, req, res, admin);
        res.status(201).json(await meBody(deps, admin));
      },
    },
    {
      method: 'post', path: '/auth/login', access: 'public', body: true,
      handle: async (req, res) => {
        const { login, password } = req.body as Record<string, unknown>;
        if (typeof login !== 'string' || typeof password !== 'string' || login.length > MAX_FIELD_CHARS || password.length > MAX_FIELD_CHARS) return fail(res, 400, 'MESSAGE_INVALID');
        const account = login.trim().normalize('NFC');
        const device = readTokenCookie(req, DEVICE_COOKIE);
        const deviceHash = device ? hashToken(device) : null;
        const trusted = deviceHash !== null && (await deps.devices.isTrusted(account, deviceHash));
        const source = trusted ? `device:${deviceHash}` : `ip:${limitKeyOf(req)}`;
        // Counted before the hash: parallel wrong passwords cannot all be hashed.
        const waitMs = await deps.throttle.attempt(account, source);
        if (waitMs > 0) {
          res.set('Retry-After', String(Math.ceil(waitMs / 1000)));
          return fail(res, 429, 'RATE_LIMITED');
        }
        const found = await deps.trainers.findByLogin(account);
        // Unknown logins cost one hash too: the answer and its timing are the same.
        const ok = found ? await deps.passwords.verify(password, found.passwordHash) : await deps.passwords.verifyDummy(password);
        if (!found || !ok || found.disabled || found.companyDisabled) {
          await deps.throttle.fail(account, source);
          return fail(res, 401, 'LOGIN_FAILED');
        }
        await deps.throttle.succeed(account, source);
        if (deps.passwords.needsRehash(found.passwordHash)) await deps.trainers.setPasswordHash(found.id, found.companyId, await deps.passwords.hash(password), false);
        await trustDevice(deps, req, res, account);
        const { passwordHash: _hash, companyDisabled: _off, ...trainer } = found;
        await signIn(deps, req, res, trainer);
        res.json(await meBody(deps, trainer));
      },
    },
    {
      method: 'post', path: '/auth/logout', access: 'public', body: false,
      handle: async (req, res) => {
        const token = readTokenCookie(req, SESSION_COOKIE);
        if (token) await deps.trainers.deleteSession(hashToken(token));
        clearSessionCookie(req, res);
        res.json({ ok: true });
      },
    },
    {
      method: 'get', path: '/auth/me', access: 'account', body: false,
      handle: async (_req, res, me) => res.json(await meBody(deps, me)),
    },
  ];
}
