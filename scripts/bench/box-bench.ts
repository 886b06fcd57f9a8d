import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, type Room } from '@colyseus/sdk';
import { quantile } from '../../shared/core/stats.ts';
import { pairedRatios } from '../../shared/core/paired-ratios.ts';
import { MAX_PLAYLIST_ITEMS, MAX_ROUNDS_PER_ITEM, PROTOCOL_VERSION, ROOM_SESSION } from '../../shared/protocol/constants.ts';
import { SessionState } from '../../shared/protocol/state.ts';
import { SimBox, type SimCredential } from '../box/sim-box.ts';
import { BoxFleet, boxReactionMs, type FleetPress } from './box-fleet.ts';
import { benchTrainerHeaders } from './bench-trainer.ts';
import { cleanupAll, freePort } from './child-processes.ts';
import { startServer } from './server-child.ts';

// `npm run bench:boxes`: 60 phones alone and 60 phones + 60 buzzer boxes (embedded broker, box
// stimulus mode), each on its own fresh server process, play BOX_BENCH_ROUNDS + 1 hosted
// Reaktion rounds (level 1) in step: round k of one right after round k of the other (the
// order alternates), so a load change on a shared machine hits both. The first round is a
// warm-up and is dropped. Reports per scenario the phones' and boxes' ack latency (answer sent
// → ack received) over the kept rounds and the server's CPU per answer (from /proc over the
// play phases), and the figure that counts: the median over the kept rounds of the per-round
// ratio "phone ack p99 with boxes / without" (goal ≤ 1.1×) with its spread (min–max). A single
// round's p99 over ~300 answers is its third-worst value: one bad tick decides it, the median
// of several does not. BOX_BENCH_PHONES / BOX_BENCH_BOXES / BOX_BENCH_ROUNDS change the sizes.
// The simulated boxes run in a child process of their own (box-fleet.ts): in this process their
// downlink parsing and signature checks delayed the phones' ack events on the loop that timed
// them — a cost of the simulator, not of the server. BOX_BENCH_BOXES_IN_BENCH=1 keeps them here.
// A third server with the phones only (the control, BOX_BENCH_CONTROL=0: without) plays in the
// same rotation: its ratio to "phones alone" is the bench's noise floor, printed beside the
// figure. The server CPU is reported for the whole process and for its main thread alone.
// The boxes' ack latency includes the gateway's hold while phones answer (up to 250 ms,
// server/hardware/box-gateway.ts): phones go first.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PHONES = Number(process.env.BOX_BENCH_PHONES ?? 60);
const BOXES = Number(process.env.BOX_BENCH_BOXES ?? 60);
/** Rounds kept per scenario (one warm-up round more is played and dropped). */
const ROUNDS = Number(process.env.BOX_BENCH_ROUNDS ?? 5);
const WARMUP = 1;
const BOXES_IN_BENCH = process.env.BOX_BENCH_BOXES_IN_BENCH === '1';
/**
 * A third scenario, phones only on a server of their own, played like the other two
 * (BOX_BENCH_CONTROL, default 1; 0: without): its ratio to "phones alone" is what the bench
 * measures when nothing differs — the noise floor the 1.1× goal has to be read against.
 */
const CONTROL = process.env.BOX_BENCH_CONTROL !== '0';
const CLOCK_TICKS_PER_S = 100;

/** CPU ms used so far (user + system) by the process, or by its main thread alone (`/proc/<pid>/task/<pid>/stat`). */
function cpuMs(pid: number, mainThreadOnly = false): number {
  const fields = readFileSync(mainThreadOnly ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_S) * 1000;
}

/** One scenario's server with its host, phones and boxes seated, kept for all its rounds. */
interface Scenario {
  name: string;
  server: Awaited<ReturnType<typeof startServer>>;
  host: Room;
  rooms: Room[];
  /** The boxes when they run in this process (BOX_BENCH_BOXES_IN_BENCH=1), else their child process. */
  boxes: SimBox[];
  fleet: BoxFleet | null;
  /** Every box press with its ack latency, collected at the tear-down. */
  presses: FleetPress[];
  /** Phone ack latencies (ms) per round. */
  phoneAcks: Map<number, number[]>;
  /** Server CPU ms per round (the play phase only): the whole process, and its main thread (the event loop the phones' answers need). */
  cpu: Map<number, number>;
  mainCpu: Map<number, number>;
}

async function phone(baseUrl: string, roomId: string, code: string, i: number, acks: Map<number, number[]>): Promise<Room> {
  const room = await new Client(baseUrl).joinById(roomId, { protocol: PROTOCOL_VERSION, role: 'player', nickname: `Handy ${i}`, code }, SessionState);
  const sent = new Map<string, number>();
  room.onMessage('ping', (m) => room.send('pong', m));
  room.onMessage('cue', (cue: { kind: string; trial: number; at: number; round: number }) => {
    if (cue.kind !== 'stimulus') return;
    const rt = 230 + ((i * 37 + cue.trial * 11 + cue.round * 7) % 120);
    setTimeout(() => {
      sent.set(`${cue.round}:${cue.trial}`, performance.now());
      room.send('answer', { round: cue.round, data: { trial: cue.trial, rtMs: rt } });
    }, Math.max(0, cue.at + rt - Date.now()));
  });
  room.onMessage('ack', (a: { round: number; trial: number }) => {
    const at = sent.get(`${a.round}:${a.trial}`);
    if (at === undefined) return;
    const list = acks.get(a.round) ?? [];
    list.push(performance.now() - at);
    acks.set(a.round, list);
  });
  room.onMessage('*', () => {});
  return room;
}

const until = async (check: () => boolean, ms = 20) => {
  while (!check()) await new Promise((r) => setTimeout(r, ms));
};

/** A fresh server with the host, the phones and (withBoxes) the paired boxes seated, the playlist set. */
async function setUp(withBoxes: boolean, log: (l: string) => void, suffix = ''): Promise<Scenario> {
  const mqttPort = await freePort();
  const server = await startServer(ROOT, { kind: 'ours', maxPlayers: PHONES + BOXES, env: { HARDWARE: 'on', MQTT_PORT: String(mqttPort), MQTT_HOST: '127.0.0.1', MQTT_URL: '', REDIS_URL: '' } });
  const headers = await benchTrainerHeaders(server.baseUrl);
  const host = await new Client(server.baseUrl, { headers }).create(ROOM_SESSION, { protocol: PROTOCOL_VERSION, role: 'host' }, SessionState);
  const s: Scenario = { name: (withBoxes ? `${PHONES} phones + ${BOXES} boxes` : `${PHONES} phones`) + suffix, server, host, rooms: [host], boxes: [], fleet: null, presses: [], phoneAcks: new Map(), cpu: new Map(), mainCpu: new Map() };
  const code = await new Promise<string>((resolve) => host.onMessage('welcome', (w: { code: string }) => resolve(w.code)));
  // The host may send MAX_MESSAGES_PER_SECOND (40) messages a second (more are refused): it admits
  // one waiting box per 50 ms and asks again after a second. (Boxes in a burst of hellos, each
  // answered with the whole list, were admitted n² times, and the refused ones waited forever.)
  const pending = new Set<string>();
  const askedAt = new Map<string, number>();
  host.onMessage('boxes', (m: { boxes: { boxId: string; state: string }[] }) => {
    pending.clear();
    for (const b of m.boxes) if (b.state === 'pending') pending.add(b.boxId);
  });
  const admitter = setInterval(() => {
    const id = [...pending].find((p) => Date.now() - (askedAt.get(p) ?? 0) > 1000);
    if (id === undefined) return;
    askedAt.set(id, Date.now());
    host.send('box', { action: 'admit', boxId: id });
  }, 50);
  host.onMessage('*', () => {});
  for (let i = 0; i < PHONES; i++) s.rooms.push(await phone(server.baseUrl, host.roomId, code, i, s.phoneAcks));
  if (withBoxes) {
    const creds: SimCredential[] = [];
    for (let i = 0; i < BOXES; i++) {
      const res = await fetch(`${server.baseUrl}/api/boxes`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ label: `Box ${i + 1}` }) });
      creds.push(((await res.json()) as { credential: SimCredential }).credential);
    }
    if (!BOXES_IN_BENCH) s.fleet = await BoxFleet.start(ROOT, `mqtt://127.0.0.1:${mqttPort}`, code, creds);
    log(`${s.name}: boxes connected and synced`);
    for (const [i, cred] of (BOXES_IN_BENCH ? creds : []).entries()) {
      const box = new SimBox(cred, { url: `mqtt://127.0.0.1:${mqttPort}`, mode: 'stimulus', reactionMs: boxReactionMs(i) });
      await box.connect();
      await box.sync(5);
      box.hello(code);
      s.boxes.push(box);
    }
  }
  const seated = PHONES + (withBoxes ? BOXES : 0);
  await until(() => host.state.players.size >= seated, 100);
  clearInterval(admitter);
  // A playlist item holds at most MAX_ROUNDS_PER_ITEM rounds: more rounds are more items of the same level.
  const items = [];
  for (let left = ROUNDS + WARMUP; left > 0; left -= MAX_ROUNDS_PER_ITEM) items.push({ gameId: 'reaktion', level: 1, rounds: Math.min(left, MAX_ROUNDS_PER_ITEM) });
  host.send('playlist', { items });
  log(`${s.name}: seated`);
  return s;
}

/** Plays round `k` (0-based) of the scenario to its reveal; measures the server's CPU over its play phase. */
async function playRound(s: Scenario, k: number): Promise<void> {
  const { host } = s;
  if (k === 0) host.send('start');
  else {
    host.send('next'); // reveal → scoreboard
    await until(() => host.state.phase === 'scoreboard');
    host.send('next'); // → the next round's countdown
  }
  await until(() => host.state.phase === 'play' && host.state.roundIndex === k);
  const cpuStart = cpuMs(s.server.pid);
  const mainStart = cpuMs(s.server.pid, true);
  await until(() => host.state.phase !== 'play', 50);
  s.cpu.set(k, cpuMs(s.server.pid) - cpuStart);
  s.mainCpu.set(k, cpuMs(s.server.pid, true) - mainStart);
  await until(() => host.state.phase === 'reveal');
}

async function tearDown(s: Scenario): Promise<void> {
  s.presses = s.boxes.flatMap((b) => b.presses.map((p) => ({ round: p.round, ackMs: p.ackAt === undefined ? null : p.ackAt - p.sentAt })));
  for (const b of s.boxes) await b.close();
  if (s.fleet) {
    s.presses = await s.fleet.collect().catch(() => []);
    await s.fleet.stop();
  }
  for (const r of s.rooms) await r.leave(true).catch(() => {});
  await s.server.dispose();
}

/** Ack latencies per kept round: phones, boxes. */
const phoneRounds = (s: Scenario) => Array.from({ length: ROUNDS + WARMUP }, (_, k) => s.phoneAcks.get(k) ?? []);
const boxRounds = (s: Scenario) => Array.from({ length: ROUNDS + WARMUP }, (_, k) => s.presses.filter((p) => p.round === k && p.ackMs !== null).map((p) => p.ackMs as number));

const fmt = (v: number | null) => (v === null ? '–' : v.toFixed(1));
function line(s: Scenario): string {
  const phones = phoneRounds(s).slice(WARMUP).flat();
  const boxes = boxRounds(s).slice(WARMUP).flat();
  let cpu = 0;
  let mainMs = 0;
  for (let k = WARMUP; k < ROUNDS + WARMUP; k++) {
    cpu += s.cpu.get(k) ?? 0;
    mainMs += s.mainCpu.get(k) ?? 0;
  }
  const answers = phones.length + boxes.length;
  const per = (ms: number) => (ms / Math.max(1, answers)).toFixed(2);
  return `| ${s.name} | ${answers} | ${fmt(quantile(phones, 0.5))} / ${fmt(quantile(phones, 0.99))} | ${boxes.length ? `${fmt(quantile(boxes, 0.5))} / ${fmt(quantile(boxes, 0.99))}` : '–'} | ${per(cpu)} | ${per(mainMs)} |`;
}

const log = (l: string) => console.log(`[bench:boxes] ${l}`);

async function main(): Promise<void> {
  const most = MAX_ROUNDS_PER_ITEM * MAX_PLAYLIST_ITEMS - WARMUP;
  if (!Number.isInteger(ROUNDS) || ROUNDS < 1 || ROUNDS > most) throw new Error(`BOX_BENCH_ROUNDS must be a whole number from 1 to ${most} (got ${process.env.BOX_BENCH_ROUNDS})`);
  const loadBefore = loadavg()[0]!;
  const alone = await setUp(false, log);
  const mixed = await setUp(true, log);
  const control = CONTROL ? await setUp(false, log, ' (control)') : null;
  const all = control ? [alone, mixed, control] : [alone, mixed];
  try {
    for (let k = 0; k < ROUNDS + WARMUP; k++) {
      // Rotate which scenario plays first, so none always follows another's load.
      const order = all.map((_, i) => all[(i + k) % all.length]!);
      for (const s of order) await playRound(s, k);
      const p99 = (s: Scenario) => fmt(quantile(s.phoneAcks.get(k) ?? [], 0.99));
      log(`round ${k + 1}/${ROUNDS + WARMUP}${k < WARMUP ? ' (warm-up, dropped)' : ''}: phone ack p99 ${p99(alone)} ms alone, ${p99(mixed)} ms with boxes${control ? `, ${p99(control)} ms control` : ''}`);
    }
  } finally {
    for (const s of all) await tearDown(s);
  }
  const ratios = (other: Scenario) => ({
    paired: pairedRatios(phoneRounds(alone), phoneRounds(other), 0.99, WARMUP),
    pooled: (quantile(phoneRounds(other).slice(WARMUP).flat(), 0.99) ?? 0) / Math.max(0.001, quantile(phoneRounds(alone).slice(WARMUP).flat(), 0.99) ?? 0),
  });
  const say = (what: string, r: ReturnType<typeof ratios>, goal: string) => {
    console.log(`\nper-round phone ack p99 ratios (${what}): ${r.paired.ratios.map((x) => `${x.toFixed(2)}×`).join(', ')}`);
    console.log(`median ${r.paired.median === null ? '–' : `${r.paired.median.toFixed(2)}×`} (spread ${fmt(r.paired.min)}–${fmt(r.paired.max)}×${goal}); pooled p99 ratio ${r.pooled.toFixed(2)}×`);
  };
  console.log(`\n${ROUNDS} rounds kept per scenario (1 warm-up dropped); boxes ${BOXES_IN_BENCH ? 'in the bench process' : `in a child process (${mixed.fleet?.priority ?? '?'})`}; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after (${cpus().length} cores)`);
  console.log('\n| scenario | answers | phone ack p50 / p99 ms | box ack p50 / p99 ms | server CPU ms per answer | of it on the main thread |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const s of all) console.log(line(s));
  say('with boxes / without', ratios(mixed), '; goal ≤ 1.1×');
  // The same phones on a second server without boxes: what the figure above shows with nothing changed.
  if (control) say('control / without: the noise floor, no boxes in either', ratios(control), '');
}

main().then(() => cleanupAll(), async (err) => {
  console.error(err);
  await cleanupAll();
  process.exit(1);
});
