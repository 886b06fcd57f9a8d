import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import { bodyErrors, matchmakeJson, refuseLargeBodies } from './body-limits.ts';
import { publicCors } from './cors-policy.ts';
import { sendError, sendRateLimited } from './http-error.ts';
import { logError } from '../log.ts';
import type { Limiter, LimiterFactory } from './rate-limits.ts';
import { securityHeaders } from './security-headers.ts';

// The front door: one express app in front of everything the HTTP server answers, Colyseus's
// matchmaking routes included (Colyseus handles those before our express app would see them).
// WebSocket upgrades never pass here: compression and body limits are HTTP-only.

export interface FrontDoorOptions {
  /** Express's `trust proxy` setting (TRUST_PROXY): which address a request counts for. */
  trustProxy: boolean | number | string;
  limits: LimiterFactory;
  /** Matchmaking calls (seat reservations) per address and minute (JOINS_PER_MINUTE). */
  reservationsPerMinute: number;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Per-address limit on matchmaking calls (RATE_LIMITED with Retry-After beyond it). */
function reservationLimit(limiter: Limiter) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (req.method !== 'POST') return next();
    const verdict = await limiter.consume(req.ip ?? 'unknown');
    if (verdict.ok) return next();
    sendRateLimited(req, res, verdict.retryAfterS);
  };
}

/**
 * Hands a request to Colyseus's listeners, but only one it can read without throwing: a body
 * already parsed (Colyseus would read a consumed or cancelled stream otherwise) and a client
 * still there (one that left while a limiter was asked is dropped here).
 */
function passBehind(server: HttpServer, behind: Listener[], req: Request, res: Response): void {
  if (req.destroyed || res.destroyed) return;
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
  door.use('/matchmake', publicCors('POST, OPTIONS'), reservationLimit(reservations), matchmakeJson);
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
