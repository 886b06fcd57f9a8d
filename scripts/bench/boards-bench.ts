// `npm run bench:boards [-- --results 1000000 --repeats 40 --only pglite|postgres --keep]`
// --keep leaves PostgreSQL's bench schema in place (its name is printed) for EXPLAIN ANALYZE.
// Seeds 1,000,000 results over 50 companies (40 apprentices each, 50,000 rounds over the
// last year, every game, each result with stored report figures) and prints p50/p95 of
// every board query (game × period) and of the trainer report queries (session list, one
// session's report, an apprentice's record with its per-level summary) on PGlite and, when
// DATABASE_URL is set, on PostgreSQL (in a throw-away schema that is dropped after).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PERIODS, periodStart } from '../../shared/boards/rules.ts';
import { GAMES } from '../../shared/games/index.ts';
import { openDatabase, type Db } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { BoardRepository } from '../../server/repositories/board-repository.ts';
import { ReportRepository } from '../../server/repositories/report-repository.ts';
import { summarizeLevels } from '../../shared/reports/record-summary.ts';
import { quantile } from '../../shared/core/stats.ts';

const { values: args } = parseArgs({ options: { results: { type: 'string', default: '1000000' }, repeats: { type: 'string', default: '40' }, only: { type: 'string' }, keep: { type: 'boolean', default: false } } });
if (args.only && args.only !== 'pglite' && args.only !== 'postgres') throw new Error('--only takes pglite or postgres');
const RESULTS = Number(args.results);
const REPEATS = Number(args.repeats);
const COMPANIES = 50;
const APPRENTICES = 40;
const PER_ROUND = 20;
const ROUNDS = Math.ceil(RESULTS / PER_ROUND);
/** Rounds of one hosted session (a session is a lesson: a playlist of a few rounds). */
const ROUNDS_PER_SESSION = 5;
// Sessions of a realistic size (5 rounds × 20 players): the report queries read one session
// or the newest sessions of a company, so their cost follows the session's size, not the table's.
const SESSIONS_PER_COMPANY = Math.max(1, Math.ceil(ROUNDS / COMPANIES / ROUNDS_PER_SESSION));

/** A typical stored figures value (issue 21), so report queries read realistic rows. */
const FIGURES = JSON.stringify({ correctPct: 75, parts: [{ key: 'set', right: 2, of: 3 }, { key: 'hex', right: 1, of: 2 }], mistakes: [{ key: 'hex', count: 1 }] });

/** Fills the database in a few set-based statements (seconds, not a million round trips). */
async function seed(db: Db): Promise<void> {
  const games = GAMES.map((g) => `'${g.id}'`).join(', ');
  await db.query(`insert into companies (id, name) select 'bench-c-' || c, 'Bench ' || c from generate_series(0, ${COMPANIES - 1}) c`);
  await db.query(`insert into apprentices (id, company_id, display_name, trade, training_year)
    select 'bench-a-' || c || '-' || a, 'bench-c-' || c, 'Azubi ' || a, 'Mechatronik', 1 + a % 4
    from generate_series(0, ${COMPANIES - 1}) c, generate_series(0, ${APPRENTICES - 1}) a`);
  await db.query(`insert into sessions (id, mode, code, company_id)
    select 'bench-s-' || c || '-' || s, 'hosted', '000000', 'bench-c-' || c from generate_series(0, ${COMPANIES - 1}) c, generate_series(0, ${SESSIONS_PER_COMPANY - 1}) s`);
  await db.query(`insert into rounds (session_id, round_index, game_id, level, seed, started_at, ended_at)
    select 'bench-s-' || (i % ${COMPANIES}) || '-' || ((i / ${COMPANIES}) % ${SESSIONS_PER_COMPANY}), i, (array[${games}])[1 + (i / ${COMPANIES}) % ${GAMES.length}], 1, i, t, t
    from (select i, now() - random() * interval '365 days' as t from generate_series(0, ${ROUNDS - 1}) i) x`);
  // Each round: 20 of the company's 40 apprentices, a result row and its board row.
  await db.query(`insert into results (round_id, player_id, nickname, score, figures, apprentice_id)
    select r.id, 'p' || k, 'Azubi ' || ((k + r.round_index) % ${APPRENTICES}), floor(random() * 1001)::int, '${FIGURES}'::jsonb,
           'bench-a-' || (r.round_index % ${COMPANIES}) || '-' || ((k + r.round_index) % ${APPRENTICES})
    from rounds r cross join generate_series(0, ${PER_ROUND - 1}) k where r.session_id like 'bench-s-%'`);
  await db.query(`insert into board_points (round_id, apprentice_id, company_id, game_id, played_at, points)
    select x.round_id, x.apprentice_id, s.company_id, r.game_id, r.ended_at, x.score
    from results x join rounds r on r.id = x.round_id join sessions s on s.id = r.session_id where s.id like 'bench-s-%'`);
  await db.query('analyze');
}

interface Figure { query: string; p50: number; p95: number; rows: number }

async function measure(db: Db): Promise<Figure[]> {
  const boards = new BoardRepository(db);
  const figures: Figure[] = [];
  const now = new Date();
  for (const game of [null, ...GAMES.map((g) => g.id)]) {
    for (const period of PERIODS) {
      const times: number[] = [];
      let rows = 0;
      // One warm-up, then REPEATS queries over different companies.
      await boards.ranking({ companyId: 'bench-c-0', gameId: game, from: periodStart(period, now) });
      for (let i = 0; i < REPEATS; i++) {
        const start = performance.now();
        rows = (await boards.ranking({ companyId: `bench-c-${(i * 7) % COMPANIES}`, gameId: game, from: periodStart(period, now) })).length;
        times.push(performance.now() - start);
      }
      figures.push({ query: `${game ?? 'all games'} × ${period}`, p50: quantile(times, 0.5) ?? 0, p95: quantile(times, 0.95) ?? 0, rows });
    }
  }
  return [...figures, ...await measureReports(db)];
}

/** p50/p95 of one query over REPEATS calls (after one warm-up); `i` picks a company/object. */
async function timed(query: string, once: (i: number) => Promise<number>): Promise<Figure> {
  await once(0);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    rows = await once(i);
    times.push(performance.now() - start);
  }
  return { query, p50: quantile(times, 0.5) ?? 0, p95: quantile(times, 0.95) ?? 0, rows };
}

const company = (i: number) => (i * 7) % COMPANIES;

/** The trainer report queries: every session of a company, one session's report, one apprentice's record. */
async function measureReports(db: Db): Promise<Figure[]> {
  const reports = new ReportRepository(db);
  return [
    await timed('report: sessions', async (i) => (await reports.sessions(`bench-c-${company(i)}`, 50)).length),
    await timed('report: one session', async (i) => {
      const c = company(i);
      return (await reports.session(`bench-s-${c}-${i % SESSIONS_PER_COMPANY}`, `bench-c-${c}`))?.rounds.reduce((n, r) => n + r.results.length, 0) ?? 0;
    }),
    await timed('record: apprentice', async (i) => {
      const c = company(i);
      const history = await reports.history(`bench-a-${c}-${i % APPRENTICES}`, `bench-c-${c}`);
      summarizeLevels(history);
      return history.length;
    }),
  ];
}

function print(name: string, seedS: number, figures: Figure[]): void {
  console.log(`\n${name}: seeded ${RESULTS.toLocaleString('en')} results (${ROUNDS.toLocaleString('en')} rounds, ${COMPANIES} companies × ${APPRENTICES} apprentices) in ${seedS.toFixed(1)} s; ${REPEATS} queries each`);
  console.log('  query                       p50 ms   p95 ms     rows');
  for (const f of figures) console.log(`  ${f.query.padEnd(26)} ${f.p50.toFixed(1).padStart(7)}  ${f.p95.toFixed(1).padStart(7)}   ${String(f.rows).padStart(6)}`);
  console.log(`  worst p95: ${Math.max(...figures.map((f) => f.p95)).toFixed(1)} ms`);
}

async function run(name: string, open: () => Promise<{ db: Db; cleanup: () => Promise<void> }>): Promise<void> {
  const { db, cleanup } = await open();
  try {
    await migrate(db);
    const t0 = performance.now();
    await seed(db);
    print(name, (performance.now() - t0) / 1000, await measure(db));
  } finally {
    await cleanup();
  }
}

if (args.only !== 'postgres') await run('PGlite (embedded)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arcade-boards-'));
  const db = await openDatabase({ databaseUrl: null, dataDir: dir });
  return { db, cleanup: async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
});

const url = process.env.DATABASE_URL;
if (args.only === 'pglite') {
  // PostgreSQL not asked for.
} else if (!url) {
  console.log('\nPostgreSQL: skipped (set DATABASE_URL to measure it; the bench works in its own schema and drops it).');
} else {
  await run('PostgreSQL', async () => {
    const schema = `arcade_bench_${process.pid}`;
    const admin = await openDatabase({ databaseUrl: url, dataDir: '' });
    await admin.query(`create schema ${schema}`);
    const scoped = new URL(url);
    scoped.searchParams.set('options', `-c search_path=${schema}`);
    const db = await openDatabase({ databaseUrl: scoped.toString(), dataDir: '' });
    return {
      db,
      cleanup: async () => {
        await db.close();
        if (args.keep) console.log(`  kept: schema ${schema} (drop schema ${schema} cascade)`);
        else await admin.query(`drop schema ${schema} cascade`);
        await admin.close();
      },
    };
  });
}
