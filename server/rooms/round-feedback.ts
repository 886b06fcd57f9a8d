import { MIN_ROUNDS, periodStart } from '../../shared/boards/rules.ts';
import type { BoardMessage, MyRankMessage, ServerMessages, ServerMessageType } from '../../shared/protocol/messages.ts';
import type { BoardRepository } from '../repositories/board-repository.ts';
import type { SessionRepository } from '../repositories/session-repository.ts';
import type { Seat } from './seats.ts';

// What players learn after a stored round beyond its scores: in a company session the
// week's board and their own rank; in solo practice their personal best.

/** How many board entries the host's screen shows after a round. */
const BOARD_TOP = 10;

export interface FeedbackTarget {
  gameId: string;
  level: number;
  now: number;
  /** Sends to the host, if connected. */
  toHost<K extends ServerMessageType>(type: K, payload: ServerMessages[K]): void;
  /** Sends to the seat's player, if connected. */
  toSeat<K extends ServerMessageType>(seat: Seat, type: K, payload: ServerMessages[K]): void;
  roundScore(seat: Seat): number;
}

/** This week's company board (the round's game) to the host, each card holder's rank to them. */
export async function sendWeekBoards(boards: BoardRepository, companyId: string, target: FeedbackTarget, seats: readonly Seat[]): Promise<void> {
  const query = { companyId, gameId: target.gameId, from: periodStart('week', new Date(target.now)) };
  const ranking = await boards.ranking(query);
  const base = { gameId: target.gameId, period: 'week' as const, minRounds: MIN_ROUNDS, total: ranking.length };
  target.toHost('board', { ...base, entries: ranking.slice(0, BOARD_TOP) } satisfies BoardMessage);
  for (const seat of seats) {
    if (!seat.apprenticeId) continue;
    const mine = ranking.find((e) => e.apprenticeId === seat.apprenticeId);
    const rounds = mine?.rounds ?? (await boards.countedRounds(query, seat.apprenticeId));
    target.toSeat(seat, 'myRank', { ...base, rank: mine?.rank ?? null, value: mine?.value ?? null, rounds } satisfies MyRankMessage);
  }
}

/** Solo practice: the device's best score of this game and level, with this round's score. */
export async function sendPersonalBests(sessions: SessionRepository, target: FeedbackTarget, seats: readonly Seat[]): Promise<void> {
  for (const seat of seats) {
    const best = seat.practiceId ? await sessions.personalBest(seat.practiceId, target.gameId, target.level) : null;
    target.toSeat(seat, 'personalBest', { gameId: target.gameId, level: target.level, best, score: target.roundScore(seat) });
  }
}
