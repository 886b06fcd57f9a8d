import type { ErrorCode, Lang } from '../protocol/errors.ts';

/** Everything a game shows in one language. */
export interface GameTexts {
  title: string;
  /** One line for the game picker. */
  summary: string;
  /** How to play, one or two short sentences. */
  howTo: string;
  /** The debrief card: two or three correct sentences about the concept. */
  debrief: readonly string[];
  /** Name of each level, by level number. */
  levels: Readonly<Record<number, string>>;
}

/** A message the server sends to every player at `atMs` after play starts, `leadMs` early. */
export interface Cue {
  atMs: number;
  leadMs: number;
  data: Readonly<Record<string, string | number | boolean>>;
}

/** What the server observed when an answer arrived, in server milliseconds. */
export interface JudgeContext {
  /** Arrival time of the answer. */
  nowMs: number;
  /** Server time at which play began. */
  playStartMs: number;
  /** The player's measured one-way network latency (already capped by the room). */
  oneWayMs: number;
}

export interface JudgeOutcome<P> {
  /** The player's round state after this answer (unchanged when rejected without trace). */
  player: P;
  /** Sent back to the answering player only. */
  ack: Readonly<Record<string, string | number | boolean | null>>;
  /** Set when the answer was refused; the ack still goes out. */
  error?: ErrorCode;
}

export interface RoundScore {
  score: number;
  /** Public figures for the reveal (e.g. median time, false starts). */
  detail: Readonly<Record<string, number | string | null>>;
}

/**
 * A game's pure rules. The room calls these and nothing else; every function is
 * deterministic in its arguments (no clocks, no Math.random).
 */
export interface GameDefinition<R = unknown, P = unknown> {
  id: string;
  /** The best possible round score (boards scale every game's scores to 0–1000 by it). */
  maxScore: number;
  /** Levels the host may choose, easiest first. */
  levels: readonly number[];
  texts: Readonly<Record<Lang, GameTexts>>;
  /** Builds a round from a seed; the same seed and level give the same round. */
  createRound(seed: number, level: number): R;
  /** What clients may know when play starts: nothing that gives an answer away. */
  publicRound(round: R): Readonly<Record<string, unknown>>;
  /** How long the play phase lasts at most. */
  playDurationMs(round: R): number;
  /** Timed messages for all players during play (may be empty). */
  cues(round: R): readonly Cue[];
  /** A player's empty round state. */
  newPlayer(round: R): P;
  /** Judges one answer payload (untrusted, any shape) against the round. */
  judge(round: R, player: P, payload: unknown, ctx: JudgeContext): JudgeOutcome<P>;
  /** Answers given so far, for the host's answered counter. */
  answered(round: R, player: P): number;
  /** How many answers a complete round has. */
  expectedAnswers(round: R): number;
  /** True when this player has nothing left to do (lets play end early). */
  isDone(round: R, player: P): boolean;
  /** Final score of one player's round. */
  score(round: R, player: P): RoundScore;
}
