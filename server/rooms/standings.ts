import { LEADERS_SHOWN } from '../../shared/protocol/constants.ts';
import type { StandingMessage } from '../../shared/protocol/messages.ts';
import { LeaderState, type PlayerState, type SessionState } from '../../shared/protocol/state.ts';

// Ranks and what each client learns about them. The host's view holds every player; the
// shared state only the leaders; each player its own figures by message. That keeps a
// round's patches the same size for 30 players and for 2,000 (docs/PROTOCOL.md §4).

/**
 * Standard competition ranking by total score (1, 1, 3 …); returns the ranked players in rank
 * order. `ranked` leaves a player out (rank 0): a seat sitting out the round (sitting-out.ts).
 */
export function rankPlayers(state: SessionState, ranked: (p: PlayerState) => boolean = () => true): PlayerState[] {
  const all = [...state.players.values()];
  for (const p of all) if (!ranked(p)) p.rank = 0;
  const players = all.filter(ranked).sort((a, b) => b.score - a.score);
  players.forEach((p, i) => {
    const prev = players[i - 1];
    p.rank = prev && prev.score === p.score ? prev.rank : i + 1;
  });
  return players;
}

/** Replaces `state.leaders` with the first LEADERS_SHOWN of `ranked` (rank order, nickname on ties). */
export function updateLeaders(state: SessionState, ranked: PlayerState[]): void {
  const top = ranked
    .slice(0, LEADERS_SHOWN * 2)
    .sort((a, b) => a.rank - b.rank || a.nickname.localeCompare(b.nickname))
    .slice(0, LEADERS_SHOWN);
  state.leaders.clear();
  for (const p of top) {
    state.leaders.push(new LeaderState({ id: p.id, nickname: p.nickname, score: p.score, roundScore: p.roundScore, rank: p.rank }));
  }
}

/** A player's move in the ranking by the last finished round, sent only to that player. */
export interface RankMove {
  /** The place before that round (0: none yet). */
  previousRank: number;
  /** The next better player and the points between (null: nobody is ahead). */
  ahead: { nickname: string; gap: number } | null;
}

/** Each player's move: `previous` holds the ranks before the round, `ranked` comes from rankPlayers (O(n)). */
export function rankMoves(ranked: readonly PlayerState[], previous: ReadonlyMap<string, number>): Map<string, RankMove> {
  const moves = new Map<string, RankMove>();
  let groupStart = 0;
  ranked.forEach((p, i) => {
    if (i > 0 && (ranked[i - 1] as PlayerState).score !== p.score) groupStart = i;
    const next = groupStart > 0 ? ranked[groupStart - 1] : undefined;
    moves.set(p.id, {
      previousRank: previous.get(p.id) ?? 0,
      ahead: next ? { nickname: next.nickname, gap: next.score - p.score } : null,
    });
  });
  return moves;
}

/**
 * The `standing` message of one player (its own figures, rank out of `of` players, and its
 * move when known), or null for an unknown id.
 */
export function standingOf(state: SessionState, playerId: string, of: number, move?: RankMove): StandingMessage | null {
  const p = state.players.get(playerId);
  if (!p) return null;
  return {
    ...(move ? { previousRank: move.previousRank, ahead: move.ahead } : {}),
    round: state.roundIndex,
    score: p.score,
    roundScore: p.roundScore,
    rank: p.rank,
    of,
    answered: p.answered,
    detail: p.detail,
  };
}
