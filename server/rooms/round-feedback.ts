import { MIN_ROUNDS, periodStart } from '../../shared/boards/rules.ts';
import type { BoardMessage, MyRankMessage, ServerMessages, ServerMessageType } from '../../shared/protocol/messages.ts';
import type { BoardRepository } from '../repositories/board-repository.ts';
import type { SessionRepository } from '../repositories/session-repository.ts';
import type { SessionState } from '../../shared/protocol/state.ts';
import type { Seat } from './seats.ts';
import type { Outbox } from './session-ports.ts';

// What players learn after a stored round beyond its scores: in a company session the
// week's board and their own rank; in solo practice their personal best.

/** How many board entries the host's screen shows after a round. */
const BOARD_TOP = 10;

export interface FeedbackTarget {
  gameId: string;
  level: number;
  /** The company task set the round played (null: the game's own content); bests are per set. */
  setId: string | null;
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
    const best = seat.practiceId ? await sessions.personalBest(seat.practiceId, target.gameId, target.level, target.setId) : null;
    target.toSeat(seat, 'personalBest', { gameId: target.gameId, level: target.level, best, score: target.roundScore(seat) });
  }
}

/** The flow's port for what follows a stored round. */
export interface RoundFeedbackPort {
  afterRound(seats: readonly Seat[]): Promise<void>;
}

/** What the feedback reads: the repositories, the session's company, the round in the state. */
export interface FeedbackDeps {
  sessions: SessionRepository;
  boards: BoardRepository;
  state: SessionState;
  outbox: Outbox;
  /** The session's company (null: solo, or no host yet). */
  companyId(): string | null;
  now(): number;
  fail(err: unknown): void;
}

/** After a stored round: boards and ranks (company session) or the personal best (solo). Never throws. */
export class RoundFeedback implements RoundFeedbackPort {
  constructor(private readonly d: FeedbackDeps) {}

  async afterRound(seats: readonly Seat[]): Promise<void> {
    const { state, outbox } = this.d;
    const target: FeedbackTarget = {
      gameId: state.gameId,
      level: state.level,
      // A solo room plays one playlist item.
      setId: (state.mode === 'solo' ? state.playlist.at(0)?.setId : '') || null,
      now: this.d.now(),
      toHost: (type, payload) => outbox.toHost(type, payload),
      toSeat: (seat, type, payload) => void outbox.toSeat(seat, type, payload),
      roundScore: (seat) => state.players.get(seat.id)?.roundScore ?? 0,
    };
    const companyId = this.d.companyId();
    try {
      if (state.mode === 'solo') await sendPersonalBests(this.d.sessions, target, seats);
      else if (companyId !== null) await sendWeekBoards(this.d.boards, companyId, target, seats);
    } catch (err) {
      this.d.fail(err);
    }
  }
}
