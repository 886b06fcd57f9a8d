import type { MaterialId, SensorId } from './materials.ts';
import { cell, isSensorId } from './materials.ts';

// Level 2: a sorting task on the belt. The player mounts up to two sensors and sets each
// one; the ejector (or the counter) acts when any of them switches (OR). Whether a sensor
// switches follows the level-1 table, and each "limited" cell its own condition
// (materials.ts, `condition`):
// - distance: met when the sensor is mounted near the belt (reduced range, weak echo);
// - sensitivity: met with the "fine" setting (a through-beam's threshold set just below the
//   received light, i.e. its gain reduced; a capacitive sensor turned up; each is named for
//   its own sensor, texts.ts settingName) — mounting closer does not help here;
// - angle, moisture: depend on the part, not on the sensor, so the sensor may or may not
//   switch: a sorter cannot rely on it (a miss for a target, a false trigger otherwise).

export const TASKS = ['reject-metal', 'reject-magnet', 'count-all'] as const;
export type TaskId = (typeof TASKS)[number];
export const SETTINGS = ['far', 'near', 'standard', 'fine'] as const;
export type Setting = (typeof SETTINGS)[number];
export const MAX_SENSORS = 2;

/** What each sensor type lets the player set: the mounting distance or the sensitivity. */
export const SETTING_KIND: Readonly<Record<SensorId, 'distance' | 'sensitivity'>> = {
  inductive: 'distance', capacitive: 'sensitivity', diffuse: 'distance',
  'through-beam': 'sensitivity', ultrasonic: 'distance', magnetic: 'distance',
};

/** The choices per kind, the neutral (as delivered) one first. */
export const SETTING_CHOICES: Readonly<Record<'distance' | 'sensitivity', readonly [Setting, Setting]>> = {
  distance: ['far', 'near'],
  sensitivity: ['standard', 'fine'],
};

export interface Placement {
  sensor: SensorId;
  setting: Setting;
}

interface TaskSpec {
  /** Parts the ejector or counter must act on. */
  targets: readonly MaterialId[];
  /** Parts that must pass untouched. */
  others: readonly MaterialId[];
  /** How many targets a batch holds (the rest are others). */
  targetCount: readonly [number, number];
  /** Every single sensor setting that solves the task (checked by a test against the table). */
  solvedBy: readonly Placement[];
}

export const TASK_SPECS: Readonly<Record<TaskId, TaskSpec>> = {
  // Separate metal parts from plastic, wood, glass and rubber: aluminium and brass need an
  // inductive sensor mounted near (reduced range); every non-metal leaves it cold.
  'reject-metal': {
    targets: ['steel-screw', 'aluminium-housing', 'brass-fitting'],
    others: ['white-plastic', 'wood-block', 'glass-lens', 'black-rubber', 'water-vial'],
    targetCount: [3, 3],
    solvedBy: [{ sensor: 'inductive', setting: 'near' }],
  },
  // Magnets must not reach the steel parts' bin: only a magnetic switch tells them apart.
  'reject-magnet': {
    targets: ['ferrite-magnet'],
    others: ['steel-screw', 'aluminium-housing', 'brass-fitting', 'white-plastic', 'black-rubber'],
    targetCount: [2, 3],
    solvedBy: [{ sensor: 'magnetic', setting: 'far' }, { sensor: 'magnetic', setting: 'near' }],
  },
  // Count every part, the clear ones too, but not the foam packing between them: light
  // barriers see the foam, a capacitive sensor misses dry wood (moisture) and thin cardboard
  // at standard sensitivity, and an ultrasonic sensor mounted far misses the small steel
  // screw and the small curved lens (weak echoes). Ultrasonic mounted near sees them all and
  // the open-cell foam not: open-cell foam swallows the sound so that no echo may come back
  // at all (materials.ts [US], B13 kept as "no"; were it "limited (distance)", near would
  // see the foam and the task would need ultrasonic far OR inductive).
  'count-all': {
    targets: ['glass-lens', 'water-vial', 'black-rubber', 'white-plastic', 'wood-block', 'steel-screw', 'cardboard-box'],
    others: ['foam-block'],
    targetCount: [6, 6],
    solvedBy: [{ sensor: 'ultrasonic', setting: 'near' }],
  },
};

/** True when the setting belongs to the sensor type (distance or sensitivity). */
export function settingFits(sensor: SensorId, setting: unknown): setting is Setting {
  return (SETTING_CHOICES[SETTING_KIND[sensor]] as readonly unknown[]).includes(setting);
}

export type SwitchState = 'on' | 'off' | 'unsure';

/** Whether a sensor, set this way, switches for this part: on, off, or not reliably either. */
export function switchState(material: MaterialId, p: Placement): SwitchState {
  const { verdict, condition } = cell(material, p.sensor);
  if (verdict === 'reliable') return 'on';
  if (verdict === 'no') return 'off';
  if (condition === 'distance') return p.setting === 'near' ? 'on' : 'off';
  if (condition === 'sensitivity') return p.setting === 'fine' ? 'on' : 'off';
  return 'unsure';
}

export type PartOutcome = 'hit' | 'miss' | 'false' | 'pass';

/** What the gate did for one part: hit (target caught), miss, false (wrong part caught or maybe caught), pass. */
export function outcomeOf(task: TaskId, material: MaterialId, placements: readonly Placement[]): PartOutcome {
  const states = placements.map((p) => switchState(material, p));
  if (TASK_SPECS[task].targets.includes(material)) return states.includes('on') ? 'hit' : 'miss';
  return states.some((s) => s !== 'off') ? 'false' : 'pass';
}

/** Strict parse of `[{sensor, setting}]`: 0..MAX_SENSORS distinct entries, settings that fit the type; or null. */
export function parsePlacements(raw: unknown): Placement[] | null {
  if (!Array.isArray(raw) || raw.length > MAX_SENSORS) return null;
  const out: Placement[] = [];
  for (const item of raw) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
    if (Object.keys(item).length !== 2) return null;
    const { sensor, setting } = item as Record<string, unknown>;
    if (!isSensorId(sensor) || !settingFits(sensor, setting)) return null;
    if (out.some((p) => p.sensor === sensor && p.setting === setting)) return null;
    out.push({ sensor, setting });
  }
  return out;
}
