// `npm run bench:coverage [-- --per-apprentice 500 --others 400000 --repeats 20]`
// Coverage by curriculum item for a company of 200 apprentices (issue 21: ≤ 200 ms on PGlite).
// Seeds one company with 200 apprentices (three trades, four years) and `per-apprentice`
// counted results each (20 a round, every game and level, over the last three years), plus
// guests and ended-early rounds, and `others` results of 49 other companies; then times what
// GET /api/coverage does (apprentice list + coverage_plays + matrix) and GET
// /api/apprentices/:id/coverage, p50/p95. PGlite always; PostgreSQL too with DATABASE_URL.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { coverageMatrix } from '../../shared/coverage/matrix.ts';
import { itemCoverage } from '../../shared/coverage/rules.ts';
import { quantile } from '../../shared/core/stats.ts';
import { GAMES } from '../../shared/games/index.ts';
import { tradeItems } from '../../shared/games/trades.ts';
import { openDatabase, type Db } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { ApprenticeRepository } from '../../server/repositories/apprentice-repository.ts';
import { CoverageRepository } from '../../server/repositories/coverage-repository.ts';

const { values: args } = parseArgs({ options: { 'per-apprentice': { type: 'string', default: '500' }, others: { type: 'string', default: '400000' }, repeats: { type: 'string', default: '20' } } });
const APPRENTICES = 200;
const PER_APPRENTICE = Number(args['per-apprentice']);
const OTHERS = Number(args.others);
const REPEATS = Number(args.repeats);
const PER_ROUND = 20;
const TARGET = 'bench-c-0';
const LEVELS = GAMES.flatMap((g) => g.levels.map((level) => ({ game: g.id, level })));
const LEVEL_GAMES = `array[${LEVELS.map((l) => `'${l.game}'`).join(', ')}]`;
const LEVEL_NUMBERS = `array[${LEVELS.map((l) => l.level).join(', ')}]`;

let backfillMs = 0;

/** Set-based seeding: a few statements, seconds instead of a million round trips. */
async function seed(db: Db): Promise<number> {
  await db.query(`insert into companies (id, name) select 'bench-c-' || c, 'Bench ' || c from generate_series(0, 49) c`);
  await db.query(`insert into apprentices (id, company_id, display_name, trade, trade_id, training_year)
    select 'bench-a-0-' || a, '${TARGET}', 'Azubi ' || a, '', (array['mechatroniker', 'elektroniker-automatisierungstechnik', 'feinoptiker'])[1 + a % 3], 1 + a % 4
    from generate_series(0, ${APPRENTICES - 1}) a`);
  await db.query(`insert into apprentices (id, company_id, display_name, trade, trade_id, training_year)
    select 'bench-a-' || c || '-' || a, 'bench-c-' || c, 'Azubi ' || a, '', 'mechatroniker', 1 + a % 4 from generate_series(1, 49) c, generate_series(0, 39) a`);
  await db.query(`insert into sessions (id, mode, code, company_id) select 'bench-s-' || c || '-' || s, 'hosted', '000000', 'bench-c-' || c from generate_series(0, 49) c, generate_series(0, 99) s`);
  const targetRounds = Math.ceil((APPRENTICES * PER_APPRENTICE) / PER_ROUND);
  const otherRounds = Math.ceil(OTHERS / PER_ROUND);
  // Rounds: the target company's first, then the others'; every 25th round ended early.
  await db.query(`insert into rounds (session_id, round_index, game_id, level, seed, started_at, ended_at, ended_early)
    select case when i < ${targetRounds} then 'bench-s-0-' || (i % 100) else 'bench-s-' || (1 + i % 49) || '-' || (i % 100) end, i,
           (${LEVEL_GAMES})[1 + i % ${LEVELS.length}], (${LEVEL_NUMBERS})[1 + i % ${LEVELS.length}], i, t, t, i % 25 = 0
    from (select i, now() - random() * interval '1095 days' as t from generate_series(0, ${targetRounds + otherRounds - 1}) i) x`);
  // Each round: 20 apprentices of its company and one guest.
  await db.query(`insert into results (round_id, player_id, nickname, score, apprentice_id)
    select r.id, 'p' || k, 'Azubi', floor(random() * 1001)::int,
           case when s.company_id = '${TARGET}' then 'bench-a-0-' || ((k + r.round_index * ${PER_ROUND}) % ${APPRENTICES})
                else replace(s.company_id, 'bench-c-', 'bench-a-') || '-' || ((k + r.round_index) % 40) end
    from rounds r join sessions s on s.id = r.session_id cross join generate_series(0, ${PER_ROUND - 1}) k where s.id like 'bench-s-%'`);
  await db.query(`insert into results (round_id, player_id, nickname, score, apprentice_id) select id, 'guest', 'Gast', 1000, null from rounds where session_id like 'bench-s-%'`);
  // The seeded rows bypass saveRound: fill coverage_plays as migration 006_coverage_plays.sql
  // does for an existing database (its own statement, so this also times that migration step).
  const sql = readFileSync(new URL('../../server/db/migrations/006_coverage_plays.sql', import.meta.url), 'utf8');
  const backfill = sql.slice(sql.indexOf('insert into coverage_plays'));
  const t0 = performance.now();
  await db.query(backfill.replace(/;\s*$/, ''));
  backfillMs = performance.now() - t0;
  await db.query('analyze');
  return (await db.query<{ n: number }>('select count(*)::int as n from results')).rows[0]!.n;
}

async function time(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return { p50: quantile(times, 0.5) ?? 0, p95: quantile(times, 0.95) ?? 0 };
}

async function run(name: string, open: () => Promise<{ db: Db; cleanup: () => Promise<void> }>): Promise<void> {
  const { db, cleanup } = await open();
  try {
    await migrate(db);
    const t0 = performance.now();
    const total = await seed(db);
    const apprentices = new ApprenticeRepository(db);
    const coverage = new CoverageRepository(db);
    let rows = 0;
    const matrix = await time(async () => {
      const [list, plays] = await Promise.all([apprentices.list(TARGET), coverage.groupPlays(TARGET)]);
      rows = coverageMatrix(GAMES, list, plays, { trade: null, year: null }).rows.length;
    });
    const one = await time(async () => {
      const a = await apprentices.find('bench-a-0-7', TARGET);
      itemCoverage(GAMES, tradeItems(a!.tradeId), await coverage.apprenticePlays(TARGET, a!.id));
    });
    console.log(`\n${name}: ${total.toLocaleString('en')} results seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s; the company: ${APPRENTICES} apprentices × ${PER_APPRENTICE} results; ${REPEATS} runs each`);
    console.log(`  group matrix (all, ${rows} rows)   p50 ${matrix.p50.toFixed(1)} ms   p95 ${matrix.p95.toFixed(1)} ms   (bound 200 ms)`);
    console.log(`  one apprentice's coverage        p50 ${one.p50.toFixed(1)} ms   p95 ${one.p95.toFixed(1)} ms`);
    console.log(`  migration backfill of coverage_plays over all results: ${(backfillMs / 1000).toFixed(1)} s`);
  } finally {
    await cleanup();
  }
}

await run('PGlite (embedded)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arcade-coverage-'));
  const db = await openDatabase({ databaseUrl: null, dataDir: dir });
  return { db, cleanup: async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
});

const url = process.env.DATABASE_URL;
if (!url) {
  console.log('\nPostgreSQL: skipped (set DATABASE_URL to measure it; the bench works in its own schema and drops it).');
} else {
  await run('PostgreSQL', async () => {
    const schema = `arcade_cov_bench_${process.pid}`;
    const admin = await openDatabase({ databaseUrl: url, dataDir: '' });
    await admin.query(`create schema ${schema}`);
    const scoped = new URL(url);
    scoped.searchParams.set('options', `-c search_path=${schema}`);
    const db = await openDatabase({ databaseUrl: scoped.toString(), dataDir: '' });
    return { db, cleanup: async () => { await db.close(); await admin.query(`drop schema ${schema} cascade`); await admin.close(); } };
  });
}
