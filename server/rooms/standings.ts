import { LEADERS_SHOWN } from '../../shared/protocol/constants.ts';
import type { StandingMessage } from '../../shared/protocol/messages.ts';
import { LeaderState, type PlayerState, type SessionState } from '../../shared/protocol/state.ts';

// Ranks and what each client learns about them. The host's view holds every player; the
// shared state only the leaders; each player its own figures by message. That keeps a
// round's patches the same size for 30 players and for 2,000 (docs/PROTOCOL.md §4).

/** Standard competition ranking by total score (1, 1, 3 …); returns the players in rank order. */
export function rankPlayers(state: SessionState): PlayerState[] {
  const players = [...state.players.values()].sort((a, b) => b.score - a.score);
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

/** The `standing` message of one player (its own figures, rank out of `of` players), or null for an unknown id. */
export function standingOf(state: SessionState, playerId: string, of: number): StandingMessage | null {
  const p = state.players.get(playerId);
  if (!p) return null;
  return {
    round: state.roundIndex,
    score: p.score,
    roundScore: p.roundScore,
    rank: p.rank,
    of,
    answered: p.answered,
    detail: p.detail,
  };
}
