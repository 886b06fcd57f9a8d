import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import { bodyErrors, matchmakeJson, refuseLargeBodies } from './body-limits.ts';
import { publicCors } from './cors-policy.ts';
import { sendRateLimited } from './http-error.ts';
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
  door.use(compression());
  door.use((req: Request, res: Response) => {
    for (const listener of behind) listener.call(server, req, res);
  });
  door.use(bodyErrors);
  server.on('request', door);
}
