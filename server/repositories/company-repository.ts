import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { insertTrainer, type NewTrainer } from './trainer-repository.ts';

export interface Company {
  id: string;
  name: string;
  disabled: boolean;
}

/** Companies. The only place this SQL lives. */
export class CompanyRepository {
  constructor(private readonly db: Db) {}

  async count(): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>('select count(*)::int as n from companies');
    return rows[0]?.n ?? 0;
  }

  /** Companies plus accounts of any role (the platform admin too): 0 only on a fresh install. */
  async countWithAccounts(): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>('select ((select count(*) from companies) + (select count(*) from trainers))::int as n');
    return rows[0]?.n ?? 0;
  }

  async findById(id: string): Promise<Company | null> {
    const { rows } = await this.db.query<{ id: string; name: string; disabled_at: unknown }>('select id, name, disabled_at from companies where id = $1', [id]);
    const row = rows[0];
    return row ? { id: row.id, name: row.name, disabled: row.disabled_at !== null } : null;
  }

  async settings(id: string): Promise<{ id: string; name: string; guestRetentionDays: number | null } | null> {
    const { rows } = await this.db.query<{ id: string; name: string; guest_retention_days: number | null }>('select id, name, guest_retention_days from companies where id = $1', [id]);
    const row = rows[0];
    return row ? { id: row.id, name: row.name, guestRetentionDays: row.guest_retention_days } : null;
  }

  /** The company's name as its trainers set it in "Einstellungen" (printed on new cards). */
  async rename(id: string, name: string): Promise<void> {
    await this.db.query('update companies set name = $2 where id = $1', [id, name]);
  }

  async setGuestRetention(id: string, days: number | null): Promise<void> {
    await this.db.query('update companies set guest_retention_days = $2 where id = $1', [id, days]);
  }

  /** For the platform admin: companies and how many trainers each has; nothing about apprentices. */
  async overview(): Promise<{ id: string; name: string; createdAt: string; disabled: boolean; trainers: number }[]> {
    const { rows } = await this.db.query<{ id: string; name: string; created_at: Date | string; disabled_at: unknown; trainers: number }>(
      `select c.id, c.name, c.created_at, c.disabled_at, (select count(*)::int from trainers t where t.company_id = c.id) as trainers
       from companies c order by lower(c.name), c.id`,
    );
    return rows.map((r) => ({ id: r.id, name: r.name, createdAt: new Date(r.created_at).toISOString(), disabled: r.disabled_at !== null, trainers: r.trainers }));
  }

  /** Disables (its trainers' sessions end) or enables a company; null when it does not exist. */
  async setDisabled(id: string, disabled: boolean): Promise<Company | null> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string; name: string }>(
        `update companies set disabled_at = ${disabled ? 'coalesce(disabled_at, now())' : 'null'} where id = $1 returning id, name`,
        [id],
      );
      const row = rows[0];
      if (!row) return null;
      if (disabled) await tx.query('delete from auth_sessions where trainer_id in (select id from trainers where company_id = $1)', [id]);
      return { id: row.id, name: row.name, disabled };
    });
  }

  /**
   * Erases a disabled company with everything it owns (review N9): trainers and their sign-ins,
   * apprentices and cards, sessions with rounds, results and board points, task sets — by the
   * schema's `on delete cascade` from `companies`. `confirmName` must be the company's name
   * exactly (typed by the platform admin). Returns what went, or why nothing did.
   */
  async erase(id: string, confirmName: string): Promise<{ erased: { trainers: number; apprentices: number; sessions: number; taskSets: number } } | { refused: 'NOT_FOUND' | 'CONFIRM_MISMATCH' | 'COMPANY_ACTIVE' }> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ name: string; disabled: boolean }>('select name, disabled_at is not null as disabled from companies where id = $1 for update', [id]);
      const company = rows[0];
      if (!company) return { refused: 'NOT_FOUND' as const };
      if (company.name !== confirmName) return { refused: 'CONFIRM_MISMATCH' as const };
      if (!company.disabled) return { refused: 'COMPANY_ACTIVE' as const };
      const counts = await tx.query<{ trainers: number; apprentices: number; sessions: number; task_sets: number }>(
        `select (select count(*)::int from trainers where company_id = $1) as trainers, (select count(*)::int from apprentices where company_id = $1) as apprentices,
                (select count(*)::int from sessions where company_id = $1) as sessions, (select count(*)::int from task_sets where company_id = $1) as task_sets`,
        [id],
      );
      await tx.query('delete from companies where id = $1', [id]);
      const c = counts.rows[0]!;
      return { erased: { trainers: c.trainers, apprentices: c.apprentices, sessions: c.sessions, taskSets: c.task_sets } };
    });
  }

  /** A further company with its first admin, in one transaction (platform admin). Throws LoginTakenError. */
  async createWithAdmin(name: string, admin: NewTrainer): Promise<Company> {
    const id = randomUUID();
    // The trainer's INSERT throws LoginTakenError, which rolls the company back too.
    await this.db.transaction(async (tx) => {
      await tx.query('insert into companies (id, name) values ($1, $2)', [id, name]);
      await insertTrainer(tx, randomUUID(), id, admin);
    });
    return { id, name, disabled: false };
  }

  /** A further company without trainers (tests, benchmarks). */
  async create(name: string): Promise<Company> {
    const id = randomUUID();
    await this.db.query('insert into companies (id, name) values ($1, $2)', [id, name]);
    return { id, name, disabled: false };
  }

  /**
   * First run: creates a company and its admin trainer in one transaction, but only while no
   * company exists (the table lock makes two simultaneous setups safe). Returns null when
   * a company exists already.
   */
  async createFirst(companyName: string, admin: NewTrainer, onlyWithoutAccounts = false): Promise<{ companyId: string; trainerId: string } | null> {
    return this.db.transaction(async (tx) => {
      await tx.query('lock table companies, trainers in exclusive mode');
      const { rows } = await tx.query<{ n: number }>(
        `select ((select count(*) from companies) + ${onlyWithoutAccounts ? '(select count(*) from trainers)' : '0'})::int as n`,
      );
      if ((rows[0]?.n ?? 0) > 0) return null;
      const companyId = randomUUID();
      const trainerId = randomUUID();
      await tx.query('insert into companies (id, name) values ($1, $2)', [companyId, companyName]);
      await insertTrainer(tx, trainerId, companyId, admin);
      return { companyId, trainerId };
    });
  }
}
