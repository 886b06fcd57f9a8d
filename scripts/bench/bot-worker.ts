import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Client, type Room } from '@colyseus/sdk';
import { STIMULUS_CUE_LEAD_MS } from '../../shared/games/reaktion/timing.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { SessionState } from '../../shared/protocol/state.ts';
import { BareState } from './bare-server.ts';
import type { FleetCommand, WorkerMessage, WorkerReport } from './bot-fleet.ts';

// One bot child process: a few hundred simulated players, each a full SDK client that
// decodes the room state like a phone would, answers pings and presses after each stimulus.
// Bots and server share this machine's clock, so a cue's server time `at` is used as is.

/** Human-like simple reaction times, uniform in this range (ms). */
const RT_MIN_MS = 180;
const RT_MAX_MS = 350;

const latenciesMs: number[] = [];
const ackTimeline: [number, number][] = [];
const cueLagMs: number[] = [];
const errors: Record<string, number> = {};
const outcomes: Record<string, number> = {};
/** Per server address (host:port the bot's WebSocket went to, scale-out): players and ack latencies. */
const byAddress: Record<string, { players: number; latenciesMs: number[] }> = {};
/** Bot id → its server address. */
const addressOf = new Map<number, string>();
/** Answer key → [performance.now(), Date.now()] at sending. */
const pending = new Map<string, [number, number]>();
const rooms: Room[] = [];
let sent = 0;
let acked = 0;
let drops = 0;
/** Bytes of every server → client message since the last `mark` (payloads, without WebSocket framing). */
let bytesIn = 0;
let leaving = false;
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

const count = (into: Record<string, number>, key: string) => (into[key] = (into[key] ?? 0) + 1);
const post = (msg: WorkerMessage) => process.send?.(msg);

/** Wires one joined room: pings, stimulus cues, acks and errors. */
function play(room: Room, botId: number): void {
  room.onMessage('*', (type, payload: any) => {
    switch (type) {
      case 'ping':
        room.send('pong', payload);
        break;
      case 'cue':
        if (payload?.kind === 'stimulus') onStimulus(room, botId, payload);
        break;
      case 'ack': {
        const key = `${botId}:${payload.round}:${payload.trial}`;
        const sentAt = pending.get(key);
        if (sentAt !== undefined) {
          const ms = performance.now() - sentAt[0];
          latenciesMs.push(ms);
          byAddress[addressOf.get(botId) ?? '?']?.latenciesMs.push(ms);
          ackTimeline.push([sentAt[1], ms]);
          pending.delete(key);
        }
        acked++;
        count(outcomes, String(payload.outcome ?? 'none'));
        if (payload.error) count(errors, String(payload.error));
        break;
      }
      case 'error':
        count(errors, String(payload?.code ?? 'UNKNOWN'));
        break;
      default:
        break; // welcome, time, personalBest: nothing to do
    }
  });
  room.onLeave(() => {
    if (!leaving) drops++;
  });
}

/** Presses a human reaction time after the stimulus is due; rtMs is what really elapsed. */
function onStimulus(room: Room, botId: number, cue: { round: number; trial: number; at: number }): void {
  cueLagMs.push(Date.now() - (cue.at - STIMULUS_CUE_LEAD_MS));
  const rt = RT_MIN_MS + Math.random() * (RT_MAX_MS - RT_MIN_MS);
  setTimeout(() => {
    const rtMs = Date.now() - cue.at;
    pending.set(`${botId}:${cue.round}:${cue.trial}`, [performance.now(), Date.now()]);
    room.send('answer', { round: cue.round, data: { trial: cue.trial, rtMs } });
    sent++;
  }, Math.max(0, cue.at + rt - Date.now()));
}

/** Counts the bytes of every message the room's connection receives. */
function countBytes(room: Room): void {
  const events = (room as unknown as { connection: { events: { onmessage?: (e: { data: ArrayBuffer | Buffer }) => void } } }).connection.events;
  const inner = events.onmessage;
  // oxlint-disable-next-line unicorn/prefer-add-event-listener -- the SDK's own slot: wrapped, not replaced
  events.onmessage = (e) => {
    bytesIn += e.data.byteLength;
    inner?.(e);
  };
}

async function joinOne(cmd: Extract<FleetCommand, { cmd: 'join' }>, code: string, nickname: string, botId: number): Promise<void> {
  const res = await fetch(`${cmd.baseUrl}/api/sessions/${code}`);
  const body = (await res.json()) as { roomId?: string; error?: string };
  if (!body.roomId) throw new Error(body.error ?? `HTTP ${res.status}`);
  const client = new Client(cmd.baseUrl);
  const options = { protocol: PROTOCOL_VERSION, role: 'player', nickname, code };
  const room: Room = cmd.kind === 'bare' ? await client.joinById(body.roomId, options, BareState) : await client.joinById(body.roomId, options, SessionState);
  const light = cmd.light;
  countBytes(room);
  const url = (room as unknown as { connection: { transport: { ws?: { url?: string } } } }).connection.transport.ws?.url ?? '';
  const address = /^wss?:\/\/([^/]+)/.exec(url)?.[1] ?? '?';
  addressOf.set(botId, address);
  (byAddress[address] ??= { players: 0, latenciesMs: [] }).players++;
  // Diagnostic mode: skip decoding state patches (a phone decodes one copy, a bot process
  // hundreds), so on a small machine the figures show the server rather than the bots.
  if (light) (room as unknown as { serializer: { patch: () => void } }).serializer.patch = () => {};
  play(room, botId);
  rooms.push(room);
}

/** Joins all bots, `concurrency` at a time, and reports how it went. */
async function joinAll(cmd: Extract<FleetCommand, { cmd: 'join' }>): Promise<void> {
  const failures: Record<string, number> = {};
  const joinMs: number[] = [];
  let next = 0;
  const lane = async () => {
    while (next < cmd.bots.length) {
      const i = next++;
      const bot = cmd.bots[i] as { name: string; code: string };
      const t0 = performance.now();
      try {
        await joinOne(cmd, bot.code, bot.name, i);
        joinMs.push(performance.now() - t0);
      } catch (err) {
        count(failures, (err as Error).message.slice(0, 60) || 'UNKNOWN');
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, cmd.concurrency) }, lane));
  post({ type: 'joined', joined: rooms.length, failures, joinMs });
}

function report(): WorkerReport {
  return {
    sent, acked, latenciesMs, ackTimeline, cueLagMs, errors, outcomes, drops, bytesIn, byAddress,
    unacked: pending.size,
    loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    loopDelayMaxMs: loopDelay.max / 1e6,
  };
}

async function leaveAll(): Promise<void> {
  leaving = true;
  await Promise.race([
    Promise.allSettled(rooms.map((r) => r.leave(true))),
    new Promise((r) => setTimeout(r, 5000)),
  ]);
  process.exit(0);
}

process.on('message', (msg: FleetCommand) => {
  if (msg.cmd === 'join') joinAll(msg).catch((err) => post({ type: 'fatal', message: String(err) }));
  else if (msg.cmd === 'mark') {
    loopDelay.reset();
    bytesIn = 0;
  }
  else if (msg.cmd === 'report') post({ type: 'report', report: report() });
  else if (msg.cmd === 'leave') void leaveAll();
});
// The bench went away (crash or Ctrl-C): never linger.
process.on('disconnect', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
post({ type: 'ready' });
