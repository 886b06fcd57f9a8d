import type { SpotRegion } from './spot.ts';

// The task set (Aufgabensatz) of Werkstatt: a company's own list of tasks, authored in the
// editor and stored by the server (one immutable version per save). Pure data, JSON-safe.

/** Caps of one set (the editor and the server check them; docs/ACCOUNTS-API.md lists them). */
export const SET_LIMITS = {
  titleChars: 80,
  tasks: 20,
  promptChars: 200,
  explainChars: 280,
  optionChars: 80,
  options: { min: 2, max: 6 },
  steps: { min: 3, max: 8 },
  unitChars: 12,
  tags: 6,
  tagChars: 32,
  /** Time limit of one task in seconds (null = DEFAULT_LIMIT_S). */
  limitS: { min: 5, max: 300 },
  /** A number task's tolerance may be at most this share of |value| (guessing must not pay). */
  toleranceShare: 0.2,
} as const;

/** Seconds a task without its own time limit gets. */
export const DEFAULT_LIMIT_S = 30;

export type TaskKind = 'choice' | 'number' | 'order' | 'spot';
export const TASK_KINDS: readonly TaskKind[] = ['choice', 'number', 'order', 'spot'];

interface TaskBase {
  prompt: string;
  /** Shown at the reveal: why the answer is right. */
  explain: string;
  /** Seconds, or null for DEFAULT_LIMIT_S. */
  limitS: number | null;
  /** Curriculum ids (shared/games/curriculum.ts) and the company's own free tags. */
  tags: string[];
  /** A photo shown with the prompt (id of an uploaded task photo, docs/ACCOUNTS-API.md); absent = text only. */
  photo?: string;
}

/** One or several right options (at least one wrong one). */
export interface ChoiceTask extends TaskBase {
  kind: 'choice';
  options: { text: string; right: boolean }[];
}

/** A number with unit and tolerance: right when |given − value| ≤ tolerance. */
export interface NumberTask extends TaskBase {
  kind: 'number';
  value: number;
  tolerance: number;
  unit: string;
}

/** Steps in their right order (the round shows them shuffled). */
export interface OrderTask extends TaskBase {
  kind: 'order';
  steps: string[];
}

/** Tap the spot on the task's photo: right when the tap lies inside the region (spot.ts). */
export interface SpotTask extends TaskBase {
  kind: 'spot';
  photo: string;
  region: SpotRegion;
}

export type Task = ChoiceTask | NumberTask | OrderTask | SpotTask;

/** The content of one version of a set. */
export interface TaskSetContent {
  title: string;
  tasks: Task[];
}

/** Seconds the task may take. */
export const limitSOf = (task: Task): number => task.limitS ?? DEFAULT_LIMIT_S;

/** How many options of a choice task are right. */
export const rightCount = (task: ChoiceTask): number => task.options.filter((o) => o.right).length;
