import { isCurriculumId } from '../curriculum.ts';
import { SET_LIMITS as L, type Task, type TaskSetContent } from './model.ts';
import { checkRegion } from './spot.ts';

/** A task photo's id (a UUID, as the upload answered it). */
export const PHOTO_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// The check before saving: the editor runs it as the trainer types, the server runs it on
// every save. Anything that is not a complete, answerable set is a list of problems, each
// with a key the editor shows in German or English (texts.ts PROBLEM_TEXTS).

export type ProblemKey =
  | 'set-shape' | 'title' | 'no-tasks' | 'too-many-tasks' | 'kind' | 'prompt' | 'explain' | 'limit' | 'tags'
  | 'options-count' | 'option-text' | 'no-right' | 'all-right'
  | 'number-value' | 'tolerance' | 'tolerance-wide' | 'unit'
  | 'steps-count' | 'step-text' | 'steps-same'
  | 'photo' | 'region' | 'region-large';

/** One problem: the task (index, null for the set) and what is wrong. */
export interface Problem {
  task: number | null;
  key: ProblemKey;
}

export type CheckResult = { ok: true; value: TaskSetContent } | { ok: false; problems: Problem[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A string of 1..max characters after trimming (control characters refused). */
const text = (v: unknown, max: number, min = 1): string | null => {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  // eslint-disable-next-line no-control-regex
  return t.length >= min && t.length <= max && !/[\u0000-\u001f\u007f]/.test(t) ? t : null;
};

/** Checks an untrusted set (the editor's or an API client's) and returns it normalised. */
export function checkTaskSet(raw: unknown): CheckResult {
  if (!isRecord(raw) || !Array.isArray(raw.tasks)) return { ok: false, problems: [{ task: null, key: 'set-shape' }] };
  const problems: Problem[] = [];
  const title = text(raw.title, L.titleChars);
  if (title === null) problems.push({ task: null, key: 'title' });
  if (raw.tasks.length === 0) problems.push({ task: null, key: 'no-tasks' });
  if (raw.tasks.length > L.tasks) return { ok: false, problems: [...problems, { task: null, key: 'too-many-tasks' }] };
  const tasks: Task[] = [];
  raw.tasks.forEach((t, i) => {
    const found: Problem[] = [];
    const task = checkTask(t, (key) => found.push({ task: i, key }));
    problems.push(...found);
    if (task && found.length === 0) tasks.push(task);
  });
  if (problems.length > 0 || title === null) return { ok: false, problems };
  return { ok: true, value: { title, tasks } };
}

function checkTask(raw: unknown, problem: (key: ProblemKey) => void): Task | null {
  if (!isRecord(raw)) return problem('kind'), null;
  const prompt = text(raw.prompt, L.promptChars);
  if (prompt === null) problem('prompt');
  const explain = raw.explain === undefined ? '' : text(raw.explain, L.explainChars, 0);
  if (explain === null) problem('explain');
  const limitS = raw.limitS ?? null;
  if (limitS !== null && !(Number.isInteger(limitS) && (limitS as number) >= L.limitS.min && (limitS as number) <= L.limitS.max)) problem('limit');
  const tags = checkTags(raw.tags ?? []);
  if (tags === null) problem('tags');
  const photo = raw.photo === undefined || raw.photo === null ? undefined : typeof raw.photo === 'string' && PHOTO_ID.test(raw.photo) ? raw.photo : null;
  if (photo === null || (raw.kind === 'spot' && photo === undefined)) problem('photo');
  const base = { prompt: prompt ?? '', explain: explain ?? '', limitS: limitS as number | null, tags: tags ?? [], ...(photo ? { photo } : {}) };
  switch (raw.kind) {
    case 'choice': {
      const options = Array.isArray(raw.options) ? raw.options : [];
      if (options.length < L.options.min || options.length > L.options.max) return problem('options-count'), null;
      const parsed = options.map((o) => (isRecord(o) ? { text: text(o.text, L.optionChars), right: o.right === true } : { text: null, right: false }));
      if (parsed.some((o) => o.text === null)) problem('option-text');
      const right = parsed.filter((o) => o.right).length;
      if (right === 0) problem('no-right');
      if (right === parsed.length) problem('all-right');
      return { kind: 'choice', ...base, options: parsed.map((o) => ({ text: o.text ?? '', right: o.right })) };
    }
    case 'number': {
      const value = raw.value;
      const tolerance = raw.tolerance ?? 0;
      if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > 1e12) return problem('number-value'), null;
      if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) return problem('tolerance'), null;
      if (tolerance > L.toleranceShare * Math.abs(value) + 1e-12) problem('tolerance-wide');
      const unit = raw.unit === undefined ? '' : text(raw.unit, L.unitChars, 0);
      if (unit === null) problem('unit');
      return { kind: 'number', ...base, value, tolerance, unit: unit ?? '' };
    }
    case 'order': {
      const steps = Array.isArray(raw.steps) ? raw.steps.map((s) => text(s, L.optionChars)) : [];
      if (steps.length < L.steps.min || steps.length > L.steps.max) return problem('steps-count'), null;
      if (steps.some((s) => s === null)) return problem('step-text'), null;
      if (new Set(steps).size !== steps.length) problem('steps-same');
      return { kind: 'order', ...base, steps: steps as string[] };
    }
    case 'spot': {
      const region = checkRegion(raw.region);
      if (typeof region === 'string') return problem(region), null;
      return { kind: 'spot', ...base, photo: photo ?? '', region };
    }
    default:
      return problem('kind'), null;
  }
}

/** Curriculum ids or free tags (letters, digits, space, - _ .), at most L.tags, deduplicated. */
function checkTags(raw: unknown): string[] | null {
  if (!Array.isArray(raw) || raw.length > L.tags) return null;
  const tags: string[] = [];
  for (const t of raw) {
    const tag = text(t, L.tagChars);
    if (tag === null || !(isCurriculumId(tag) || /^[\p{L}\p{N} ._-]+$/u.test(tag))) return null;
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
