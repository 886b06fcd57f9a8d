import type { GameWire } from '../types.ts';
import type { MaterialId, SensorId, Verdict } from './materials.ts';
import type { OutputFunction, Setting } from './hysteresis.ts';
import type { PartOutcome, Placement, TaskId } from './sorting.ts';

// Sensor-Labor on the wire: what the room puts into state and messages, and what a client
// sends, per level. Rules (rules.ts), the room and the client scene all use these types.

/** State `round` at play start: the parts and the task may be seen, verdicts and ideal settings not. */
export type SensorPublicRound =
  | { level: 1; durationMs: number; parts: MaterialId[] }
  | { level: 2; durationMs: number; parts: MaterialId[]; task: TaskId }
  /** `falling`: a part lowers the signal (a through-beam's beam interrupted) instead of raising it. */
  | { level: 3; durationMs: number; samples: number[]; max: number; falling: boolean };

/** `answer` data: level 1 one part's sensors, level 2 the placements, level 3 switch and reset point (% of the range) and the output function (NO when left out). */
export type SensorAnswer =
  | { part: number; sensors: SensorId[] }
  | { placements: Placement[] }
  | Setting;

/** Level 2's run of the batch: what happened to each part, and the counts. */
export interface BeltRun {
  hits: number;
  misses: number;
  falseTriggers: number;
  /** One outcome per part of the batch, in belt order. */
  outcomes: PartOutcome[];
}

/** Level 3's count with the player's switch and reset point. */
export interface SignalCount extends Setting {
  parts: number;
  counted: number;
  missed: number;
  doubled: number;
  stray: number;
  chatter: number;
}

/** The game's part of the `ack`: the item answered (level 1 `part`), its credit 0..1, and per level what the player may see now. */
export type SensorAck =
  | { part: number; credit: number; verdicts: Readonly<Record<SensorId, Verdict>> }
  | ({ item: 0; credit: number } & BeltRun)
  | ({ item: 0; credit: number } & SignalCount)
  /** A refused answer (see the ack's error). */
  | { item: number | null; credit: null };

interface DetailBase {
  correctPct: number;
  answered: number;
  of: number;
  /** Seconds from play start to the last accepted answer, one decimal; null without answers. */
  seconds: number | null;
}

/** Player `detail` of a finished round, per level. */
export type SensorDetail =
  | (DetailBase & { level: 1; mistakes: string[]; mistakeCount: number })
  | (DetailBase & { level: 2 } & Partial<BeltRun>)
  | (DetailBase & { level: 3; idealSwitchPoint: number; idealResetPoint: number; idealOutput?: OutputFunction } & Partial<SignalCount>);

export interface SensorWire extends GameWire {
  publicRound: SensorPublicRound;
  answer: SensorAnswer;
  ack: SensorAck;
  detail: SensorDetail;
  cue: never;
}
