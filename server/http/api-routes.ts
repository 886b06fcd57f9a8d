import express, { type Application, type NextFunction, type Request, type Response } from 'express';
import { matchMaker } from '@colyseus/core';
import { normalizeJoinCode } from '../../shared/core/text.ts';
import type { GameRegistry } from '../../shared/games/registry.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { SessionRepository } from '../repositories/session-repository.ts';
import { lookupJoinCode } from '../rooms/join-codes.ts';
import type { LiveRestore } from '../rooms/live-restore.ts';
import type { RestoreGate } from '../rooms/restore-gate.ts';
import { sendRateLimited, sendUnavailable } from './http-error.ts';
import type { CardThrottle } from '../auth/card-throttle.ts';
import { cardUrls } from './card-addresses.ts';
import { joinUrls, phonesCanReach } from './lan-addresses.ts';
import { logError } from '../log.ts';
import { limitKeyOf } from './client-address.ts';

export interface ApiDeps {
  version: string;
  buildId: string;
  database: 'pglite' | 'postgres';
  publicUrl: string | null;
  port: () => number;
  sessions: SessionRepository;
  startedAt: number;
  /** Paces answers to wrong join codes per address (shared with `joinById`, matchmaker-gate.ts). */
  codes: CardThrottle;
  /** The interface the server listens on (HOST): loopback only means phones cannot join. */
  host: string;
  /** The server's games (solo practice bests are per game). */
  games: GameRegistry;
  /** A look-up during the restart's restore waits for it: the code's session may be coming back. */
  restoring: RestoreGate;
  /** With several processes: a session whose process is gone comes back here (live-restore.ts). */
  revive?: LiveRestore;
}

const fail = (res: Response, status: number, error: ErrorCode) => res.status(status).json({ error });
const PRACTICE_ID = /^[A-Za-z0-9_-]{16,64}$/;
const SET_ID = /^[A-Za-z0-9_-]{1,64}$/;


/** Health, server info, join-code lookup and personal bests. */
export function mountApiRoutes(app: Application, deps: ApiDeps): void {
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', version: deps.version, database: deps.database, build: deps.buildId, uptimeS: Math.round((Date.now() - deps.startedAt) / 1000) });
  });

  const api = express.Router();
  api.get('/info', (_req, res) => {
    const urls = joinUrls(deps.publicUrl, deps.port(), deps.host);
    // cardUrls: addresses for printed cards, stable ones first (see card-addresses.ts).
    res.json({
      version: deps.version, build: deps.buildId, protocol: PROTOCOL_VERSION, joinUrls: urls, defaultJoinUrl: urls[0], cardUrls: cardUrls(deps.publicUrl, deps.port()),
      phonesCanReach: phonesCanReach(deps.host, deps.publicUrl),
    });
  });

  // A right code is always answered at once; wrong ones are paced per address (review N2b:
  // the old 60 s block refused the class's right code too). Only with more wrong answers
  // waiting than CODE_THROTTLE.maxPending is a look-up refused unchecked.
  api.get('/sessions/:code', async (req: Request, res: Response) => {
    const who = `ip:${limitKeyOf(req)}`;
    if (!deps.codes.admit(who)) return sendRateLimited(req, res, deps.codes.opts.paceS);
    const code = normalizeJoinCode(req.params.code);
    if (!code.ok) return fail(res, 400, code.code);
    let roomId: string | null;
    await deps.restoring.wait();
    try {
      const coded = await lookupJoinCode(matchMaker.presence, code.value);
      roomId = coded && (await matchMaker.query({ roomId: coded })).length > 0 ? coded : null;
      // Not listed: its process may be gone with the session still open (the code's hash entry outlives a crash).
      const revival = roomId || !deps.revive ? null : await deps.revive.revive(coded ? { id: coded } : { code: code.value });
      if (revival?.outcome === 'busy') return sendUnavailable(req, res, 'code look-up', new Error('session held by another process'));
      if (revival && revival.outcome !== 'none') roomId = revival.roomId;
    } catch (err) {
      return sendUnavailable(req, res, 'code look-up', err);
    }
    if (!roomId) {
      await deps.codes.failed(who);
      return fail(res, 404, 'SESSION_NOT_FOUND');
    }
    res.json({ roomId });
  });

  api.get('/practice/best', async (req: Request, res: Response) => {
    const { practiceId, gameId, level, setId } = req.query;
    const game = deps.games.find(gameId);
    const lvl = Number(level ?? 1);
    if (typeof practiceId !== 'string' || !PRACTICE_ID.test(practiceId) || !game || !game.levels.includes(lvl)) return fail(res, 400, 'MESSAGE_INVALID');
    // setId: the best with a company's own set (its rounds alone); the set's title is never answered here.
    if (setId !== undefined && (typeof setId !== 'string' || !SET_ID.test(setId) || !game.authored)) return fail(res, 400, 'MESSAGE_INVALID');
    res.json({ best: await deps.sessions.personalBest(practiceId, game.id, lvl, setId ?? null) });
  });

  api.use((_req: Request, res: Response) => fail(res, 404, 'MESSAGE_UNKNOWN'));
  // Express 5 forwards rejected async handlers here: answer in JSON, never crash.
  api.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    logError('api', err);
    fail(res, 500, 'SERVER_ERROR');
  });
  app.use('/api', api);
}
