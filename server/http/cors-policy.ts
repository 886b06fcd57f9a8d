import type { NextFunction, Request, Response } from 'express';
import { silenceMatchmakerCors } from '../colyseus-seams.ts';

// Cross-origin policy (docs/PROTOCOL.md §1). Colyseus answers every request with
// "any origin, with credentials"; we switch that off and allow other origins only where a
// third-party player client (a buzzer box, a bot) needs it: matchmaking and the code look-up,
// and never with credentials. The trainer API sends no CORS headers at all.

/** Removes Colyseus's permissive CORS headers from every response (process-wide). */
export function silenceColyseusCors(): void {
  silenceMatchmakerCors();
}

const PREFLIGHT_MAX_AGE_S = 600;

/** Any origin may call these paths, without credentials; preflights are answered here. */
export function publicCors(methods: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    res.set('Access-Control-Allow-Origin', '*');
    if (req.method !== 'OPTIONS') return next();
    res.set({ 'Access-Control-Allow-Methods': methods, 'Access-Control-Allow-Headers': 'Content-Type, Accept', 'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_S) });
    res.status(204).end();
  };
}
