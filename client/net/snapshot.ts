import type { SessionState } from '../../shared/protocol/state.ts';

// A plain JSON copy of the room state (room.state.toJSON()), which screens render from.
// Field meanings: docs/PROTOCOL.md §4 and shared/protocol/state.ts.

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
}

export interface PlaylistSnapshot {
  gameId: string;
  level: number;
  rounds: number;
}

export interface SessionSnapshot {
  phase: string;
  mode: string;
  code: string;
  locked: boolean;
  paused: boolean;
  hostConnected: boolean;
  phaseEndsAt: number;
  pausedRemainingMs: number;
  playStartedAt: number;
  roundIndex: number;
  roundCount: number;
  gameId: string;
  level: number;
  round: string;
  expectedAnswers: number;
  playlist: PlaylistSnapshot[];
  players: Record<string, PlayerSnapshot>;
}

const EMPTY: SessionSnapshot = {
  phase: 'lobby', mode: 'hosted', code: '', locked: false, paused: false, hostConnected: false,
  phaseEndsAt: 0, pausedRemainingMs: 0, playStartedAt: 0, roundIndex: -1, roundCount: 0,
  gameId: '', level: 1, round: '{}', expectedAnswers: 0, playlist: [], players: {},
};

/** Copies the decoded schema state into plain data (missing fields get their defaults). */
export function toSnapshot(state: SessionState): SessionSnapshot {
  const json = (state as unknown as { toJSON(): Partial<SessionSnapshot> }).toJSON();
  return { ...EMPTY, ...json, playlist: json.playlist ?? [], players: json.players ?? {} };
}

/** Players by total score (rank order), nickname as tie-break for a stable list. */
export function playersByRank(s: SessionSnapshot): PlayerSnapshot[] {
  return Object.values(s.players).sort((a, b) => b.score - a.score || a.nickname.localeCompare(b.nickname));
}

/** Players by score of the current round. */
export function playersByRoundScore(s: SessionSnapshot): PlayerSnapshot[] {
  return Object.values(s.players).sort((a, b) => b.roundScore - a.roundScore || a.nickname.localeCompare(b.nickname));
}

/** Players in join order as the server's map keeps it. */
export function playersInOrder(s: SessionSnapshot): PlayerSnapshot[] {
  return Object.values(s.players);
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
