import express, { type Application, type NextFunction, type Request, type Response } from 'express';
import { hashToken, isSameOrigin, readTokenCookie, SESSION_COOKIE } from '../auth/session-cookie.ts';
import { DeviceTrust, LoginThrottle } from '../auth/throttle.ts';
import type { CompanyTrainer, TrainerRepository, Trainer } from '../repositories/trainer-repository.ts';
import { logError } from '../log.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { fail, type AccountDeps, type AccountRoute } from './account-route.ts';
import { apprenticeRoutes } from './apprentice-routes.ts';
import { authRoutes } from './auth-routes.ts';
import { boardRoutes } from './board-routes.ts';
import { boxRoutes } from './box-routes.ts';
import { companyRoutes } from './company-routes.ts';
import { coverageRoutes } from './coverage-routes.ts';
import { platformRoutes } from './platform-routes.ts';
import { recordBookRoutes } from './record-book-routes.ts';
import { reportRoutes } from './report-routes.ts';
import { taskPhotoRoutes } from './task-photo-routes.ts';
import { taskSetRoutes } from './task-set-routes.ts';
import { taskSetTransferRoutes } from './task-set-transfer-routes.ts';
import { trainerRoutes } from './trainer-routes.ts';

const JSON_LIMIT = '16kb';

/** The trainer signed in with the request's session cookie, or null. */
export async function sessionTrainer(trainers: TrainerRepository, req: Request): Promise<Trainer | null> {
  const token = readTokenCookie(req, SESSION_COOKIE);
  return token ? trainers.findBySession(hashToken(token)) : null;
}

/** Every account route (sign-in, first run, trainers, apprentices, boards, reports, platform), so tests can check each one. */
export function accountRoutes(deps: AccountDeps): AccountRoute[] {
  return [...authRoutes(deps), ...trainerRoutes(deps), ...apprenticeRoutes(deps), ...boardRoutes(deps), ...reportRoutes(deps), ...companyRoutes(deps), ...platformRoutes(deps), ...taskSetTransferRoutes(deps), ...taskSetRoutes(deps), ...recordBookRoutes(deps), ...boxRoutes(deps), ...coverageRoutes(deps), ...taskPhotoRoutes(deps)];
}

/** Checks who may call the route; answers the refusal itself and returns null, or the caller. */
function admitted(route: AccountRoute, me: Trainer | null, res: Response): Trainer | null {
  if (!me) return (fail(res, 401, 'AUTH_REQUIRED'), null);
  if (route.access === 'platform') return me.role === 'platform' ? me : (fail(res, 403, 'PLATFORM_REQUIRED'), null);
  if (route.access === 'account') return me;
  // Company routes: the platform admin belongs to no company and sees none of their data.
  if (me.companyId === null) return (fail(res, 403, 'ADMIN_REQUIRED'), null);
  if (route.access === 'admin' && me.role !== 'admin') return (fail(res, 403, 'ADMIN_REQUIRED'), null);
  return me;
}

/** The JSON body must be an object. */
function jsonObject(req: Request, res: Response, next: NextFunction) {
  const body: unknown = req.body;
  return req.is('application/json') && typeof body === 'object' && body !== null && !Array.isArray(body) ? next() : fail(res, 400, 'MESSAGE_INVALID');
}

/**
 * A large body (security review §4.1): the caller is admitted first (an anonymous body is
 * refused unread), then the body is read up to its own cap, as JSON or as raw file bytes.
 */
function largeBody(route: AccountRoute, large: NonNullable<AccountRoute['large']>, admit: (req: Request, res: Response) => Promise<Trainer | null>): express.RequestHandler[] {
  const first: express.RequestHandler = (req, res, next) => {
    res.locals.tooLarge = large.code;
    if (route.access === 'public') return next();
    // A refusal leaves the body unread: the connection closes rather than reading it.
    res.set('Connection', 'close');
    admit(req, res).then((me) => {
      if (!me) return;
      res.removeHeader('Connection');
      res.locals.me = me;
      next();
    }, next);
  };
  if (!large.raw) return [first, express.json({ limit: large.bytes, strict: true }), jsonObject];
  const types = large.raw;
  const typed: express.RequestHandler = (req, res, next) => {
    if (types.some((t) => req.is(t))) return next();
    res.set('Connection', 'close');
    res.status(415).json({ error: 'IMPORT_INVALID', problems: [{ row: null, column: null, key: 'file-type' }] });
  };
  return [first, typed, express.raw({ limit: large.bytes, type: () => true })];
}

/** Mounts every account route under /api (before the other /api routes). */
export function mountAccountRoutes(app: Application, base: Omit<AccountDeps, 'throttle' | 'devices'>): AccountDeps {
  const deps: AccountDeps = { ...base, throttle: new LoginThrottle(base.limits), devices: new DeviceTrust(base.limits) };
  const router = express.Router();
  const json = express.json({ limit: JSON_LIMIT, strict: true });
  for (const route of accountRoutes(deps)) {
    const chain: express.RequestHandler[] = [];
    // CSRF: a state-changing request must come from a page of this very host.
    if (route.method !== 'get') chain.push((req, res, next) => (isSameOrigin(req.headers) ? next() : fail(res, 403, 'ORIGIN_FORBIDDEN')));
    const admit = async (req: Request, res: Response) => admitted(route, await sessionTrainer(deps.trainers, req), res);
    if (route.large) chain.push(...largeBody(route, route.large, admit));
    else if (route.body) chain.push(json, jsonObject);
    chain.push(async (req, res) => {
      res.set('Cache-Control', 'no-store');
      if (route.access === 'public') return route.handle(req, res);
      const me = (res.locals.me as Trainer | undefined) ?? (await admit(req, res));
      if (!me) return;
      if (route.access === 'account' || route.access === 'platform') return route.handle(req, res, me);
      return route.handle(req, res, me as CompanyTrainer);
    });
    router[route.method](route.path, ...chain);
  }
  // Bad JSON, too big a body, or a failing handler: answer in JSON, never crash, never echo.
  router.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const type = (err as { type?: string }).type;
    if (type === 'entity.too.large') return fail(res, 413, (res.locals.tooLarge as ErrorCode | undefined) ?? 'BODY_TOO_LARGE');
    if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') return fail(res, 400, 'MESSAGE_INVALID');
    logError('api:accounts', err);
    fail(res, 500, 'SERVER_ERROR');
  });
  app.use('/api', router);
  return deps;
}
