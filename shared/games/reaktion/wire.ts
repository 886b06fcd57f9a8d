import type { GameWire } from '../types.ts';

// Reaktion on the wire: what the room puts into state and messages, and what a client
// sends. Rules (rules.ts), the room and the client scene all use these types.

export type Modality = 'visual' | 'audio';
export type Outcome = 'hit' | 'false-start' | 'late' | 'rejected';

/** State `round` at play start: how many trials, no times. */
export interface ReaktionPublicRound {
  level: number;
  trials: number;
  durationMs: number;
}

/** `answer` data: the trial and the measured reaction time (null: pressed with no stimulus shown). */
export interface ReaktionAnswer {
  trial: number;
  rtMs: number | null;
}

/** The game's part of the `ack`; trial and outcome are null when the answer could not be read or counted. */
export interface ReaktionAck {
  trial: number | null;
  outcome: Outcome | null;
  rtMs?: number | null;
  /** Set when the server credited a slower time than the client claimed (it could not confirm the claim). */
  claimedMs?: number;
}

/** Player `detail` of a finished round. */
export interface ReaktionDetail {
  medianMs: number | null;
  hits: number;
  falseStarts: number;
  misses: number;
  /** Misses of sound signals (a phone that could not play them says why). Absent in rounds stored before. */
  audioMisses?: number;
}

/** `cue` data: a ready signal at each trial start, a stimulus (sent early, `at` is its onset). */
export type ReaktionCue =
  | { kind: 'ready'; trial: number }
  | { kind: 'stimulus'; trial: number; modality: Modality };

export interface ReaktionWire extends GameWire {
  publicRound: ReaktionPublicRound;
  answer: ReaktionAnswer;
  ack: ReaktionAck;
  detail: ReaktionDetail;
  cue: ReaktionCue;
}
