import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { exited, isRunning, stopChild, trackChild } from './child-processes.ts';

// The bench side of the bot processes: forks them, hands out players, collects figures.
// Several processes keep the bots from becoming the bottleneck (one process decoding
// state for about 1,000 clients saturates a core).

export type FleetCommand =
  | { cmd: 'join'; baseUrl: string; kind: 'ours' | 'bare'; bots: { name: string; code: string }[]; concurrency: number; light: boolean }
  | { cmd: 'report' }
  /** Restarts the event-loop delay histogram (after the joins, so play is measured alone). */
  | { cmd: 'mark' }
  | { cmd: 'leave' };

export interface WorkerReport {
  sent: number;
  acked: number;
  /** Send → ack, per answer, in ms. */
  latenciesMs: number[];
  /** [wall-clock ms at sending, latency ms] per acked answer, for a look at the bursts. */
  ackTimeline: [number, number][];
  /** How late each stimulus cue arrived against when the server meant to send it, in ms. */
  cueLagMs: number[];
  errors: Record<string, number>;
  outcomes: Record<string, number>;
  /** Connections closed without the bot leaving. */
  drops: number;
  /** Players and ack latencies per server address the bots' WebSockets went to (scale-out). */
  byAddress: Record<string, { players: number; latenciesMs: number[] }>;
  /** Bytes received from the server since the joins ended (message payloads). */
  bytesIn: number;
  unacked: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'joined'; joined: number; failures: Record<string, number>; joinMs: number[] }
  | { type: 'report'; report: WorkerReport }
  | { type: 'fatal'; message: string };

const REPLY_TIMEOUT_MS = 180_000;
/** Joins may take longer on a busy machine: this much extra wait per bot of a process (ms). */
const JOIN_TIMEOUT_PER_BOT_MS = 300;
/** Simultaneous joins per bot process: a class arriving, not one at a time. */
const JOIN_CONCURRENCY = 25;
/** Time the bots get to leave their rooms politely before they are stopped. */
const LEAVE_TIMEOUT_MS = 8000;

class Worker {
  constructor(readonly name: string, readonly child: ChildProcess) {}

  /** Resolves with the next message of this type; rejects if the worker dies or hangs. */
  reply<T extends WorkerMessage['type']>(type: T, timeoutMs = REPLY_TIMEOUT_MS): Promise<Extract<WorkerMessage, { type: T }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`${this.name}: no '${type}' within ${timeoutMs / 1000} s`)), timeoutMs);
      const onMessage = (msg: WorkerMessage) => {
        if (msg.type === 'fatal') done(new Error(`${this.name}: ${msg.message}`));
        else if (msg.type === type) done(null, msg as Extract<WorkerMessage, { type: T }>);
      };
      const onExit = (code: number | null) => done(new Error(`${this.name} exited (code ${code})`));
      const done = (err: Error | null, msg?: Extract<WorkerMessage, { type: T }>) => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        if (err) reject(err);
        else resolve(msg as Extract<WorkerMessage, { type: T }>);
      };
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
    });
  }

  send(cmd: FleetCommand): void {
    this.child.send(cmd);
  }
}

export interface JoinResult {
  joined: number;
  failures: Record<string, number>;
  joinMs: number[];
}

/** A set of bot processes; `pids` lets the sampler watch them. */
export class BotFleet {
  private constructor(private readonly workers: Worker[]) {}

  static async start(rootDir: string, processes: number): Promise<BotFleet> {
    const workers: Worker[] = [];
    for (let i = 0; i < processes; i++) {
      const child = trackChild(fork(join(rootDir, 'scripts', 'bench', 'bot-worker.ts'), [], {
        cwd: rootDir,
        execArgv: ['--import', 'tsx'],
        // Own process group: Ctrl-C goes to the bench, which then stops the bots in order.
        detached: true,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      }));
      workers.push(new Worker(`bot process ${i + 1}`, child));
    }
    await Promise.all(workers.map((w) => w.reply('ready')));
    return new BotFleet(workers);
  }

  get pids(): Map<string, number> {
    return new Map(this.workers.map((w, i) => [`bots${i + 1}`, w.child.pid as number]));
  }

  /** Splits the players evenly over the processes and joins them all; player p goes to codes[p / perSession]. */
  async join(baseUrl: string, kind: 'ours' | 'bare', codes: string[], perSession: number, players: number, light: boolean): Promise<JoinResult> {
    const replies = this.workers.map((w, i) => {
      const bots: { name: string; code: string }[] = [];
      for (let p = i; p < players; p += this.workers.length) bots.push({ name: `Bot ${p + 1}`, code: codes[Math.floor(p / perSession)] as string });
      const reply = w.reply('joined', REPLY_TIMEOUT_MS + bots.length * JOIN_TIMEOUT_PER_BOT_MS);
      w.send({ cmd: 'join', baseUrl, kind, bots, concurrency: JOIN_CONCURRENCY, light });
      return reply;
    });
    const results = await Promise.all(replies);
    const failures: Record<string, number> = {};
    for (const r of results) for (const [k, n] of Object.entries(r.failures)) failures[k] = (failures[k] ?? 0) + n;
    return { joined: results.reduce((n, r) => n + r.joined, 0), failures, joinMs: results.flatMap((r) => r.joinMs) };
  }

  mark(): void {
    for (const w of this.workers) w.send({ cmd: 'mark' });
  }

  async reports(): Promise<WorkerReport[]> {
    return Promise.all(this.workers.map((w) => {
      const reply = w.reply('report');
      w.send({ cmd: 'report' });
      return reply.then((m) => m.report);
    }));
  }

  /** Lets every bot leave its room, then ends the processes. */
  async stop(): Promise<void> {
    for (const w of this.workers) if (isRunning(w.child) && w.child.connected) w.send({ cmd: 'leave' });
    await Promise.all(this.workers.map(async (w) => {
      await Promise.race([exited(w.child), new Promise((r) => setTimeout(r, LEAVE_TIMEOUT_MS))]);
      await stopChild(w.child);
    }));
  }
}
