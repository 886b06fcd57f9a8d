import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, type Room } from '@colyseus/sdk';
import { quantile } from '../../shared/core/stats.ts';
import { PROTOCOL_VERSION, ROOM_SESSION } from '../../shared/protocol/constants.ts';
import { SessionState } from '../../shared/protocol/state.ts';
import { SimBox, type SimCredential } from '../box/sim-box.ts';
import { benchTrainerHeaders } from './bench-trainer.ts';
import { cleanupAll, freePort } from './child-processes.ts';
import { startServer } from './server-child.ts';

// `npm run bench:boxes`: one hosted Reaktion round (level 1) with 60 phones alone, then with
// 60 phones and 60 buzzer boxes (embedded broker, box stimulus mode), each on a fresh server
// process. Reports the phones' and the boxes' ack latency (answer sent → ack received), the
// ratio of the phones' p99 with boxes to without (goal ≤ 1.1×) and the server's CPU per
// answer (from /proc over the play phase). BOX_BENCH_PHONES / BOX_BENCH_BOXES change the sizes.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PHONES = Number(process.env.BOX_BENCH_PHONES ?? 60);
const BOXES = Number(process.env.BOX_BENCH_BOXES ?? 60);
const CLOCK_TICKS_PER_S = 100;

/** CPU ms the process has used so far (user + system), from /proc/<pid>/stat. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_S) * 1000;
}

interface Run { phonesAckMs: number[]; boxesAckMs: number[]; answers: number; cpuMsPerAnswer: number }

async function phone(baseUrl: string, roomId: string, code: string, i: number, acks: number[]): Promise<Room> {
  const room = await new Client(baseUrl).joinById(roomId, { protocol: PROTOCOL_VERSION, role: 'player', nickname: `Handy ${i}`, code }, SessionState);
  const sent = new Map<number, number>();
  room.onMessage('ping', (m) => room.send('pong', m));
  room.onMessage('cue', (cue: { kind: string; trial: number; at: number; round: number }) => {
    if (cue.kind !== 'stimulus') return;
    const rt = 230 + ((i * 37 + cue.trial * 11) % 120);
    setTimeout(() => {
      sent.set(cue.trial, performance.now());
      room.send('answer', { round: cue.round, data: { trial: cue.trial, rtMs: rt } });
    }, Math.max(0, cue.at + rt - Date.now()));
  });
  room.onMessage('ack', (a: { trial: number }) => {
    const at = sent.get(a.trial);
    if (at !== undefined) acks.push(performance.now() - at);
  });
  room.onMessage('*', () => {});
  return room;
}

async function run(withBoxes: boolean, log: (l: string) => void): Promise<Run> {
  const mqttPort = await freePort();
  const server = await startServer(ROOT, { kind: 'ours', maxPlayers: PHONES + BOXES, env: { HARDWARE: 'on', MQTT_PORT: String(mqttPort), MQTT_HOST: '127.0.0.1', MQTT_URL: '', REDIS_URL: '' } });
  const boxes: SimBox[] = [];
  const rooms: Room[] = [];
  try {
    const headers = await benchTrainerHeaders(server.baseUrl);
    const host = await new Client(server.baseUrl, { headers }).create(ROOM_SESSION, { protocol: PROTOCOL_VERSION, role: 'host' }, SessionState);
    rooms.push(host);
    const code = await new Promise<string>((resolve) => host.onMessage('welcome', (w: { code: string }) => resolve(w.code)));
    host.onMessage('boxes', (m: { boxes: { boxId: string; state: string }[] }) => {
      for (const b of m.boxes) if (b.state === 'pending') host.send('box', { action: 'admit', boxId: b.boxId });
    });
    host.onMessage('*', () => {});
    const phonesAckMs: number[] = [];
    for (let i = 0; i < PHONES; i++) rooms.push(await phone(server.baseUrl, host.roomId, code, i, phonesAckMs));
    if (withBoxes) {
      for (let i = 0; i < BOXES; i++) {
        const res = await fetch(`${server.baseUrl}/api/boxes`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ label: `Box ${i + 1}` }) });
        const cred = ((await res.json()) as { credential: SimCredential }).credential;
        const box = new SimBox(cred, { url: `mqtt://127.0.0.1:${mqttPort}`, mode: 'stimulus', reactionMs: (_r, t) => 230 + ((i * 29 + t * 13) % 120) });
        await box.connect();
        await box.sync(5);
        box.hello(code);
        boxes.push(box);
      }
    }
    const seated = PHONES + (withBoxes ? BOXES : 0);
    while (host.state.players.size < seated) await new Promise((r) => setTimeout(r, 100));
    log(`${seated} seated (${PHONES} phones${withBoxes ? `, ${BOXES} boxes` : ''}); playing one round…`);
    host.send('playlist', { items: [{ gameId: 'reaktion', level: 1, rounds: 1 }] });
    host.send('start');
    while (host.state.phase !== 'play') await new Promise((r) => setTimeout(r, 20));
    const cpuStart = cpuMs(server.pid);
    while (host.state.phase === 'play') await new Promise((r) => setTimeout(r, 50));
    const cpuUsed = cpuMs(server.pid) - cpuStart;
    const boxesAckMs = boxes.flatMap((b) => b.presses.filter((p) => p.ackAt !== undefined).map((p) => (p.ackAt as number) - p.sentAt));
    const answers = phonesAckMs.length + boxesAckMs.length;
    return { phonesAckMs, boxesAckMs, answers, cpuMsPerAnswer: cpuUsed / Math.max(1, answers) };
  } finally {
    for (const b of boxes) await b.close();
    for (const r of rooms) await r.leave(true).catch(() => {});
    await server.dispose();
  }
}

const fmt = (v: number | null) => (v === null ? '–' : v.toFixed(1));
const line = (name: string, r: Run) =>
  `| ${name} | ${r.answers} | ${fmt(quantile(r.phonesAckMs, 0.5))} / ${fmt(quantile(r.phonesAckMs, 0.99))} | ${r.boxesAckMs.length ? `${fmt(quantile(r.boxesAckMs, 0.5))} / ${fmt(quantile(r.boxesAckMs, 0.99))}` : '–'} | ${r.cpuMsPerAnswer.toFixed(2)} |`;

const log = (l: string) => console.log(`[bench:boxes] ${l}`);

async function main(): Promise<void> {
  const alone = await run(false, log);
  const mixed = await run(true, log);
  const ratio = (quantile(mixed.phonesAckMs, 0.99) ?? 0) / Math.max(0.001, quantile(alone.phonesAckMs, 0.99) ?? 0);
  console.log('\n| scenario | answers | phone ack p50 / p99 ms | box ack p50 / p99 ms | server CPU ms per answer |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(line(`${PHONES} phones`, alone));
  console.log(line(`${PHONES} phones + ${BOXES} boxes`, mixed));
  console.log(`\nphone ack p99 with boxes / without: ${ratio.toFixed(2)}× (goal ≤ 1.1×)`);
}

main().then(() => cleanupAll(), async (err) => {
  console.error(err);
  await cleanupAll();
  process.exit(1);
});
