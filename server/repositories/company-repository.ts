import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';

export interface Company {
  id: string;
  name: string;
  disabled: boolean;
}

export interface NewTrainer {
  login: string;
  displayName: string;
  passwordHash: string;
  role: 'admin' | 'trainer';
}

/** Companies. The only place this SQL lives. */
export class CompanyRepository {
  constructor(private readonly db: Db) {}

  async count(): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>('select count(*)::int as n from companies');
    return rows[0]?.n ?? 0;
  }

  async findById(id: string): Promise<Company | null> {
    const { rows } = await this.db.query<{ id: string; name: string; disabled_at: unknown }>('select id, name, disabled_at from companies where id = $1', [id]);
    const row = rows[0];
    return row ? { id: row.id, name: row.name, disabled: row.disabled_at !== null } : null;
  }

  /** A further company (platform admin, later; tests). */
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
  async createFirst(companyName: string, admin: NewTrainer): Promise<{ companyId: string; trainerId: string } | null> {
    return this.db.transaction(async (tx) => {
      await tx.query('lock table companies in exclusive mode');
      const { rows } = await tx.query<{ n: number }>('select count(*)::int as n from companies');
      if ((rows[0]?.n ?? 0) > 0) return null;
      const companyId = randomUUID();
      const trainerId = randomUUID();
      await tx.query('insert into companies (id, name) values ($1, $2)', [companyId, companyName]);
      await tx.query(
        'insert into trainers (id, company_id, login, display_name, password_hash, role) values ($1, $2, $3, $4, $5, $6)',
        [trainerId, companyId, admin.login, admin.displayName, admin.passwordHash, admin.role],
      );
      return { companyId, trainerId };
    });
  }
}
