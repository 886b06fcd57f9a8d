import type { TaskSetContent } from '../../shared/games/werkstatt/model.ts';
import type { TaskSet, TaskSetSummary } from '../../shared/protocol/task-sets.ts';
import { requestJson } from './api.ts';

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
