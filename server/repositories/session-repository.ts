import type { Db } from '../db/database.ts';
import type { RoundFigures } from '../../shared/games/types.ts';

export interface SessionRecord {
  id: string;
  mode: 'hosted' | 'solo';
  code: string;
  playlist: unknown;
}

export interface ResultRecord {
  playerId: string;
  nickname: string;
  score: number;
  detail: Record<string, unknown>;
  practiceId: string | null;
  /** Set when the player joined with a card: the result then counts on the company board. */
  apprenticeId: string | null;
  /** Board points of this score (0–1000, shared/boards/rules.ts). */
  points: number;
  /** The game's figures for the trainer's reports (absent: a game without the hook). */
  figures?: RoundFigures | null;
}

export interface RoundRecord {
  sessionId: string;
  /** The session's company; null for solo practice (never on a board). */
  companyId: string | null;
  roundIndex: number;
  gameId: string;
  level: number;
  seed: number;
  startedAt: Date;
  endedAt: Date;
  /** The host ended play before its time: the round stays in the history, marked, and counts on no board. */
  endedEarly?: boolean;
  results: ResultRecord[];
  /** The stored set and version a Werkstatt round played (absent or null otherwise). */
  taskSet?: { id: string; version: number; title: string } | null;
}

export interface StoredRound {
  roundIndex: number;
  gameId: string;
  level: number;
  seed: number;
  results: { playerId: string; nickname: string; score: number; detail: Record<string, unknown> }[];
}

/** Sessions, their rounds and results. The only place this SQL lives. */
export class SessionRepository {
  constructor(private readonly db: Db) {}

  async createSession(s: SessionRecord): Promise<void> {
    await this.db.query('insert into sessions (id, mode, code, playlist) values ($1, $2, $3, $4::jsonb)', [s.id, s.mode, s.code, JSON.stringify(s.playlist)]);
  }

  /** The company and trainer a hosted session belongs to (set when its trainer takes it). */
  async assignOwner(sessionId: string, companyId: string, trainerId: string): Promise<void> {
    await this.db.query('update sessions set company_id = $2, trainer_id = $3 where id = $1', [sessionId, companyId, trainerId]);
  }

  async updatePlaylist(sessionId: string, playlist: unknown): Promise<void> {
    await this.db.query('update sessions set playlist = $2::jsonb where id = $1', [sessionId, JSON.stringify(playlist)]);
  }

  async endSession(sessionId: string): Promise<void> {
    // Its seats snapshot goes with it (names, card holders' ids: kept only while it may come back).
    await this.db.query('update sessions set ended_at = now(), seats_snapshot = null where id = $1 and ended_at is null', [sessionId]);
  }

  /** Play again after the podium: the session is running again (ended_at cleared). */
  async reopenSession(sessionId: string): Promise<void> {
    await this.db.query('update sessions set ended_at = null where id = $1', [sessionId]);
  }

  /**
   * Marks sessions ended that no running room holds any more (cut off by a crash or kill -9);
   * `liveIds` are the rooms the matchmaker still lists. Returns how many were ended. A session
   * another process claimed for a restore moments ago is being recreated (not ended; the
   * claim's time as in session-snapshot-repository.ts RESTORE_CLAIM_S).
   */
  async endOrphaned(liveIds: string[]): Promise<number> {
    const { rows } = await this.db.query(
      `update sessions set ended_at = now(), seats_snapshot = null where ended_at is null and not (id = any($1::text[]))
       and (restore_claimed_at is null or restore_claimed_at < now() - interval '10 seconds') returning id`,
      [liveIds],
    );
    return rows.length;
  }

  /** Stores a finished round and all its results atomically; a repeated save is a no-op. */
  async saveRound(r: RoundRecord): Promise<void> {
    await this.db.transaction(async (tx) => {
      const inserted = await tx.query<{ id: number }>(
        `insert into rounds (session_id, round_index, game_id, level, seed, started_at, ended_at, ended_early, task_set_id, task_set_version, task_set_title)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict (session_id, round_index) do nothing returning id`,
        [r.sessionId, r.roundIndex, r.gameId, r.level, r.seed, r.startedAt.toISOString(), r.endedAt.toISOString(), r.endedEarly === true, r.taskSet?.id ?? null, r.taskSet?.version ?? null, r.taskSet?.title ?? null],
      );
      const roundId = inserted.rows[0]?.id;
      if (roundId === undefined) return;
      // A card holder deleted during the round: their result goes unsaved (their data is
      // gone on request), and everyone else's round is saved as usual.
      const ids = r.results.map((x) => x.apprenticeId).filter((id): id is string => id !== null);
      const existing = ids.length === 0 ? new Set<string>() : new Set(
        (await tx.query<{ id: string }>('select id from apprentices where id = any($1::text[]) for share', [ids])).rows.map((row) => row.id),
      );
      const kept = r.results.filter((x) => x.apprenticeId === null || existing.has(x.apprenticeId));
      // One statement per table however many players (2,000 single inserts took seconds).
      await tx.query(
        `insert into results (round_id, player_id, nickname, score, detail, practice_id, apprentice_id, figures)
         select $1::bigint, x.player_id, x.nickname, x.score, x.detail, x.practice_id, x.apprentice_id, x.figures
         from jsonb_to_recordset($2::jsonb) as x(player_id text, nickname text, score int, detail jsonb, practice_id text, apprentice_id text, figures jsonb)`,
        [roundId, JSON.stringify(kept.map((res) => ({
          player_id: res.playerId, nickname: res.nickname, score: res.score, detail: res.detail, practice_id: res.practiceId, apprentice_id: res.apprenticeId,
          figures: res.figures ?? null,
        })))],
      );
      // Only card holders in a company's session count; the company must also be the card's
      // (checked at join; the join refuses other companies' cards).
      // A round the host ended early lowers nobody's board. A buzzer box's result (timed by the
      // box: no touch-screen delay) stays off the phones' board; it counts in the apprentice's record.
      const counted = r.companyId === null || r.endedEarly === true ? [] : kept.filter((res) => res.apprenticeId !== null && res.detail.input !== 'box');
      if (counted.length > 0) {
        await tx.query(
          `insert into board_points (round_id, apprentice_id, company_id, game_id, played_at, points)
           select $1::bigint, x.apprentice_id, $2::text, $3::text, $4::timestamptz, x.points from jsonb_to_recordset($5::jsonb) as x(apprentice_id text, points int)`,
          [roundId, r.companyId, r.gameId, r.endedAt.toISOString(), JSON.stringify(counted.map((res) => ({ apprentice_id: res.apprenticeId, points: res.points })))],
        );
        // Coverage by curriculum item counts the same rounds, per apprentice and level
        // (006_coverage_plays.sql), except a company's own task set: its level's tags describe the built-in set.
        if (!r.taskSet) await tx.query(
          `insert into coverage_plays (apprentice_id, company_id, game_id, level, rounds, best, last_at)
           select x.apprentice_id, $1::text, $2::text, $3::int, 1, x.score, $4::timestamptz from jsonb_to_recordset($5::jsonb) as x(apprentice_id text, score int)
           on conflict (apprentice_id, game_id, level) do update set rounds = coverage_plays.rounds + 1,
             best = greatest(coverage_plays.best, excluded.best), last_at = greatest(coverage_plays.last_at, excluded.last_at)`,
          [r.companyId, r.gameId, r.level, r.startedAt.toISOString(), JSON.stringify(counted.map((res) => ({ apprentice_id: res.apprenticeId, score: res.score })))],
        );
      }
    });
  }

  /** All stored rounds of a session with their results, in round order. */
  async roundsOf(sessionId: string): Promise<StoredRound[]> {
    const { rows } = await this.db.query<{ round_index: number; game_id: string; level: number; seed: string | number; player_id: string | null; nickname: string | null; score: number | null; detail: Record<string, unknown> | null }>(
      `select r.round_index, r.game_id, r.level, r.seed, x.player_id, x.nickname, x.score, x.detail
       from rounds r left join results x on x.round_id = r.id
       where r.session_id = $1 order by r.round_index, x.score desc, x.nickname`,
      [sessionId],
    );
    const rounds = new Map<number, StoredRound>();
    for (const row of rows) {
      let round = rounds.get(row.round_index);
      if (!round) {
        round = { roundIndex: row.round_index, gameId: row.game_id, level: row.level, seed: Number(row.seed), results: [] };
        rounds.set(row.round_index, round);
      }
      if (row.player_id !== null) round.results.push({ playerId: row.player_id, nickname: row.nickname ?? '', score: row.score ?? 0, detail: row.detail ?? {} });
    }
    return [...rounds.values()];
  }

  /**
   * Deletes guest results (no card) of company sessions older than the company's retention
   * setting; returns how many went. Card holders' results stay (their profile owns them).
   */
  async deleteExpiredGuestResults(): Promise<number> {
    const { rows } = await this.db.query(
      `delete from results x using rounds r, sessions s, companies c
       where x.round_id = r.id and r.session_id = s.id and s.company_id = c.id
         and x.apprentice_id is null and c.guest_retention_days is not null
         and r.ended_at < now() - make_interval(days => c.guest_retention_days)
       returning x.round_id`,
    );
    return rows.length;
  }

  /** Deletes solo practice sessions (rounds and results with them) older than `days`; returns how many went. */
  async deleteExpiredPractice(days: number): Promise<number> {
    const { rows } = await this.db.query(
      `delete from sessions where mode = 'solo' and created_at < now() - make_interval(days => $1::int) returning id`,
      [days],
    );
    return rows.length;
  }

  /**
   * Best solo score of an anonymous practice id for a game and level; null if none. `setId`:
   * the best with that company task set (any version); without it only rounds of the
   * built-in content count (an own set's rounds are another task).
   */
  async personalBest(practiceId: string, gameId: string, level: number, setId: string | null = null): Promise<number | null> {
    const { rows } = await this.db.query<{ best: number | null }>(
      `select max(x.score)::int as best from results x join rounds r on r.id = x.round_id
       where x.practice_id = $1 and r.game_id = $2 and r.level = $3 and r.task_set_id is not distinct from $4`,
      [practiceId, gameId, level, setId],
    );
    return rows[0]?.best ?? null;
  }
}
