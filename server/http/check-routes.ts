import express, { type Application, type NextFunction, type Request, type Response } from 'express';
import { isSameOrigin } from '../auth/session-cookie.ts';
import { networkWarning } from '../../shared/protocol/network-warnings.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { ConnectionChecks } from './connection-check.ts';
import { joinUrls, lanAddresses } from './lan-addresses.ts';

// HTTP side of "Verbindung prüfen" (connection check), described in docs/PROTOCOL.md §1.
// No sign-in: the trainer checks the room's network before anything is set up.

export interface CheckRouteDeps {
  /** The address the server listens on (HOST). */
  host: string;
  publicUrl: string | null;
  port: () => number;
  checks?: ConnectionChecks;
}

const fail = (res: Response, status: number, error: ErrorCode) => res.status(status).json({ error });
const noStore = (res: Response) => res.setHeader('Cache-Control', 'no-store');
/** Like every state-changing route: only pages of this server may open checks or report to them. */
const ourOrigin = (req: Request, res: Response, next: NextFunction) => (isSameOrigin(req.headers) ? next() : fail(res, 403, 'ORIGIN_FORBIDDEN'));

export function mountCheckRoutes(app: Application, deps: CheckRouteDeps): void {
  const checks = deps.checks ?? new ConnectionChecks();
  const json = express.json({ limit: '2kb', strict: true });

  app.get('/api/check/info', (_req: Request, res: Response) => {
    noStore(res);
    res.json({ warning: networkWarning(deps.host, lanAddresses()), joinUrls: joinUrls(deps.publicUrl, deps.port(), deps.host) });
  });

  app.post('/api/check', ourOrigin, (_req: Request, res: Response) => {
    res.status(201).json({ id: checks.open() });
  });

  app.get('/api/check/:id', (req: Request, res: Response) => {
    noStore(res);
    const arrivals = checks.arrivals(String(req.params.id));
    if (!arrivals) return fail(res, 404, 'NOT_FOUND');
    res.json({ arrivals });
  });

  app.get('/api/check/:id/ping', (req: Request, res: Response) => {
    noStore(res);
    if (!checks.has(String(req.params.id))) return fail(res, 404, 'NOT_FOUND');
    res.json({ s: Date.now() });
  });

  app.post('/api/check/:id/arrive', ourOrigin, json, (req: Request, res: Response) => {
    const id = String(req.params.id);
    if (!checks.has(id)) return fail(res, 404, 'NOT_FOUND');
    const body = (req.body ?? {}) as { phone?: unknown; device?: unknown; samples?: unknown };
    const arrival = checks.arrive(id, typeof body.phone === 'string' ? body.phone : '', body.device, body.samples);
    if (!arrival) return fail(res, 400, 'MESSAGE_INVALID');
    res.status(201).json(arrival);
  });
}
