// `npm run bench:pdf [-- --count 30]`
// Renders `count` record-book supplements (a busy week each: every game, five days, about
// 40 rounds, names in Latin Extended and Cyrillic) through the PDF worker pool, from a cold
// start (the workers start within the measured time), and prints the time and file sizes.
// Issue 21: 30 PDFs in ≤ 10 s; exits 1 when slower.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { GAMES, GAME_REGISTRY } from '../../shared/games/index.ts';
import { buildRecordBook, type RecordBookRound } from '../../shared/record-book/model.ts';
import { PdfPool } from '../../server/record-book/pdf-pool.ts';

const { values: args } = parseArgs({ options: { count: { type: 'string', default: '30' } } });
const COUNT = Number(args.count);
const LIMIT_MS = 10_000 * (COUNT / 30);
const NAMES = ['Łukasz Wójcik', 'Ömer Yılmaz', 'Дмитрий Соколов', 'Zoë Müller-Lüdenscheidt', 'Αθηνά Παππά', 'Jan Schmidt'];

function week(seed: number): RecordBookRound[] {
  const rounds: RecordBookRound[] = [];
  for (let day = 0; day < 5; day++) {
    for (const [g, game] of GAMES.entries()) {
      for (let k = 0; k < 2; k++) {
        const start = Date.parse('2026-03-23T07:30:00Z') + day * 86_400_000 + g * 1_200_000 + k * 240_000;
        const level = game.levels[(seed + day + k) % game.levels.length]!;
        rounds.push({ gameId: game.id, level, startedAt: new Date(start).toISOString(), endedAt: new Date(start + 95_000).toISOString(), score: (seed * 37 + day * 11 + k) % 1000, taskSetTitle: game.id === 'werkstatt' ? 'Spaltmaße' : null });
      }
    }
  }
  return rounds;
}

const docs = Array.from({ length: COUNT }, (_, i) => buildRecordBook({
  lang: 'de', company: 'Präzisionsoptik Łódź GmbH', apprentice: { name: `${NAMES[i % NAMES.length]} ${i + 1}`, trade: 'Mechatroniker/-in', trainingYear: 1 + (i % 4) },
  period: { from: '2026-03-23', to: '2026-03-29' }, createdAt: new Date().toISOString(), showScores: i % 2 === 0, rounds: week(i), games: GAME_REGISTRY,
}));

const pool = new PdfPool();
const t0 = performance.now();
const pdfs = await Promise.all(docs.map((d) => pool.render(d)));
const ms = performance.now() - t0;
await pool.close();
const sizes = pdfs.map((p) => p.length).toSorted((a, b) => a - b);
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(`record-book PDFs: ${COUNT} in ${(ms / 1000).toFixed(2)} s (${(ms / COUNT).toFixed(0)} ms each, cold pool, ${availableParallelism()} cores); size min ${kb(sizes[0]!)}, median ${kb(sizes[Math.floor(COUNT / 2)]!)}, max ${kb(sizes.at(-1)!)}; rounds per PDF ${docs[0]!.totalRounds}`);
if (ms > LIMIT_MS) {
  console.error(`slower than ${LIMIT_MS / 1000} s`);
  process.exit(1);
}
