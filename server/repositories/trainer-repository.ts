import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';

export interface Trainer {
  id: string;
  /** Null only for the platform admin (role 'platform'), who belongs to no company. */
  companyId: string | null;
  login: string;
  displayName: string;
  role: 'platform' | 'admin' | 'trainer';
  disabled: boolean;
}

/** A trainer of a company (every company route works with one of these). */
export type CompanyTrainer = Trainer & { companyId: string; role: 'admin' | 'trainer' };

/** A trainer with what sign-in needs. */
export interface TrainerCredentials extends Trainer {
  passwordHash: string;
  companyDisabled: boolean;
}

interface Row {
  id: string;
  company_id: string | null;
  login: string;
  display_name: string;
  role: 'platform' | 'admin' | 'trainer';
  disabled_at: unknown;
}

const COLUMNS = 't.id, t.company_id, t.login, t.display_name, t.role, t.disabled_at';
const toTrainer = (r: Row): Trainer => ({ id: r.id, companyId: r.company_id, login: r.login, displayName: r.display_name, role: r.role, disabled: r.disabled_at !== null });

/** What a new trainer account is made from (company routes, first setup, platform admin). */
export interface NewTrainer {
  login: string;
  displayName: string;
  passwordHash: string;
  role: 'admin' | 'trainer';
}

export class LoginTakenError extends Error {}

/** True for PostgreSQL's unique_violation (23505), which pg and PGlite both report as `code`. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === '23505';
}

/**
 * The one INSERT of a trainer account, on a plain connection or inside a caller's
 * transaction (a company created with its admin). `companyId` is null only for the platform
 * admin. Throws LoginTakenError when the login exists anywhere in the installation.
 */
export async function insertTrainer(q: Pick<Db, 'query'>, id: string, companyId: string | null, t: Omit<NewTrainer, 'role'> & { role: Trainer['role'] }): Promise<void> {
  try {
    await q.query(
      'insert into trainers (id, company_id, login, display_name, password_hash, role) values ($1, $2, $3, $4, $5, $6)',
      [id, companyId, t.login, t.displayName, t.passwordHash, t.role],
    );
  } catch (err) {
    if (isUniqueViolation(err)) throw new LoginTakenError(t.login);
    throw err;
  }
}

/**
 * Trainer accounts and their sign-in sessions. The only place this SQL lives.
 * Every method that addresses a trainer by id also takes the caller's company id and
 * matches both, so another company's trainer is indistinguishable from a missing one.
 */
export class TrainerRepository {
  constructor(private readonly db: Db) {}

  /** For sign-in: any account by login, case-insensitively (a platform admin has no company). */
  async findByLogin(login: string): Promise<TrainerCredentials | null> {
    const { rows } = await this.db.query<Row & { password_hash: string; company_disabled_at: unknown }>(
      `select ${COLUMNS}, t.password_hash, c.disabled_at as company_disabled_at
       from trainers t left join companies c on c.id = t.company_id where lower(t.login) = lower($1)`,
      [login],
    );
    const row = rows[0];
    return row ? { ...toTrainer(row), passwordHash: row.password_hash, companyDisabled: row.company_disabled_at !== null } : null;
  }

  /** Creates the platform admin (`npm run setup -- --platform`); throws LoginTakenError. */
  async createPlatformAdmin(t: Omit<NewTrainer, 'role'>): Promise<Trainer> {
    const id = randomUUID();
    await insertTrainer(this.db, id, null, { ...t, role: 'platform' });
    return { id, companyId: null, login: t.login, displayName: t.displayName, role: 'platform', disabled: false };
  }

  async find(id: string, companyId: string): Promise<Trainer | null> {
    const { rows } = await this.db.query<Row>(`select ${COLUMNS} from trainers t where t.id = $1 and t.company_id = $2`, [id, companyId]);
    return rows[0] ? toTrainer(rows[0]) : null;
  }

  async list(companyId: string): Promise<Trainer[]> {
    const { rows } = await this.db.query<Row>(`select ${COLUMNS} from trainers t where t.company_id = $1 order by lower(t.display_name), t.id`, [companyId]);
    return rows.map(toTrainer);
  }

  /** Throws LoginTakenError when the login exists anywhere in the installation. */
  async create(companyId: string, t: NewTrainer): Promise<CompanyTrainer> {
    const id = randomUUID();
    await insertTrainer(this.db, id, companyId, t);
    return { id, companyId, login: t.login, displayName: t.displayName, role: t.role, disabled: false };
  }

  /** Disables or enables; disabling ends the trainer's sessions. False when not found in this company. */
  async setDisabled(id: string, companyId: string, disabled: boolean): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query(
        `update trainers set disabled_at = ${disabled ? 'coalesce(disabled_at, now())' : 'null'} where id = $1 and company_id = $2 returning id`,
        [id, companyId],
      );
      if (rows.length === 0) return false;
      if (disabled) await tx.query('delete from auth_sessions where trainer_id = $1', [id]);
      return true;
    });
  }

  /** Sets a new password hash; with endSessions (a reset) every session of the trainer ends. */
  async setPasswordHash(id: string, companyId: string | null, hash: string, endSessions: boolean): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      // "is not distinct from": the platform admin (no company) is matched by null.
      const { rows } = await tx.query('update trainers set password_hash = $3 where id = $1 and company_id is not distinct from $2 returning id', [id, companyId, hash]);
      if (rows.length === 0) return false;
      if (endSessions) await tx.query('delete from auth_sessions where trainer_id = $1', [id]);
      return true;
    });
  }

  async createSession(tokenHash: string, trainerId: string, expiresAt: Date): Promise<void> {
    await this.db.query('delete from auth_sessions where expires_at < now()');
    await this.db.query('insert into auth_sessions (token_hash, trainer_id, expires_at) values ($1, $2, $3)', [tokenHash, trainerId, expiresAt.toISOString()]);
  }

  /** The signed-in trainer of a live session; null when expired, disabled or the company is disabled. */
  async findBySession(tokenHash: string): Promise<Trainer | null> {
    const { rows } = await this.db.query<Row>(
      `select ${COLUMNS} from auth_sessions s join trainers t on t.id = s.trainer_id left join companies c on c.id = t.company_id
       where s.token_hash = $1 and s.expires_at > now() and t.disabled_at is null and c.disabled_at is null`,
      [tokenHash],
    );
    return rows[0] ? toTrainer(rows[0]) : null;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.query('delete from auth_sessions where token_hash = $1', [tokenHash]);
  }
}
