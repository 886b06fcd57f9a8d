import type { RoundFigures } from '../games/types.ts';
import type { LevelSummary, RecordRound } from '../reports/record-summary.ts';

// The trainer reports on the wire (docs/ACCOUNTS-API.md, "Reports"): typed once for the
// server's routes and the trainer pages.

export type { LevelSummary, RecordRound, RoundFigures };

export interface SessionSummary {
  id: string;
  code: string;
  createdAt: string;
  endedAt: string | null;
  trainerName: string | null;
  rounds: number;
  players: number;
}

/** One player's result in a session report; `figures` null for a result stored before figures existed. */
export interface ReportResult {
  nickname: string;
  apprenticeId: string | null;
  score: number;
  figures: RoundFigures | null;
}

export interface ReportRound {
  roundIndex: number;
  gameId: string;
  level: number;
  /** The company task set's title (Werkstatt), '' for a game's own level. */
  setTitle: string;
  startedAt: string;
  /** The host ended play early: shown in the history, counted on no board or record. */
  endedEarly: boolean;
  results: ReportResult[];
}

export interface SessionReport {
  session: SessionSummary;
  rounds: ReportRound[];
}

/** A counted round of an apprentice's record, oldest first. */
export interface HistoryRow extends RecordRound {
  sessionId: string;
}
