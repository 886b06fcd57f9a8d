import type { MaterialId, SensorId } from './materials.ts';
import { cell, isSensorId } from './materials.ts';

// Level 2: a sorting task on the belt. The player mounts one or two sensors; the gate acts
// when any of them switches (OR). Whether a sensor switches for a part follows the same
// material × sensor table as level 1, with the mounting distance deciding the "limited"
// cells: mounted near, the reduced range or weak echo still suffices; mounted far, it does
// not. An ultrasonic sensor mounted near has the part inside its blind zone and sees nothing.

export const TASKS = ['reject-metal', 'reject-magnet', 'count-all'] as const;
export type TaskId = (typeof TASKS)[number];
export const MOUNTS = ['near', 'far'] as const;
export type Mount = (typeof MOUNTS)[number];
export const MAX_SENSORS = 2;

export interface Placement {
  sensor: SensorId;
  mount: Mount;
}

interface TaskSpec {
  /** Parts the gate must act on. */
  targets: readonly MaterialId[];
  /** Parts that must pass untouched. */
  others: readonly MaterialId[];
}

export const TASK_SPECS: Readonly<Record<TaskId, TaskSpec>> = {
  // Separate metal parts from plastic, wood, glass and rubber: an inductive sensor mounted near.
  'reject-metal': {
    targets: ['steel-screw', 'aluminium-housing', 'brass-fitting'],
    others: ['white-plastic', 'wood-block', 'glass-lens', 'black-rubber', 'water-vial'],
  },
  // Magnets must not reach the steel parts' bin: only a magnetic switch tells them apart.
  'reject-magnet': {
    targets: ['ferrite-magnet'],
    others: ['steel-screw', 'aluminium-housing', 'brass-fitting', 'white-plastic', 'black-rubber'],
  },
  // Count every part, clear ones too (no foam in this batch): ultrasonic far or capacitive near.
  'count-all': {
    targets: ['glass-lens', 'water-vial', 'black-rubber', 'white-plastic', 'wood-block', 'steel-screw', 'cardboard-box'],
    others: [],
  },
};

export function isMount(v: unknown): v is Mount {
  return v === 'near' || v === 'far';
}

/** True when a sensor mounted this way switches for this part. */
export function switches(material: MaterialId, p: Placement): boolean {
  if (p.sensor === 'ultrasonic' && p.mount === 'near') return false; // inside the blind zone
  const v = cell(material, p.sensor).verdict;
  return v === 'reliable' || (v === 'limited' && p.mount === 'near');
}

export type PartOutcome = 'hit' | 'miss' | 'false' | 'pass';

/** What the gate did for one part: hit (target caught), miss, false (wrong part caught), pass. */
export function outcomeOf(task: TaskId, material: MaterialId, placements: readonly Placement[]): PartOutcome {
  const target = TASK_SPECS[task].targets.includes(material);
  const acted = placements.some((p) => switches(material, p));
  if (target) return acted ? 'hit' : 'miss';
  return acted ? 'false' : 'pass';
}

/** Strict parse of `[{sensor, mount}]` with 1..MAX_SENSORS distinct entries, or null. */
export function parsePlacements(raw: unknown): Placement[] | null {
  if (!Array.isArray(raw) || raw.length < 1 || raw.length > MAX_SENSORS) return null;
  const out: Placement[] = [];
  for (const item of raw) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
    const keys = Object.keys(item);
    if (keys.length !== 2) return null;
    const { sensor, mount } = item as Record<string, unknown>;
    if (!isSensorId(sensor) || !isMount(mount)) return null;
    if (out.some((p) => p.sensor === sensor && p.mount === mount)) return null;
    out.push({ sensor, mount });
  }
  return out;
}
