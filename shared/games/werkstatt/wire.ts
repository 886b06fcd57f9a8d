import type { TaskKind } from './model.ts';

// The wire of Werkstatt, declared once: rules, room and client scene use these types.
// docs/PROTOCOL.md describes the same for people writing their own clients.

/**
 * A task's photo: the rules give its id; the server adds signed, expiring links (the phone
 * variant for phones, the projector one for the host) when the round starts.
 */
export interface WerkstattPhotoRef {
  id: string;
  phone?: string;
  projector?: string;
}

/** One task as the phones see it at play start: never which option, value, order or region is right. */
export interface WerkstattPublicTask {
  kind: TaskKind;
  prompt: string;
  /** The photo shown with the prompt (spot: the photo to tap on); absent = text only. */
  photo?: WerkstattPhotoRef;
  /** Seconds for this task. */
  limitS: number;
  /** Choice: the options in shown order, and whether several may be right (checkboxes). */
  options?: string[];
  multiple?: boolean;
  /** Number: the unit written after the input field. */
  unit?: string;
  /** Order: the steps in a shuffled shown order (never the right one). */
  steps?: string[];
}

/** state.round at play start. */
export interface WerkstattPublicRound {
  level: number;
  title: string;
  durationMs: number;
  tasks: WerkstattPublicTask[];
}

/**
 * `answer` data, tasks strictly in turn (task = number answered so far): `pick` shown option
 * positions; `value` the typed number ("0,05" or "0.05"); `order` shown step positions in the
 * player's order; `tap` the spot [x, y] relative to the photo (0..1 from left and top); `skip` gives the task up (credit 0).
 */
export type WerkstattAnswer =
  | { task: number; pick: number[] }
  | { task: number; value: string | number }
  | { task: number; order: number[] }
  | { task: number; tap: [number, number] }
  | { task: number; skip: true };

/**
 * The game's part of an `ack` (to the answering seat only): which task was taken and, for a
 * taken answer, whether it was fully right (the phone's ✓/✗ flash; a partly right answer is
 * not right; late = false; a skip or a refused answer has no `right`). Never the solution.
 */
export interface WerkstattAck {
  task: number | null;
  right?: boolean;
}

/** One task in a player's detail after the round (shown positions, like the answer). */
export interface WerkstattTaskResult {
  /** Credit −1..1 (two decimals). */
  c: number;
  /** The answer given (pick / value / order / tap [x, y]), null when skipped or late. */
  a: number[] | number | null;
  /** The solution: right option positions, the value with its tolerance [value, tolerance], step positions in the right order, or the region (spot.ts regionNumbers). */
  s: number[];
  /** The trainer's explanation. */
  x: string;
}

/** Player `detail` after the round (stored with the result). */
export interface WerkstattDetail {
  level: number;
  correctPct: number;
  answered: number;
  of: number;
  tasks: WerkstattTaskResult[];
}

export interface WerkstattWire {
  publicRound: WerkstattPublicRound;
  answer: WerkstattAnswer;
  ack: WerkstattAck;
  detail: WerkstattDetail;
  cue: never;
}
