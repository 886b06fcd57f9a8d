import express, { type Application, type Request, type Response } from 'express';
import { normalizeCardCode } from '../../shared/core/text.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { hashToken, isSameOrigin } from '../auth/session-cookie.ts';
import type { CardThrottle } from '../auth/card-throttle.ts';
import type { ApprenticeRepository } from '../repositories/apprentice-repository.ts';
import type { TaskSetRepository } from '../repositories/task-set-repository.ts';
import { limitKeyOf } from './client-address.ts';
import { sendRateLimited, sendUnavailable } from './http-error.ts';

// Solo practice with a company's own task sets (issue 20 §1): the phone's practice screen
// asks, with the apprentice's card, which sets the card's company has. Only that company's
// sets, only titles and task counts (never the tasks: the round carries them when played).
// POST so the card stays out of URLs and logs, from our own pages only; wrong cards are paced
// like at a join.

export interface PracticeRouteDeps {
  apprentices: ApprenticeRepository;
  taskSets: TaskSetRepository;
  cards: CardThrottle;
}

/** A set as the practice screen lists it. */
export interface PracticeSet {
  id: string;
  title: string;
  tasks: number;
}

const fail = (res: Response, status: number, error: ErrorCode) => res.status(status).json({ error });

export function mountPracticeRoutes(app: Application, deps: PracticeRouteDeps): void {
  const json = express.json({ limit: '1kb', strict: true });
  app.post('/api/practice/sets', json, async (req: Request, res: Response) => {
    if (!isSameOrigin(req.headers)) return fail(res, 403, 'ORIGIN_FORBIDDEN');
    const who = `ip:${limitKeyOf(req)}`;
    if (!deps.cards.admit(who)) return sendRateLimited(req, res, deps.cards.opts.paceS);
    const code = normalizeCardCode((req.body as { card?: unknown } | undefined)?.card);
    try {
      const holder = code.ok ? await deps.apprentices.findByCard(hashToken(code.value)) : null;
      if (!holder) {
        await deps.cards.failed(who);
        return fail(res, 404, 'CARD_INVALID');
      }
      const sets: PracticeSet[] = (await deps.taskSets.list(holder.companyId)).filter((s) => s.tasks > 0).map((s) => ({ id: s.id, title: s.title, tasks: s.tasks }));
      res.set('Cache-Control', 'no-store').json({ sets });
    } catch (err) {
      sendUnavailable(req, res, 'practice sets', err);
    }
  });
}
