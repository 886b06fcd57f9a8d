import type { TaskSetContent } from '../../shared/games/werkstatt/model.ts';
import type { TaskSet, TaskSetSummary } from '../../shared/protocol/task-sets.ts';
import type { ImportProblem } from '../../shared/games/werkstatt/transfer.ts';
import { isErrorCode } from '../../shared/protocol/errors.ts';
import { ApiError, requestJson } from './api.ts';

// The task-set routes of docs/ACCOUNTS-API.md ("Task sets"), typed for the editor.

export type { TaskSet, TaskSetSummary };

const id = (value: string) => encodeURIComponent(value);

export const taskSetsApi = {
  list: async () => (await requestJson<{ sets: TaskSetSummary[] }>('GET', '/api/task-sets')).sets,
  get: async (setId: string) => (await requestJson<{ set: TaskSet }>('GET', `/api/task-sets/${id(setId)}`)).set,
  create: async (content: TaskSetContent) => (await requestJson<{ set: TaskSet }>('POST', '/api/task-sets', content)).set,
  save: async (setId: string, content: TaskSetContent, baseVersion: number) =>
    (await requestJson<{ set: TaskSet }>('POST', `/api/task-sets/${id(setId)}`, { ...content, baseVersion })).set,
  duplicate: async (setId: string, lang: string) => (await requestJson<{ set: TaskSet }>('POST', `/api/task-sets/${id(setId)}/duplicate?lang=${lang}`)).set,
  remove: (setId: string) => requestJson<{ deleted: true }>('POST', `/api/task-sets/${id(setId)}/delete`),
};

/** An import the server refused with its problem list (nothing was saved). */
export class ImportFailed extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('IMPORT_INVALID');
  }
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The import route and content type for a file, by its name; null when the kind is not importable. */
export function importTarget(fileName: string): { path: string; type: string } | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'zip') return { path: '/api/task-sets/import', type: 'application/zip' };
  if (ext === 'csv' || ext === 'txt') return { path: '/api/task-sets/import-sheet', type: 'text/csv' };
  if (ext === 'xlsx') return { path: '/api/task-sets/import-sheet', type: XLSX };
  return null;
}

/**
 * Uploads a set file (.zip), a sheet (.csv, .xlsx) or a sheet with its photos (.zip) as a new
 * set titled `title` (sheets only). Resolves with the set and the hints that did not stop it
 * (a spot smaller than a fingertip, by row). Throws ImportFailed with the problems, or ApiError
 * with a code (IMPORT_TOO_LARGE, PHOTO_QUOTA_FULL, …).
 */
export async function importTaskSet(file: Blob, target: { path: string; type: string }, title: string): Promise<{ set: TaskSet; warnings: ImportProblem[] }> {
  let res: Response;
  try {
    res = await fetch(`${target.path}?title=${encodeURIComponent(title)}`, {
      method: 'POST', credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json', 'Content-Type': target.type }, body: file,
    });
  } catch {
    throw new ApiError('CONNECTION_LOST');
  }
  const body = (await res.json().catch(() => null)) as { set?: TaskSet; warnings?: ImportProblem[]; error?: unknown; problems?: ImportProblem[] } | null;
  if (res.ok && body?.set) return { set: body.set, warnings: Array.isArray(body.warnings) ? body.warnings : [] };
  if (body?.error === 'IMPORT_INVALID' && Array.isArray(body.problems)) throw new ImportFailed(body.problems);
  throw new ApiError(isErrorCode(body?.error) ? body.error : res.status === 401 ? 'AUTH_REQUIRED' : 'SERVER_ERROR');
}

/** Address of a set's export (a ZIP download). */
export const exportUrl = (setId: string) => `/api/task-sets/${id(setId)}/export`;
