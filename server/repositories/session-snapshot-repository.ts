import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';

// The seats snapshot of open hosted sessions (migration 006_session_seats.sql, review N1):
// written by the room while the session is open, read once by a restarted process.

/** An open hosted session that a crash cut off, with what it needs to come back. */
export interface RestorableSession {
  id: string;
  code: string;
  playlist: unknown;
  companyId: string | null;
  trainerId: string | null;
  /** The room's snapshot as written (session-snapshot.ts checks its shape). */
  snapshot: unknown;
  /** The claim token seen when read; the claim succeeds only if nobody changed it since. */
  claim: string | null;
  /** The Colyseus process id that wrote the snapshot last (null for one written without it). */
  owner: string | null;
}

type Row = { id: string; code: string; playlist: unknown; company_id: string | null; trainer_id: string | null; seats_snapshot: unknown; restore_claim: string | null };
const COLUMNS = 'id, code, playlist, company_id, trainer_id, seats_snapshot, restore_claim';
const OPEN_WITH_SNAPSHOT = "mode = 'hosted' and ended_at is null and seats_snapshot is not null";

function restorableOf(r: Row): RestorableSession {
  const pid = (r.seats_snapshot as { pid?: unknown } | null)?.pid;
  return { id: r.id, code: r.code, playlist: r.playlist, companyId: r.company_id, trainerId: r.trainer_id, snapshot: r.seats_snapshot, claim: r.restore_claim, owner: typeof pid === 'string' ? pid : null };
}

/**
 * Seconds a restore claim holds: enough to create the room (a few database reads), short
 * enough that a process restarted after a second crash can claim the session again.
 */
export const RESTORE_CLAIM_S = 10;

export class SessionSnapshotRepository {
  /** `owner`: this process's id, stamped into every snapshot as `pid` (a live process's session is not restored elsewhere). */
  constructor(private readonly db: Db, private readonly owner: () => string | undefined = () => undefined) {}

  /** Stores the snapshot of an open session (a no-op once the session ended). */
  async save(sessionId: string, snapshot: object): Promise<void> {
    await this.db.query('update sessions set seats_snapshot = $2::jsonb where id = $1 and ended_at is null', [sessionId, JSON.stringify({ ...snapshot, pid: this.owner() })]);
  }

  /** Open hosted sessions with a snapshot whose room is not among `liveIds` (the matchmaker's listed rooms). */
  async orphaned(liveIds: string[]): Promise<RestorableSession[]> {
    const { rows } = await this.db.query<Row>(`select ${COLUMNS} from sessions where ${OPEN_WITH_SNAPSHOT} and not (id = any($1::text[])) order by created_at`, [liveIds]);
    return rows.map(restorableOf);
  }

  /** The open hosted session with a snapshot under this room id or join code (the newest), or null. */
  async restorable(key: { id: string } | { code: string }): Promise<RestorableSession | null> {
    const [column, value] = 'id' in key ? ['id', key.id] : ['code', key.code];
    const { rows } = await this.db.query<Row>(`select ${COLUMNS} from sessions where ${OPEN_WITH_SNAPSHOT} and ${column} = $1 order by created_at desc limit 1`, [value]);
    return rows[0] ? restorableOf(rows[0]) : null;
  }

  /**
   * Claims the session for this process (compare-and-set on the claim token read by
   * `orphaned`): true for exactly one of several processes that start at the same time. With
   * several processes (`holdS` = RESTORE_CLAIM_S) a claim that young holds even against a
   * process that read it after it was made (the winner is still creating the room, which no
   * process lists yet); a single process (0) takes over its crashed predecessor's claim at once.
   */
  async claim(session: RestorableSession, holdS: number): Promise<boolean> {
    const { rows } = await this.db.query(
      `update sessions set restore_claim = $3, restore_claimed_at = now()
       where id = $1 and ended_at is null and restore_claim is not distinct from $2
       and (restore_claimed_at is null or restore_claimed_at <= now() - make_interval(secs => $4)) returning id`,
      [session.id, session.claim, randomUUID(), holdS],
    );
    return rows.length === 1;
  }
}
