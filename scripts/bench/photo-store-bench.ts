import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';

// `node --import tsx scripts/bench/photo-store-bench.ts`: where the event loop goes when one
// photo is stored (issue 20). Each step of TaskPhotoRepository.add timed alone on a fresh
// PGlite (it runs in this thread; with PostgreSQL the write leaves it), with the bytes passed
// as base64 (as stored) or hex text, and the byte columns' storage extended (the default:
// compression tried first) or external. Photo bytes are random (JPEG is as incompressible).
// Prints median/p95 ms.

const N = Number(process.env.BENCH_PHOTOS ?? 40);
const med = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const p95 = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] as number;

async function time<T>(into: number[], fn: () => Promise<T> | T): Promise<T> {
  const t = performance.now();
  const out = await fn();
  into.push(performance.now() - t);
  return out;
}

/** Times one store per photo; with `split`, the phone variant goes in by a second statement (as TaskPhotoRepository does). */
async function run(db: Db, label: string, insertSql: string, asParam: (b: Buffer) => unknown, split = false): Promise<void> {
  const company = randomUUID();
  await db.query('insert into companies (id, name) values ($1, $2)', [company, label]);
  const t: Record<string, number[]> = { lock: [], orphans: [], sum: [], encode: [], insert: [], ...(split ? { update: [] } : {}), commit: [], total: [] };
  for (let i = 0; i < N; i++) {
    const projector = randomBytes(230_000);
    const phone = randomBytes(140_000);
    const start = performance.now();
    await db.query('begin');
    await time(t.lock!, () => db.query('select id from companies where id = $1 for update', [company]));
    await time(t.orphans!, () => db.query("delete from task_photos where company_id = $1 and created_at < now() - interval '24 hours'", [company]));
    await time(t.sum!, () => db.query('select coalesce(sum(bytes), 0) as n from task_photos where company_id = $1', [company]));
    const [a, b] = await time(t.encode!, () => [asParam(projector), asParam(phone)]);
    const id = randomUUID();
    await time(t.insert!, () => db.query(insertSql, [id, company, 1600, 1200, a, split ? '' : b, projector.length + phone.length]));
    if (split) await time(t.update!, () => db.query("update task_photos set phone = decode($2, 'base64') where id = $1", [id, b]));
    await time(t.commit!, () => db.query('commit'));
    t.total!.push(performance.now() - start);
  }
  console.log(`${label.padEnd(34)} ${Object.entries(t).map(([k, v]) => `${k} ${med(v).toFixed(1)}/${p95(v).toFixed(1)}`).join('  ')}  (median/p95 ms)`);
}

const B64 = "insert into task_photos (id, company_id, width, height, projector, phone, bytes) values ($1, $2, $3, $4, decode($5, 'base64'), decode($6, 'base64'), $7)";
const HEX = 'insert into task_photos (id, company_id, width, height, projector, phone, bytes) values ($1, $2, $3, $4, $5::text::bytea, $6::text::bytea, $7)';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'photo-store-'));
  const db = await openDatabase({ databaseUrl: null, dataDir: dir });
  try {
    await migrate(db);
    console.log(`${db.kind}, ${N} photos of 230 + 140 KB per variant set`);
    const storage = async (s: string) => {
      await db.query(`alter table task_photos alter column projector set storage ${s}, alter column phone set storage ${s}`);
    };
    const probe = async (label: string, sql: string, asParam: (b: Buffer) => unknown) => {
      const xs: number[] = [];
      for (let i = 0; i < N; i++) {
        const a = asParam(randomBytes(230_000));
        const b = asParam(randomBytes(140_000));
        await time(xs, () => db.query(sql, [a, b]));
      }
      console.log(`${label.padEnd(34)} ${med(xs).toFixed(1)}/${p95(xs).toFixed(1)} ms`);
    };
    await probe('params only (base64 text)', 'select length($1::text) + length($2::text) as n', (b) => b.toString('base64'));
    await probe('params + decode (base64)', "select length(decode($1, 'base64')) + length(decode($2, 'base64')) as n", (b) => b.toString('base64'));
    await probe('params + byteain (hex)', 'select length($1::text::bytea) + length($2::text::bytea) as n', (b) => `\\x${b.toString('hex')}`);
    for (const round of [1, 2]) {
      await storage('extended');
      await run(db, `extended, base64 (round ${round})`, B64, (b) => b.toString('base64'));
      await run(db, `extended, base64, split (round ${round})`, B64, (b) => b.toString('base64'), true);
      await storage('external');
      await run(db, `external, base64 (round ${round})`, B64, (b) => b.toString('base64'));
      await run(db, `external, hex text (round ${round})`, HEX, (b) => `\\x${b.toString('hex')}`);
    }
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
