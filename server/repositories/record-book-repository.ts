import type { Db } from '../db/database.ts';
import type { RecordBookRound } from '../../shared/record-book/model.ts';

const iso = (v: Date | string) => new Date(v).toISOString();

/**
 * The rounds a record-book supplement lists. The only place this SQL lives. Only counted
 * rounds of the company's own apprentices in the company's hosted sessions: guests (no
 * apprentice) and anonymous solo practice (no company) never match, nor do rounds the host
 * ended early. A deleted apprentice's results are gone with them (on delete cascade).
 */
export class RecordBookRepository {
  constructor(private readonly db: Db) {}

  /**
   * Rounds per apprentice id that started in [startMs, endMs) (UTC ms), oldest first. Ids of
   * another company, or unknown ones, get no entry; the caller checked them before.
   */
  async rounds(apprenticeIds: readonly string[], companyId: string, startMs: number, endMs: number): Promise<Map<string, RecordBookRound[]>> {
    const out = new Map<string, RecordBookRound[]>();
    if (apprenticeIds.length === 0) return out;
    const { rows } = await this.db.query<{ apprentice_id: string; game_id: string; level: number; started_at: Date | string; ended_at: Date | string; score: number; task_set_title: string | null; set_content: { tasks?: { tags?: unknown }[] } | string | null }>(
      `select x.apprentice_id, r.game_id, r.level, r.started_at, r.ended_at, x.score, r.task_set_title, v.content as set_content
       from results x
       join apprentices a on a.id = x.apprentice_id
       join rounds r on r.id = x.round_id
       join sessions s on s.id = r.session_id
       left join task_set_versions v on v.set_id = r.task_set_id and v.version = r.task_set_version
       where x.apprentice_id = any($1::text[]) and a.company_id = $2 and s.company_id = $2
         and not r.ended_early and r.started_at >= $3 and r.started_at < $4
       order by r.started_at, r.round_index`,
      [apprenticeIds, companyId, new Date(startMs).toISOString(), new Date(endMs).toISOString()],
    );
    for (const row of rows) {
      const list = out.get(row.apprentice_id) ?? [];
      list.push({ gameId: row.game_id, level: row.level, startedAt: iso(row.started_at), endedAt: iso(row.ended_at), score: row.score, taskSetTitle: row.task_set_title, taskSetTags: setTags(row.set_content) });
      out.set(row.apprentice_id, list);
    }
    return out;
  }
}

/** The tags of every task of a stored set version (jsonb; PGlite may hand it over as text). */
function setTags(content: { tasks?: { tags?: unknown }[] } | string | null): string[] {
  const parsed = typeof content === 'string' ? (JSON.parse(content) as { tasks?: { tags?: unknown }[] }) : content;
  return (parsed?.tasks ?? []).flatMap((t) => (Array.isArray(t.tags) ? t.tags.filter((x): x is string => typeof x === 'string') : []));
}
