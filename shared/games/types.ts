import type { ErrorCode, Lang } from '../protocol/errors.ts';
import type { CurriculumId } from './curriculum.ts';
import type { SeatInput } from './seat-inputs.ts';

/** A level's debrief, one sentence each; shown on the projector and the phones, so it speaks to nobody in particular. */
export interface LevelDebrief {
  /** What this level taught. */
  taught: string;
  /** The one fact to remember. */
  fact: string;
  /** The common mistake, and why it is one. */
  mistake: string;
}

/** Everything a game shows in one language. */
export interface GameTexts {
  title: string;
  /** One line for the game picker. */
  summary: string;
  /** How to play, one or two short sentences. */
  howTo: string;
  /** The debrief card of each level, by level number (a debrief belongs to its level). */
  debrief: Readonly<Record<number, LevelDebrief>>;
  /** Name of each level, by level number. */
  levels: Readonly<Record<number, string>>;
}

/** A value that survives JSON (state strings, stored results). */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue | undefined };

/** Flat values of a cue (a cue is one small message per timed event). */
export type CueData = Readonly<Record<string, string | number | boolean>>;

/**
 * The wire of one game, declared once in `shared/games/<id>/wire.ts` and used by its rules,
 * the room (through GameDefinition) and its client scene.
 * - publicRound: what clients may know when play starts (state `round`, JSON).
 * - answer: the `data` of an `answer` message (the room wraps it in { round, data }).
 * - ack: the game's part of the `ack` to the answering player (the room adds round, error).
 * - detail: public figures of a finished round (player `detail`, JSON; stored with the result).
 * - cue: the game's part of a `cue` message (the room adds round and at).
 */
export interface GameWire {
  publicRound: object;
  answer: unknown;
  ack: object;
  detail: object;
  cue: CueData;
}

/** The wire of a game that declares none of its own: plain JSON objects, read field by field. */
export interface UntypedWire extends GameWire {
  publicRound: Readonly<Record<string, unknown>>;
  answer: unknown;
  ack: Readonly<Record<string, unknown>>;
  detail: Readonly<Record<string, unknown>>;
  cue: CueData;
}

/** A message the server sends to every player at `atMs` after play starts, `leadMs` early. */
export interface Cue<C extends CueData = CueData> {
  atMs: number;
  leadMs: number;
  data: C;
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

export interface JudgeOutcome<P, A extends object = Readonly<Record<string, unknown>>> {
  /** The player's round state after this answer (unchanged when rejected without trace). */
  player: P;
  /** Sent back to the answering player only. */
  ack: A;
  /** Set when the answer was refused; the ack still goes out. */
  error?: ErrorCode;
}

/** How play ended, for scoring: set only when the host ended play before its time. */
export interface ScoreContext {
  /** Ms after play start at which the host ended play: what had not happened by then is no mistake of the player's. */
  stoppedAtMs?: number;
}

export interface RoundScore<D extends object = Readonly<Record<string, unknown>>> {
  score: number;
  /** Public figures for the reveal (e.g. median time, false starts). */
  detail: D;
}

/**
 * A game's pure rules. The room calls these and nothing else; every function is
 * deterministic in its arguments (no clocks, no Math.random). R and P are the game's secret
 * round and per-player state; W its wire (see GameWire).
 */
export interface GameDefinition<R = unknown, P = unknown, W extends GameWire = UntypedWire> {
  id: string;
  /** The best possible round score (boards scale every game's scores to 0–1000 by it). */
  maxScore: number;
  /** Levels the host may choose, easiest first. */
  levels: readonly number[];
  /** The curriculum items each level serves, by level number (shared/games/curriculum.ts; at least one per level). */
  curriculum: Readonly<Record<number, readonly CurriculumId[]>>;
  texts: Readonly<Record<Lang, GameTexts>>;
  /** Builds a round from a seed; the same seed and level give the same round. */
  createRound(seed: number, level: number): R;
  /** What clients may know when play starts: nothing that gives an answer away. */
  publicRound(round: R): W['publicRound'];
  /** How long the play phase lasts at most. */
  playDurationMs(round: R): number;
  /** Timed messages for all players during play (may be empty). */
  cues(round: R): readonly Cue<W['cue']>[];
  /** A player's empty round state. */
  newPlayer(round: R): P;
  /** Judges one answer payload (untrusted, any shape; a valid one is a W['answer']) against the round. */
  judge(round: R, player: P, payload: unknown, ctx: JudgeContext): JudgeOutcome<P, W['ack']>;
  /** Answers given so far, for the host's answered counter. */
  answered(round: R, player: P): number;
  /** How many answers a complete round has. */
  expectedAnswers(round: R): number;
  /** True when this player has nothing left to do (lets play end early). */
  isDone(round: R, player: P): boolean;
  /** Final score of one player's round (`ctx.stoppedAtMs` when the host ended play early). */
  score(round: R, player: P, ctx?: ScoreContext): RoundScore<W['detail']>;
  /** Optional: the figures the trainer's reports show for a round (issue 21); without it only points. */
  figures?: GameFigures<R, P>;
  /**
   * Which kinds of seat can play this game (seat-inputs.ts); absent = phones only. A seat of
   * another kind (a buzzer box in Sensor-Labor) sits out its rounds: no result, no count.
   */
  inputs?: readonly SeatInput[];
  /**
   * Optional: the game also plays content a company stored (Werkstatt's task sets). A
   * playlist item then names it by `setId`; the server loads the company's version, checks
   * it again with `check` and builds each round with `createRoundWith` instead of createRound.
   */
  authored?: {
    /** Checks stored content (data from the database, never trusted blindly); null when unusable. */
    check(raw: unknown): unknown;
    createRoundWith(seed: number, level: number, content: any): R;
  };
}

/**
 * A player's figures of one round for the trainer's reports (issue 21 §1): the game's own
 * measures, stored with the result (results.figures), never sent to other players. Every
 * field is optional: a game fills what it measures. Keys of `parts` and `mistakes` are the
 * game's own terms, named in words by its `figures.label(key, lang)`.
 */
export interface RoundFigures {
  /** Share of the round answered right, whole percent 0–100. */
  correctPct?: number;
  /** Median and best (lowest) reaction time of the hits, ms; null without a hit. */
  medianMs?: number | null;
  bestMs?: number | null;
  /** Presses before the signal (Reaktion). */
  falseStarts?: number;
  /** Signals that got no answer in time. */
  misses?: number;
  /**
   * Right answers per kind of item (Datenfluss) or per task (Werkstatt): `right` may be a
   * part credit (0..of, two decimals); `label` is content's own text (a task's prompt), else
   * the game names `key`.
   */
  parts?: readonly { key: string; label?: string; right: number; of: number }[];
  /** Mistakes by kind and how often (e.g. Sensor-Labor "aluminium:inductive:missed"). */
  mistakes?: readonly { key: string; count: number }[];
}

/** A game's figures for reports: computed from the round and one player's state, and named. */
export interface GameFigures<R, P> {
  /** The player's figures of a finished round (pure; `ctx` as for score). */
  of(round: R, player: P, ctx?: ScoreContext): RoundFigures;
  /** A part or mistake key in words ('' for an unknown key). */
  label(key: string, lang: Lang): string;
}

/** Any registered game, whatever its types (the room and the registry see games this way). */
export type AnyGameDefinition = GameDefinition<any, any, any>;
