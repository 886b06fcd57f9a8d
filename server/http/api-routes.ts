import express, { type Application, type NextFunction, type Request, type Response } from 'express';
import { matchMaker } from '@colyseus/core';
import { normalizeJoinCode } from '../../shared/core/text.ts';
import type { GameRegistry } from '../../shared/games/registry.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { SessionRepository } from '../repositories/session-repository.ts';
import { lookupJoinCode } from '../rooms/join-codes.ts';
import { sendRateLimited } from './http-error.ts';
import { cardUrls } from './card-addresses.ts';
import { joinUrls } from './lan-addresses.ts';
import type { Limiter, LimiterFactory } from './rate-limits.ts';
import { logError } from '../log.ts';

export interface ApiDeps {
  version: string;
  buildId: string;
  database: 'pglite' | 'postgres';
  publicUrl: string | null;
  port: () => number;
  sessions: SessionRepository;
  startedAt: number;
  limits: LimiterFactory;
  /** Code look-ups per address and minute (JOINS_PER_MINUTE). */
  lookupsPerMinute: number;
  /** The server's games (solo practice bests are per game). */
  games: GameRegistry;
}

/** Wrong codes per address and minute before that address waits (guessing, see docs/PROTOCOL.md §1). */
export const WRONG_CODES_PER_MINUTE = 30;
/** How long an address that used up its wrong codes waits, in seconds. */
export const WRONG_CODES_BLOCK_S = 60;

const fail = (res: Response, status: number, error: ErrorCode) => res.status(status).json({ error });
const PRACTICE_ID = /^[A-Za-z0-9_-]{16,64}$/;

/** The first refusal among limiter verdicts, or null. */
async function firstRefusal(verdicts: Promise<Awaited<ReturnType<Limiter['check']>>>[]): Promise<{ retryAfterS: number } | null> {
  for (const v of await Promise.all(verdicts)) if (!v.ok) return v;
  return null;
}

/** Health, server info, join-code lookup and personal bests. */
export function mountApiRoutes(app: Application, deps: ApiDeps): void {
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', version: deps.version, database: deps.database, build: deps.buildId, uptimeS: Math.round((Date.now() - deps.startedAt) / 1000) });
  });

  const api = express.Router();
  api.get('/info', (_req, res) => {
    const urls = joinUrls(deps.publicUrl, deps.port());
    // cardUrls: addresses for printed cards, stable ones first (see card-addresses.ts).
    res.json({ version: deps.version, build: deps.buildId, protocol: PROTOCOL_VERSION, joinUrls: urls, defaultJoinUrl: urls[0], cardUrls: cardUrls(deps.publicUrl, deps.port()) });
  });

  const lookups = deps.limits.limiter({ name: 'code-lookup', points: deps.lookupsPerMinute, durationS: 60 });
  const wrongCodes = deps.limits.limiter({ name: 'wrong-code', points: WRONG_CODES_PER_MINUTE, durationS: 60, blockS: WRONG_CODES_BLOCK_S });
  api.get('/sessions/:code', async (req: Request, res: Response) => {
    const who = req.ip ?? 'unknown';
    const verdict = await firstRefusal([lookups.consume(who), wrongCodes.check(who)]);
    if (verdict) return sendRateLimited(req, res, verdict.retryAfterS);
    const code = normalizeJoinCode(req.params.code);
    if (!code.ok) return fail(res, 400, code.code);
    const roomId = await lookupJoinCode(matchMaker.presence, code.value);
    const rooms = roomId ? await matchMaker.query({ roomId }) : [];
    if (!roomId || rooms.length === 0) {
      const counted = await wrongCodes.consume(who);
      return counted.ok ? fail(res, 404, 'SESSION_NOT_FOUND') : sendRateLimited(req, res, counted.retryAfterS);
    }
    res.json({ roomId });
  });

  api.get('/practice/best', async (req: Request, res: Response) => {
    const { practiceId, gameId, level } = req.query;
    const game = deps.games.find(gameId);
    const lvl = Number(level ?? 1);
    if (typeof practiceId !== 'string' || !PRACTICE_ID.test(practiceId) || !game || !game.levels.includes(lvl)) return fail(res, 400, 'MESSAGE_INVALID');
    res.json({ best: await deps.sessions.personalBest(practiceId, game.id, lvl) });
  });

  api.use((_req: Request, res: Response) => fail(res, 404, 'MESSAGE_UNKNOWN'));
  // Express 5 forwards rejected async handlers here: answer in JSON, never crash.
  api.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    logError('api', err);
    fail(res, 500, 'SERVER_ERROR');
  });
  app.use('/api', api);
}
