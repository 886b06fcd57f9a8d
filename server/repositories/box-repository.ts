import { randomUUID } from 'node:crypto';
import { MAX_BOXES_PER_COMPANY } from '../../shared/protocol/hardware.ts';
import type { Db } from '../db/database.ts';
import { boxLoginPassword, boxSignKey, loginHash, newBoxSecret } from '../hardware/box-crypto.ts';

/** A box as a trainer sees it (never a hash or key). */
export interface BoxInfo {
  id: string;
  label: string;
  createdAt: string;
  revoked: boolean;
}

/** What the gateway and the broker need to check a box. */
export interface BoxAuth {
  id: string;
  companyId: string;
  label: string;
  loginHash: string;
  signKey: string;
  revoked: boolean;
}

/** The credential shown once to the trainer (then written into the box). */
export interface BoxCredential {
  boxId: string;
  companyId: string;
  secret: string;
}

interface Row {
  id: string;
  company_id: string;
  label: string;
  login_hash: string;
  sign_key: string;
  created_at: Date | string;
  revoked_at: Date | string | null;
}

const toInfo = (r: Row): BoxInfo => ({ id: r.id, label: r.label, createdAt: new Date(r.created_at).toISOString(), revoked: r.revoked_at !== null });

/**
 * A company's buzzer boxes (table buzzer_boxes). The only place this SQL lives. Methods that
 * name a box for a trainer also take the company, so another company's box looks missing.
 */
export class BoxRepository {
  constructor(private readonly db: Db) {}

  async list(companyId: string): Promise<BoxInfo[]> {
    const { rows } = await this.db.query<Row>('select * from buzzer_boxes where company_id = $1 order by created_at, id', [companyId]);
    return rows.map(toInfo);
  }

  /** A new box with a new credential, or null when the company holds MAX_BOXES_PER_COMPANY already. */
  async create(companyId: string, label: string): Promise<{ box: BoxInfo; credential: BoxCredential } | null> {
    const { rows: count } = await this.db.query<{ n: number }>('select count(*)::int as n from buzzer_boxes where company_id = $1', [companyId]);
    if ((count[0]?.n ?? 0) >= MAX_BOXES_PER_COMPANY) return null;
    const id = randomUUID();
    const secret = newBoxSecret();
    const { rows } = await this.db.query<Row>(
      'insert into buzzer_boxes (id, company_id, label, login_hash, sign_key) values ($1, $2, $3, $4, $5) returning *',
      [id, companyId, label, loginHash(boxLoginPassword(secret)), boxSignKey(secret)],
    );
    return { box: toInfo(rows[0] as Row), credential: { boxId: id, companyId, secret } };
  }

  /** Revokes a box of this company; false when there is none. Revoking twice is fine. */
  async revoke(id: string, companyId: string): Promise<boolean> {
    const { rows } = await this.db.query<Row>('update buzzer_boxes set revoked_at = coalesce(revoked_at, now()) where id = $1 and company_id = $2 returning *', [id, companyId]);
    return rows.length > 0;
  }

  /** Deletes a box and its keys for good (data-protection deletion); false when there is none. */
  async delete(id: string, companyId: string): Promise<boolean> {
    const { rows } = await this.db.query<Row>('delete from buzzer_boxes where id = $1 and company_id = $2 returning *', [id, companyId]);
    return rows.length > 0;
  }

  /** The keys of a box by id (any company: the gateway then checks the topic's company against it). */
  async auth(id: string): Promise<BoxAuth | null> {
    const { rows } = await this.db.query<Row>('select * from buzzer_boxes where id = $1', [id]);
    const r = rows[0];
    return r ? { id: r.id, companyId: r.company_id, label: r.label, loginHash: r.login_hash, signKey: r.sign_key, revoked: r.revoked_at !== null } : null;
  }
}
