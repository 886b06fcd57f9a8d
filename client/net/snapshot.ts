import type { Phase } from '../../shared/protocol/constants.ts';
import type { StandingMessage } from '../../shared/protocol/messages.ts';
import type { SessionState } from '../../shared/protocol/state.ts';

// A plain JSON copy of the room state (room.state.toJSON()), which screens render from.
// Field meanings: docs/PROTOCOL.md §4 and shared/protocol/state.ts. The host's copy lists
// every player; a player's copy lists only the player itself (from its `standing`
// messages) — the others come as `playerCount`, `answeredCount` and `leaders`.

export interface PlayerSnapshot {
  id: string;
  nickname: string;
  connected: boolean;
  score: number;
  roundScore: number;
  answered: number;
  rank: number;
  /** JSON of the game's public figures of the last finished round. */
  detail: string;
  /** Host view: the phone's sound check ('' not answered, 'yes', 'no'). */
  sound?: '' | 'yes' | 'no';
  /** Host view: the seat was taken with a join card (a guest cannot pass as the apprentice). */
  card?: boolean;
  /** '' for a phone; a buzzer box's timing mode (absent from older servers). */
  box?: string;
  /** Host view: the seat sits out the current round (a buzzer box in a game it cannot play; shown as paused). */
  out?: boolean;
  /** Own entry only (from `standing`): the place before the last finished round, 0 none, undefined unknown. */
  previousRank?: number;
  /** Own entry only: the next better player and the gap in points (null: nobody ahead). */
  ahead?: { nickname: string; gap: number } | null;
}

/** One of the best players after the last finished round. */
export interface LeaderSnapshot {
  id: string;
  nickname: string;
  score: number;
  roundScore: number;
  rank: number;
}

export interface PlaylistSnapshot {
  gameId: string;
  level: number;
  rounds: number;
  /** A company task set (Werkstatt), '' or absent for the game's own levels. */
  setId?: string;
  setTitle?: string;
}

export interface SessionSnapshot {
  phase: Phase;
  mode: string;
  code: string;
  locked: boolean;
  paused: boolean;
  hostConnected: boolean;
  /** Host setting: reveal and scoreboard end by themselves. */
  autoAdvance: boolean;
  phaseEndsAt: number;
  pausedRemainingMs: number;
  playStartedAt: number;
  roundIndex: number;
  roundCount: number;
  gameId: string;
  level: number;
  round: string;
  expectedAnswers: number;
  /** The host ended this round's play early: it counts on no board. */
  roundEndedEarly: boolean;
  playerCount: number;
  answeredCount: number;
  /** Connected phones with every playlist game loaded (`ready`). */
  readyCount: number;
  playlist: PlaylistSnapshot[];
  leaders: LeaderSnapshot[];
  /** Host: every player. Player: only the own entry. */
  players: Record<string, PlayerSnapshot>;
  /** Players the host removed (kept out until the host lets them back in). */
  removed: Record<string, { id: string; nickname: string }>;
  /** The server restarted and brought the session back ('roundLost': a running round was not counted). */
  restartNote: '' | 'restarted' | 'roundLost';
}

const EMPTY: SessionSnapshot = {
  phase: 'lobby', mode: 'hosted', code: '', locked: false, paused: false, hostConnected: false, autoAdvance: false,
  phaseEndsAt: 0, pausedRemainingMs: 0, playStartedAt: 0, roundIndex: -1, roundCount: 0,
  gameId: '', level: 1, round: '{}', expectedAnswers: 0, roundEndedEarly: false, playerCount: 0, answeredCount: 0, readyCount: 0, playlist: [], leaders: [], players: {}, removed: {}, restartNote: '',
};

/** Copies the decoded schema state into plain data (missing fields get their defaults); `own` joins a player's own entry. */
export function toSnapshot(state: SessionState, own: PlayerSnapshot | null = null): SessionSnapshot {
  const json = (state as unknown as { toJSON(): Partial<SessionSnapshot> }).toJSON();
  const players = json.players ?? {};
  return { ...EMPTY, ...json, playlist: json.playlist ?? [], leaders: json.leaders ?? [], players: own ? { ...players, [own.id]: own } : players, removed: json.removed ?? {} };
}

/** A player's own entry from its `standing` message (nickname and connection from the session). */
export function ownPlayer(id: string, nickname: string, standing: StandingMessage | null): PlayerSnapshot {
  return {
    id, nickname, connected: true,
    score: standing?.score ?? 0,
    roundScore: standing?.roundScore ?? 0,
    answered: standing?.answered ?? 0,
    rank: standing?.rank ?? 0,
    detail: typeof standing?.detail === 'string' ? standing.detail : '{}',
    ...(typeof standing?.previousRank === 'number' ? { previousRank: standing.previousRank } : {}),
    ...(standing && isAhead(standing.ahead) ? { ahead: standing.ahead } : {}),
  };
}

function isAhead(v: unknown): v is { nickname: string; gap: number } | null {
  if (v === null) return true;
  const o = v as { nickname?: unknown; gap?: unknown } | undefined;
  return typeof o?.nickname === 'string' && typeof o.gap === 'number';
}

/** The standings to show: the host ranks every player; a phone shows the leaders (and its own row, marked apart). */
export function standingsOf(s: SessionSnapshot, role: 'host' | 'player'): PlayerSnapshot[] {
  if (role === 'host') return playersByRank(s);
  return s.leaders.map((l) => ({ ...l, connected: true, answered: 0, detail: '{}' }));
}

/** Players by total score (rank order), nickname as tie-break; a seat sitting out with no place is left out. */
export function playersByRank(s: SessionSnapshot): PlayerSnapshot[] {
  return Object.values(s.players).filter((p) => !p.out || p.rank > 0).sort((a, b) => b.score - a.score || a.nickname.localeCompare(b.nickname));
}

/** Players of the current round by its score. */
export function playersByRoundScore(s: SessionSnapshot): PlayerSnapshot[] {
  return playersInRound(s).sort((a, b) => b.roundScore - a.roundScore || a.nickname.localeCompare(b.nickname));
}

/** Players in join order as the server's map keeps it. */
export function playersInOrder(s: SessionSnapshot): PlayerSnapshot[] {
  return Object.values(s.players);
}

/** The players of the current round in join order: not the seats sitting it out (the server's `out`). */
export function playersInRound(s: SessionSnapshot): PlayerSnapshot[] {
  return Object.values(s.players).filter((p) => !p.out);
}

/** Parses a JSON object field (round, detail); bad JSON gives an empty object, never a crash. */
export function parseJsonObject(text: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Milliseconds left in the phase (paused: the frozen rest); null when it waits for the host. */
export function phaseRemainingMs(s: SessionSnapshot, serverNow: number): number | null {
  if (s.paused) return s.pausedRemainingMs > 0 ? s.pausedRemainingMs : null;
  if (s.phaseEndsAt <= 0) return null;
  return Math.max(0, s.phaseEndsAt - serverNow);
}
