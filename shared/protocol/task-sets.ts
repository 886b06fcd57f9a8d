import type { TaskSetContent } from '../games/werkstatt/model.ts';
import type { Problem } from '../games/werkstatt/validate.ts';

// Shapes of the task-set HTTP API (docs/ACCOUNTS-API.md, "Task sets") that server and client share.

/** A company may keep this many task sets. */
export const MAX_TASK_SETS_PER_COMPANY = 200;

/** A set in the list: no tasks, only what the list shows. */
export interface TaskSetSummary {
  id: string;
  title: string;
  version: number;
  tasks: number;
  updatedAt: string;
  /** Display name of the trainer who saved the newest version (null when that account is gone). */
  updatedBy: string | null;
}

/** A set with the content of its newest version. */
export interface TaskSet extends TaskSetSummary {
  content: TaskSetContent;
}

/** `400 TASK_SET_INVALID` carries the problems of the check before saving. */
export interface TaskSetInvalidReply {
  error: 'TASK_SET_INVALID';
  problems: Problem[];
}
