import type { Request, Response } from 'express';
import { SET_LIMITS } from '../../shared/games/werkstatt/model.ts';
import { TASK_SET_BODY_BYTES } from '../../shared/games/werkstatt/transfer.ts';
import { checkTaskSet } from '../../shared/games/werkstatt/validate.ts';
import type { TaskSetInvalidReply } from '../../shared/protocol/task-sets.ts';
import type { TaskSetRefusal } from '../repositories/task-set-repository.ts';
import { fail, idParam, type AccountDeps, type AccountRoute } from './account-route.ts';

/** A set at every cap fits (shared/games/werkstatt/transfer.ts TASK_SET_BODY_BYTES). */
const LARGE = { bytes: TASK_SET_BODY_BYTES, code: 'TASK_SET_TOO_LARGE' as const };

const STATUS: Record<TaskSetRefusal, number> = { NOT_FOUND: 404, TASK_SET_STALE: 409, TASK_SETS_FULL: 409 };

/** Answers a refusal, or the set with `status`. */
function reply(res: Response, result: object | TaskSetRefusal, status = 200) {
  if (typeof result === 'string') return fail(res, STATUS[result], result);
  return res.status(status).json({ set: result });
}

/**
 * The checked content of the body, or null after answering 400 TASK_SET_INVALID with the
 * problems; a task naming a photo that is not the company's is problem `photo`.
 */
async function content(req: Request, res: Response, photos: AccountDeps['photos'], companyId: string) {
  const checked = checkTaskSet(req.body);
  if (checked.ok) {
    const own = await photos.repo.existing(checked.value.tasks.flatMap((t) => (t.photo ? [t.photo] : [])), companyId);
    const problems = checked.value.tasks.flatMap((t, i) => (t.photo && !own.has(t.photo) ? [{ task: i, key: 'photo' as const }] : []));
    if (problems.length === 0) return checked.value;
    res.status(400).json({ error: 'TASK_SET_INVALID', problems } satisfies TaskSetInvalidReply);
    return null;
  }
  res.status(400).json({ error: 'TASK_SET_INVALID', problems: checked.problems } satisfies TaskSetInvalidReply);
  return null;
}

/** A copy's title: "Kopie von …" / "Copy of …", cut to the title limit. */
function copyTitle(title: string, lang: unknown): string {
  return `${lang === 'en' ? 'Copy of' : 'Kopie von'} ${title}`.slice(0, SET_LIMITS.titleChars);
}

/**
 * Werkstatt task sets of the caller's company (any trainer of it): list, read, create, save a
 * new version, duplicate, delete. Another company's id answers exactly like a missing one.
 */
export function taskSetRoutes(deps: AccountDeps): AccountRoute[] {
  return [
    {
      method: 'get', path: '/task-sets', access: 'trainer', body: false,
      handle: async (_req, res, me) => res.json({ sets: await deps.taskSets.list(me.companyId) }),
    },
    {
      method: 'post', path: '/task-sets', access: 'trainer', body: true, large: LARGE,
      handle: async (req, res, me) => {
        const value = await content(req, res, deps.photos, me.companyId);
        if (value) reply(res, await deps.taskSets.create(me.companyId, me.id, value), 201);
      },
    },
    {
      method: 'get', path: '/task-sets/:id', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const id = idParam(req);
        const set = id ? await deps.taskSets.find(id, me.companyId) : null;
        return set ? res.json({ set }) : fail(res, 404, 'NOT_FOUND');
      },
    },
    {
      // Saves the next version; `baseVersion` (optional) guards against overwriting a colleague's save.
      method: 'post', path: '/task-sets/:id', access: 'trainer', body: true, large: LARGE,
      handle: async (req, res, me) => {
        const id = idParam(req);
        if (!id || !(await deps.taskSets.find(id, me.companyId))) return fail(res, 404, 'NOT_FOUND');
        const raw = (req.body as Record<string, unknown>).baseVersion;
        const base = raw === undefined || raw === null ? null : Number.isInteger(raw) && (raw as number) > 0 ? (raw as number) : Number.NaN;
        if (Number.isNaN(base)) return fail(res, 400, 'MESSAGE_INVALID');
        const value = await content(req, res, deps.photos, me.companyId);
        if (value) reply(res, await deps.taskSets.update(id, me.companyId, me.id, value, base));
      },
    },
    {
      method: 'post', path: '/task-sets/:id/duplicate', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const id = idParam(req);
        const source = id ? await deps.taskSets.find(id, me.companyId) : null;
        if (!id || !source) return fail(res, 404, 'NOT_FOUND');
        reply(res, await deps.taskSets.duplicate(id, me.companyId, me.id, copyTitle(source.title, req.query.lang)), 201);
      },
    },
    {
      method: 'post', path: '/task-sets/:id/delete', access: 'trainer', body: false,
      handle: async (req, res, me) => {
        const id = idParam(req);
        // Its photos go with it (unless another set of the company still shows them), purged from the data files soon after.
        const named = id ? await deps.photos.repo.namedBy(id, me.companyId) : [];
        if (!id || !(await deps.taskSets.delete(id, me.companyId))) return fail(res, 404, 'NOT_FOUND');
        if ((await deps.photos.repo.purgeUnreferenced(me.companyId, named)) > 0) deps.purge.request();
        return res.json({ deleted: true });
      },
    },
  ];
}
