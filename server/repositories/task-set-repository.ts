import { randomUUID } from 'node:crypto';
import type { TaskSetContent } from '../../shared/games/werkstatt/model.ts';
import { MAX_TASK_SETS_PER_COMPANY, type TaskSet, type TaskSetSummary } from '../../shared/protocol/task-sets.ts';
import type { Db } from '../db/database.ts';

interface Row {
  id: string;
  title: string;
  version: number;
  task_count: number;
  updated_at: Date | string;
  updated_by_name: string | null;
  content?: TaskSetContent | string;
}

const COLUMNS = 's.id, s.title, s.version, s.task_count, s.updated_at, t.display_name as updated_by_name';
const FROM = 'from task_sets s left join trainers t on t.id = s.updated_by';
const toSummary = (r: Row): TaskSetSummary => ({
  id: r.id, title: r.title, version: r.version, tasks: r.task_count, updatedAt: new Date(r.updated_at).toISOString(), updatedBy: r.updated_by_name,
});
const contentOf = (v: TaskSetContent | string): TaskSetContent => (typeof v === 'string' ? (JSON.parse(v) as TaskSetContent) : v);

/** Why a write did not happen: the set is not the caller's (or gone), a newer version exists, or the company is full. */
export type TaskSetRefusal = 'NOT_FOUND' | 'TASK_SET_STALE' | 'TASK_SETS_FULL';

/**
 * Werkstatt task sets and their versions. The only place this SQL lives. Every method takes
 * the caller's company and matches it, so another company's set is exactly a missing one.
 * A save never changes a stored version: it adds the next one.
 */
export class TaskSetRepository {
  constructor(private readonly db: Db) {}

  async list(companyId: string): Promise<TaskSetSummary[]> {
    const { rows } = await this.db.query<Row>(`select ${COLUMNS} ${FROM} where s.company_id = $1 order by lower(s.title), s.id`, [companyId]);
    return rows.map(toSummary);
  }

  /** The set with its newest version's content. */
  async find(id: string, companyId: string): Promise<TaskSet | null> {
    const { rows } = await this.db.query<Row>(
      `select ${COLUMNS}, v.content ${FROM} join task_set_versions v on v.set_id = s.id and v.version = s.version where s.id = $1 and s.company_id = $2`,
      [id, companyId],
    );
    const r = rows[0];
    return r && r.content !== undefined ? { ...toSummary(r), content: contentOf(r.content) } : null;
  }

  /** One stored version of the company's set (what a round plays or played). */
  async findVersion(id: string, version: number, companyId: string): Promise<TaskSetContent | null> {
    const { rows } = await this.db.query<{ content: TaskSetContent | string }>(
      'select v.content from task_set_versions v join task_sets s on s.id = v.set_id where v.set_id = $1 and v.version = $2 and s.company_id = $3',
      [id, version, companyId],
    );
    return rows[0] ? contentOf(rows[0].content) : null;
  }

  /**
   * Creates a set (version 1). `first`, if given, runs in the same transaction after the cap
   * check and before the set is written (an import stores the set's photos there); a refusal it
   * returns is answered and nothing of either is stored (it must refuse before writing).
   */
  async create(companyId: string, trainerId: string, content: TaskSetContent): Promise<TaskSet | TaskSetRefusal>;
  async create<R extends string>(companyId: string, trainerId: string, content: TaskSetContent, first?: (tx: Pick<Db, 'query'>) => Promise<R | null>): Promise<TaskSet | TaskSetRefusal | R>;
  async create<R extends string>(companyId: string, trainerId: string, content: TaskSetContent, first?: (tx: Pick<Db, 'query'>) => Promise<R | null>): Promise<TaskSet | TaskSetRefusal | R> {
    const id = randomUUID();
    const made = await this.db.transaction(async (tx): Promise<true | TaskSetRefusal | R> => {
      // Serialises creates of one company so the cap holds under parallel requests.
      await tx.query('select id from companies where id = $1 for update', [companyId]);
      const { rows } = await tx.query<{ n: number }>('select count(*)::int as n from task_sets where company_id = $1', [companyId]);
      if ((rows[0]?.n ?? 0) >= MAX_TASK_SETS_PER_COMPANY) return 'TASK_SETS_FULL';
      const refused = first ? await first(tx) : null;
      if (refused !== null) return refused;
      await tx.query('insert into task_sets (id, company_id, title, version, task_count, updated_by) values ($1, $2, $3, 1, $4, $5)', [id, companyId, content.title, content.tasks.length, trainerId]);
      await tx.query('insert into task_set_versions (set_id, version, content) values ($1, 1, $2)', [id, JSON.stringify(content)]);
      return true;
    });
    return made === true ? ((await this.find(id, companyId)) ?? 'NOT_FOUND') : made;
  }

  /** Saves the next version; with baseVersion, only if that is still the newest (else TASK_SET_STALE). */
  async update(id: string, companyId: string, trainerId: string, content: TaskSetContent, baseVersion: number | null): Promise<TaskSet | TaskSetRefusal> {
    const refusal = await this.db.transaction(async (tx): Promise<TaskSetRefusal | null> => {
      const { rows } = await tx.query<{ version: number }>('select version from task_sets where id = $1 and company_id = $2 for update', [id, companyId]);
      const current = rows[0]?.version;
      if (current === undefined) return 'NOT_FOUND';
      if (baseVersion !== null && baseVersion !== current) return 'TASK_SET_STALE';
      await tx.query('insert into task_set_versions (set_id, version, content) values ($1, $2, $3)', [id, current + 1, JSON.stringify(content)]);
      await tx.query('update task_sets set version = $2, title = $3, task_count = $4, updated_by = $5, updated_at = now() where id = $1', [id, current + 1, content.title, content.tasks.length, trainerId]);
      return null;
    });
    return refusal ?? (await this.find(id, companyId)) ?? 'NOT_FOUND';
  }

  /** A new set (version 1) with the newest content of this one and the given title. */
  async duplicate(id: string, companyId: string, trainerId: string, title: string): Promise<TaskSet | TaskSetRefusal> {
    const source = await this.find(id, companyId);
    if (!source) return 'NOT_FOUND';
    return this.create(companyId, trainerId, { ...source.content, title });
  }

  /** Deletes the set and all its versions; past rounds keep their results and their note of the set. */
  async delete(id: string, companyId: string): Promise<boolean> {
    const { rows } = await this.db.query<{ id: string }>('delete from task_sets where id = $1 and company_id = $2 returning id', [id, companyId]);
    return rows.length > 0;
  }
}
