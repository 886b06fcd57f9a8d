import express, { type Application, type NextFunction, type Request, type Response } from 'express';
import { hashToken, isSameOrigin, readTokenCookie, SESSION_COOKIE } from '../auth/session-cookie.ts';
import { DeviceTrust, LoginThrottle } from '../auth/throttle.ts';
import type { Db } from '../db/database.ts';
import { CompanyRepository } from '../repositories/company-repository.ts';
import { TrainerRepository, type Trainer } from '../repositories/trainer-repository.ts';
import { fail, type AccountDeps, type AccountRoute } from './account-route.ts';
import { authRoutes } from './auth-routes.ts';
import { trainerRoutes } from './trainer-routes.ts';

const JSON_LIMIT = '16kb';

/** The trainer signed in with the request's session cookie, or null. */
export async function sessionTrainer(trainers: TrainerRepository, req: Request): Promise<Trainer | null> {
  const token = readTokenCookie(req, SESSION_COOKIE);
  return token ? trainers.findBySession(hashToken(token)) : null;
}

/** Every account route (sign-in, first run, trainers), so tests can check each one. */
export function accountRoutes(deps: AccountDeps): AccountRoute[] {
  return [...authRoutes(deps), ...trainerRoutes(deps)];
}

/** Mounts first run, sign-in and trainer administration under /api (before the other /api routes). */
export function mountAccountRoutes(app: Application, db: Db): AccountDeps {
  const deps: AccountDeps = {
    companies: new CompanyRepository(db),
    trainers: new TrainerRepository(db),
    throttle: new LoginThrottle(Date.now),
    devices: new DeviceTrust(Date.now),
  };
  const router = express.Router();
  const json = express.json({ limit: JSON_LIMIT, strict: true });
  for (const route of accountRoutes(deps)) {
    const chain: express.RequestHandler[] = [];
    // CSRF: a state-changing request must come from a page of this very host.
    if (route.method !== 'get') chain.push((req, res, next) => (isSameOrigin(req.headers) ? next() : fail(res, 403, 'ORIGIN_FORBIDDEN')));
    if (route.body) {
      chain.push(json, (req, res, next) => {
        const body: unknown = req.body;
        return req.is('application/json') && typeof body === 'object' && body !== null && !Array.isArray(body) ? next() : fail(res, 400, 'MESSAGE_INVALID');
      });
    }
    chain.push(async (req, res) => {
      const me = route.access === 'public' ? null : await sessionTrainer(deps.trainers, req);
      if (route.access !== 'public' && !me) return fail(res, 401, 'AUTH_REQUIRED');
      if (route.access === 'admin' && me?.role !== 'admin') return fail(res, 403, 'ADMIN_REQUIRED');
      res.set('Cache-Control', 'no-store');
      await route.handle(req, res, me);
    });
    router[route.method](route.path, ...chain);
  }
  // Bad JSON, too big a body, or a failing handler: answer in JSON, never crash, never echo.
  router.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const type = (err as { type?: string }).type;
    if (type === 'entity.too.large') return fail(res, 413, 'MESSAGE_INVALID');
    if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') return fail(res, 400, 'MESSAGE_INVALID');
    console.error('[api:accounts]', (err as Error).message ?? err);
    fail(res, 500, 'SERVER_ERROR');
  });
  app.use('/api', router);
  return deps;
}
