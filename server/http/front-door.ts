import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import { bodyErrors, matchmakeJson, refuseLargeBodies } from './body-limits.ts';
import { publicCors } from './cors-policy.ts';
import { sendError, sendRateLimited } from './http-error.ts';
import { logError } from '../log.ts';
import { limitKeyOf } from './client-address.ts';
import type { Limiter, LimiterFactory } from './rate-limits.ts';
import { securityHeaders } from './security-headers.ts';

// The front door: one express app in front of everything the HTTP server answers, Colyseus's
// matchmaking routes included (Colyseus handles those before our express app would see them).
// WebSocket upgrades never pass here: compression and body limits are HTTP-only.

export interface FrontDoorOptions {
  /** Express's `trust proxy` setting (TRUST_PROXY): which address a request counts for. */
  trustProxy: false | number | string;
  limits: LimiterFactory;
  /** Refused matchmaking calls per address and minute (JOINS_PER_MINUTE) before only proofs pass. */
  reservationsPerMinute: number;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Whether a matchmaking call carries something the server will check as a proof: a seat or
 * host key or a join code (`joinById`), a reconnection token, or a `create` (a host's needs a
 * trainer session, checked in onAuth; solo rooms have their own bounds, solo-limits.ts).
 */
export function carriesProof(path: string, body: unknown): boolean {
  const method = path.split('/')[2] ?? '';
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (method === 'create' || method === 'reconnect') return true;
  return method === 'joinById' && (typeof b.code === 'string' || typeof b.key === 'string');
}

/**
 * The matchmaking budget per address counts only REFUSED calls (review N2a: counting every
 * call let one apprentice's junk refuse the class's joins, seat-key rejoins and the trainer's
 * hosting). Past it, calls that carry nothing to check are refused at once; calls with a code,
 * key, token or trainer session still go on to be checked (wrong codes are paced, gate).
 */
function reservationLimit(limiter: Limiter) {
  const count = (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'POST') {
      res.on('finish', () => {
        if (res.statusCode >= 400 && res.statusCode !== 429) void limiter.consume(limitKeyOf(req));
      });
    }
    next();
  };
  const refuseNoise = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (req.method !== 'POST' || carriesProof(req.originalUrl.split('?')[0]!, req.body)) return next();
    const verdict = await limiter.check(limitKeyOf(req));
    if (verdict.ok) return next();
    sendRateLimited(req, res, verdict.retryAfterS);
  };
  return { count, refuseNoise };
}

/**
 * Hands a request to Colyseus's listeners, but only one it can read without throwing: a body
 * already parsed (Colyseus would read a consumed or cancelled stream otherwise) and a client
 * still there (one that left while a limiter was asked is dropped here).
 */
function passBehind(server: HttpServer, behind: Listener[], req: Request, res: Response): void {
  // A request whose body was read to its end is destroyed by Node soon after (autoDestroy):
  // only a socket that is gone, or a body cut off, means the client left.
  if (res.destroyed || req.socket?.destroyed || (req.destroyed && !req.complete)) return;
  if (req.method === 'POST' && req.path.startsWith('/matchmake/') && req.body === undefined) req.body = {};
  try {
    for (const listener of behind) listener.call(server, req, res);
  } catch (err) {
    logError('request', err);
    if (!res.headersSent) sendError(req, res, 500, 'SERVER_ERROR');
  }
}

/**
 * Puts the door in front of the server's request listeners. Call it after Colyseus's
 * `listen()`, which binds the matchmaking routes; the listeners found then run behind the door.
 */
export function installFrontDoor(server: HttpServer, opts: FrontDoorOptions): void {
  const behind = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  const door = express();
  door.set('trust proxy', opts.trustProxy);
  door.disable('x-powered-by');
  door.use(securityHeaders());
  door.use(refuseLargeBodies);
  const reservations = opts.limits.limiter({ name: 'reservations', points: opts.reservationsPerMinute, durationS: 60 });
  const budget = reservationLimit(reservations);
  door.use('/matchmake', publicCors('POST, OPTIONS'), budget.count, matchmakeJson, budget.refuseNoise);
  door.get('/api/sessions/:code', publicCors('GET, OPTIONS'));
  door.options('/api/sessions/:code', publicCors('GET, OPTIONS'));
  // Colyseus's own health route would build a URL from headers in an unhandled promise: ours
  // answers the same (200, empty) without it.
  door.all('/__healthcheck', (req: Request, res: Response) => void res.status(req.method === 'GET' || req.method === 'HEAD' ? 200 : 405).end());
  door.use(compression());
  door.use((req: Request, res: Response) => passBehind(server, behind, req, res));
  door.use(bodyErrors);
  server.on('request', door);
}
