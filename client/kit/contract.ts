import type { GameWire } from '../../shared/games/types.ts';
import type { ErrorCode, Lang } from '../../shared/protocol/errors.ts';

// The contract between the app's play screen and a game's client code. The app implements
// GameContext; a game's scene module exports mount(); its registry entry is a ClientGame.
// A game sees the network only through this: cues and acks in, answers out.

/** An `ack` as the game receives it: its own fields plus the round and, when refused, the error code. */
export type AckOf<W extends GameWire> = W['ack'] & { round: number; error?: ErrorCode };

/** A `cue` as the game receives it: its own fields plus the round and `at` (server ms of the event). */
export type CueOf<W extends GameWire> = W['cue'] & { round: number; at: number };

export interface GameContext<W extends GameWire = GameWire> {
  /** The element the game draws into; it fills the play area. */
  container: HTMLElement;
  gameId: string;
  level: number;
  /** 0-based round index across the playlist (state.roundIndex). */
  round: number;
  lang(): Lang;
  /** Converts a server time (cue.at, phase ends) to the performance.now() base of rAF and input events. */
  toLocalMs(serverMs: number): number;
  /**
   * False while the clock offset is being measured again (the page was hidden, the phone
   * slept): a timed stimulus must not be scheduled from toLocalMs then.
   */
  clockFresh(): boolean;
  /** Server time at which the current phase ends (0 while it waits for the host or is paused). */
  phaseEndsAt(): number;
  /** Sends this round's answer (the app wraps it in { round, data }). */
  answer(data: W['answer']): void;
  /** Answers this player already gave in this round (after a reload: where to continue). */
  answeredSoFar(): number;
  /** Subscribes to cues of this round; cues that came before the scene was ready are replayed. */
  onCue(fn: (cue: CueOf<W>) => void): () => void;
  /** Subscribes to acks of this round's answers. */
  onAck(fn: (ack: AckOf<W>) => void): () => void;
}

export interface GameInstance<W extends GameWire = GameWire> {
  /** The play phase of this round began (state.round); input counts from now on. */
  start(publicRound: W['publicRound']): void;
  /** Plays the game's sound once (a "test sound" button; also unlocks audio on phones). */
  testSound?(): void;
  /** The language changed. */
  relabel(): void;
  destroy(): void;
}

/** The default export shape of `client/games/<id>/scene.ts`. */
export interface GameModule<W extends GameWire = GameWire> {
  mount(ctx: GameContext<W>): Promise<GameInstance<W>>;
}

export interface ClientGame<W extends GameWire = GameWire> {
  /** Loads the scene (and Phaser) lazily: only when a game is about to run. */
  load(): Promise<GameModule<W>>;
  /** Public figures of a finished round (player detail) as short lines for the reveal. */
  resultLines(detail: W['detail'], lang: Lang): string[];
  /** True when a level plays sounds: the countdown then says "sound on". */
  usesSound?: (level: number) => boolean;
  /** URL of the stimulus sound itself, for the phone's sound check before such a round ("Hörst du den Ton?"). */
  testTone?: string;
  /** Optional picture of the own result at the reveal (a chart, a replay); small, no scene needed. `round` = state.round. */
  resultView?: (detail: W['detail'], round: W['publicRound'], lang: Lang) => HTMLElement | null;
  /**
   * Right (true), wrong (false) or neither (null: refused, not counted) for one ack: the
   * phone flashes it after each answer and counts the streak. Without it no flash.
   */
  ackVerdict?: (ack: AckOf<W>) => boolean | null;
  /** The game's colour on the projector and phones (white text must read on it, ≥ 4.5:1). */
  accent?: string;
  /** Optional class view for the projector's reveal; without it the app charts the round's points. */
  classView?: (details: readonly W['detail'][], round: W['publicRound'], lang: Lang) => ClassSummary | null;
}

/** One bar of the projector's class chart: how many players fall in `label`. */
export interface ClassBar {
  label: string;
  count: number;
  /** A good outcome (drawn in the "good" colour, with a mark, never by colour alone). */
  good?: boolean;
}

/**
 * What the projector shows of a finished round for the whole class: a distribution, the
 * correct answer and the most common mistake. Never one person's result.
 */
export interface ClassSummary {
  chartTitle: string;
  bars: ClassBar[];
  /**
   * How many players a bar's full length stands for (those who played or answered); a bar's
   * length is count / of. Absent: the players with a result this round. Never the longest bar:
   * 1 of 2 right drew a full bar (newcomer).
   */
  of?: number;
  /** The correct answer or the class's key figure, one sentence. */
  answer?: string;
  /** The most common mistake, one sentence; absent: the projector shows no mistake line (a game that knows nobody erred says so itself). */
  commonMistake?: string;
  /** Per question: its prompt and the correct answer (built from the round's details, so only at the reveal). */
  solutions?: { label: string; solution: string }[];
  /** Pictures of the class's answers (a heat map of taps, a distribution of numbers): anonymous, drawn by the game when shown. */
  figures?: () => HTMLElement[];
}

/** Each bar's length 0..1: its count of `summary.of` (else of `played`), never of the longest bar. */
export function barShares(summary: Pick<ClassSummary, 'bars' | 'of'>, played: number): number[] {
  const base = Math.max(1, summary.of ?? played, ...summary.bars.map((b) => b.count));
  return summary.bars.map((b) => b.count / base);
}

/** Declares a game's client entry with its wire types checked (the registry stores it untyped). */
export function defineClientGame<W extends GameWire>(game: ClientGame<W>): ClientGame<W> {
  return game;
}
