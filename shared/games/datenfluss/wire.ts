import type { QueueId } from './switch-sim.ts';

// The wire of Datenfluss, declared once: rules, room and client scene use these types.
// docs/PROTOCOL.md describes the same for people writing their own clients.

/** state.round at play start: no item content, only how many and when. */
export interface DatenflussPublicRound {
  level: number;
  durationMs: number;
  items: number;
  /** [atMs, endMs] of each item's window, ms after play start. */
  schedule: number[][];
}

/** `answer` data: the item number and the level's field. */
export type DatenflussAnswer =
  | { item: number; value: number } // level 1: the byte for 'set', else an option index
  | { item: number; accept: boolean } // level 2
  | { item: number; order: number[] } // level 3: node indices, one for 'winner', all for 'order'
  | { item: number; queue: QueueId } // level 4
  | { item: number; receivers: number[] }; // level 5: subscriber indices 0–5

/** The game's part of an `ack` (item null when the payload named none). */
export interface DatenflussAck {
  item: number | null;
  /** Levels 1–3 and 5, when taken: −1..1. */
  credit?: number;
  correct?: boolean;
  /** The item's solution after answering: byte or option index, 'accept'/'reject', node order string, receiver bit mask. */
  expected?: number | string;
  /** Level 4: the queue chosen. */
  queue?: QueueId | null;
}

/** A `cue`: one per item, sent CUE_LEAD_MS before its time; the fields besides these depend on the level. */
export interface DatenflussCue {
  readonly kind: 'item';
  readonly item: number;
  readonly windowMs: number;
  readonly [field: string]: string | number | boolean;
}

/** Player `detail` after the round (the truth for the reveal); fields beyond these depend on the level. */
export interface DatenflussDetail {
  level: number;
  correctPct: number;
  answered: number;
  of: number;
  [field: string]: string | number | boolean | null;
}

export interface DatenflussWire {
  publicRound: DatenflussPublicRound;
  answer: DatenflussAnswer;
  ack: DatenflussAck;
  detail: DatenflussDetail;
  cue: DatenflussCue;
}
