import { schema, t, type SchemaType } from '@colyseus/schema';
import type { Phase } from './constants.ts';

// The room state, shared by server and client (the builder is pure, so both use one
// definition). It carries no seed and nothing that gives an answer away early.
// Every client gets every patch, so the shared part holds only what is O(1) per round:
// per-player data (`players`) is a StateView field that only the host's view receives;
// a player gets its own figures as the `standing` message and the others as aggregates
// (`playerCount`, `answeredCount`, the top `leaders`). See docs/PROTOCOL.md §4.

export const PlaylistItemState = schema({
  gameId: t.string().default(''),
  level: t.uint8().default(1),
  rounds: t.uint8().default(1),
  /** A company's stored content this item plays (Werkstatt task set id), '' for the game's own levels. */
  setId: t.string().default(''),
  /** The stored content's title (set by the server), '' without one. */
  setTitle: t.string().default(''),
}, 'PlaylistItem');
export type PlaylistItemState = SchemaType<typeof PlaylistItemState>;

/** One seat as the host sees it (host-only: the `players` map is filtered by a StateView). */
export const PlayerState = schema({
  id: t.string().default(''),
  nickname: t.string().default(''),
  /** False while the player's connection is down and the seat is held for them. */
  connected: t.boolean().default(true),
  /** Sum of all finished rounds. */
  score: t.number().default(0),
  /** Score of the current (or last finished) round, shown at reveal. */
  roundScore: t.number().default(0),
  /** Answers given in the current round (the host's answered counter). */
  answered: t.uint16().default(0),
  /** Rank after the last finished round (1 = first); 0 before any. */
  rank: t.uint16().default(0),
  /** JSON of the game's public figures for the last finished round (median etc.). */
  detail: t.string().default('{}'),
  /** The phone's sound check: '' not answered, 'yes' hears the tone, 'no' does not (the host sees it). */
  sound: t.string<'' | 'yes' | 'no'>().default(''),
  /** True when the seat was taken with an apprentice's join card (the host's card badge, review N10). */
  card: t.boolean().default(false),
  /** '' for a phone; a buzzer box's timing mode ('stimulus' or 'button'): its chip shows a box symbol. */
  box: t.string().default(''),
  /** True while the seat sits out the current round: its game cannot be played on this seat's device (a box outside Reaktion; shared/games/seat-inputs.ts). */
  out: t.boolean().default(false),
}, 'Player');
export type PlayerState = SchemaType<typeof PlayerState>;

/** One of the best players after the last finished round (what every phone shows of the others). */
export const LeaderState = schema({
  id: t.string().default(''),
  nickname: t.string().default(''),
  score: t.number().default(0),
  roundScore: t.number().default(0),
  rank: t.uint16().default(0),
}, 'Leader');
export type LeaderState = SchemaType<typeof LeaderState>;

/** A player the host removed: kept out (by seat, name, card and device) until let back in. */
export const RemovedState = schema({
  id: t.string().default(''),
  nickname: t.string().default(''),
}, 'Removed');
export type RemovedState = SchemaType<typeof RemovedState>;

export const SessionState = schema({
  /** lobby | countdown | play | reveal | scoreboard | podium (typed: a misspelt phase does not compile). */
  phase: t.string<Phase>().default('lobby'),
  /** hosted | solo */
  mode: t.string<'hosted' | 'solo'>().default('hosted'),
  /** Six-digit join code ('' for solo). */
  code: t.string().default(''),
  locked: t.boolean().default(false),
  paused: t.boolean().default(false),
  hostConnected: t.boolean().default(false),
  /** Host setting: reveal and scoreboard end by themselves (true) or wait for the host's "next" (false). */
  autoAdvance: t.boolean().default(false),
  /** Server time (ms since epoch) at which the current phase ends; 0 when it waits for the host. */
  phaseEndsAt: t.number().default(0),
  /** While paused: how much of the phase was left. */
  pausedRemainingMs: t.number().default(0),
  /** Server time at which play of the current round started (cues are relative to it). */
  playStartedAt: t.number().default(0),
  /** 0-based index of the current round across the playlist; -1 before the first. */
  roundIndex: t.int16().default(-1),
  roundCount: t.uint16().default(0),
  gameId: t.string().default(''),
  level: t.uint8().default(1),
  /** JSON of the game's public round data (no secrets). */
  round: t.string().default('{}'),
  /** True after the host ended the current round's play early (it counts on no board); false again at the next countdown. */
  roundEndedEarly: t.boolean().default(false),
  /** Answers a complete round has (for "answered x / y"). */
  expectedAnswers: t.uint16().default(0),
  /** Seated players (connected or held for a dropped one). */
  playerCount: t.uint16().default(0),
  /** Connected players whose phone reported the code of every playlist game loaded (`ready`). */
  readyCount: t.uint16().default(0),
  /** Players done with the current round (all expected answers given); 0 outside play. */
  answeredCount: t.uint16().default(0),
  playlist: t.array(PlaylistItemState),
  /** The best LEADERS_SHOWN players by total after the last finished round, in rank order. */
  leaders: t.array(LeaderState),
  /** Host only (StateView): every seat with its per-round figures. Empty for players. */
  players: t.map(PlayerState).view(),
  /** Host only (StateView): players the host removed, by their former seat id (the host can let them back in). */
  removed: t.map(RemovedState).view(),
  /** After a server restart brought this session back: 'restarted', or 'roundLost' when a round was running then (not stored); '' once the session moves on. */
  restartNote: t.string<'' | 'restarted' | 'roundLost'>().default(''),
}, 'SessionState');
export type SessionState = SchemaType<typeof SessionState>;
