import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import type { SimCredential } from '../box/sim-box.ts';
import { stopChild, trackChild } from './child-processes.ts';

// The bench side of box-fleet-child.ts: one child process with all simulated boxes of a scenario.

const REPLY_TIMEOUT_MS = 180_000;
/**
 * How the fleet shares the CPU (BOX_BENCH_FLEET_SCHED): `idle` (default) the Linux SCHED_IDLE
 * policy by `chrt`, `nice` nice 19, `normal` as the bench. Real boxes bring their own
 * processors: the simulator of 60 boxes should get only the CPU the server and the phone bots
 * leave, instead of taking one of the 2 cores from them in the ~120 ms after a stimulus. A
 * nice-19 task that has just woken keeps its core against a waking phone bot or server for up
 * to a scheduler slice (~1–3 ms, the size of the effect measured); a SCHED_IDLE task yields at
 * once to any normal one that wakes. Without `chrt` (not Linux) it falls back to nice 19.
 */
const FLEET_SCHED = process.env.BOX_BENCH_FLEET_SCHED ?? 'idle';

/** Lowers the fleet's share of the CPU as FLEET_SCHED says; returns what was applied. */
function lowerPriority(pid: number): string {
  if (FLEET_SCHED === 'normal') return 'normal';
  if (FLEET_SCHED === 'idle') {
    const r = spawnSync('chrt', ['--all-tasks', '--idle', '-p', '0', String(pid)], { stdio: 'ignore' });
    if (r.status === 0) return 'SCHED_IDLE';
  }
  setPriority(pid, 19);
  return 'nice 19';
}

export type BoxFleetCommand =
  | { cmd: 'start'; url: string; code: string; creds: SimCredential[] }
  | { cmd: 'collect' };

/** A press as the bench reads it: the ack latency measured inside this process (ms). */
export interface FleetPress {
  round: number;
  ackMs: number | null;
}

export type BoxFleetMessage =
  | { type: 'up' }
  | { type: 'ready' }
  | { type: 'presses'; presses: FleetPress[] }
  | { type: 'fatal'; message: string };

/** Box `i`'s simulated reaction time in round r, trial t: 230–349 ms, the same wherever the box runs. */
export const boxReactionMs = (i: number) => (r: number, t: number): number => 230 + ((i * 29 + t * 13 + r * 7) % 120);

export class BoxFleet {
  private constructor(private readonly child: ChildProcess, readonly priority: string) {}

  /** Forks the child, connects, syncs and says hello with every box; resolves when all are in. */
  static async start(rootDir: string, url: string, code: string, creds: SimCredential[]): Promise<BoxFleet> {
    const child = trackChild(fork(join(rootDir, 'scripts', 'bench', 'box-fleet-child.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    const fleet = new BoxFleet(child, child.pid === undefined ? 'normal' : lowerPriority(child.pid));
    await fleet.reply('up');
    const ready = fleet.reply('ready');
    fleet.command({ cmd: 'start', url, code, creds });
    await ready;
    return fleet;
  }

  /** Every press of every box (round, ack latency in ms or null); the boxes disconnect. */
  async collect(): Promise<FleetPress[]> {
    const got = this.reply('presses');
    this.command({ cmd: 'collect' });
    return (await got).presses;
  }

  async stop(): Promise<void> {
    await stopChild(this.child);
  }

  private command(c: BoxFleetCommand): void {
    this.child.send(c);
  }

  private reply<T extends BoxFleetMessage['type']>(type: T): Promise<Extract<BoxFleetMessage, { type: T }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`box fleet: no '${type}' within ${REPLY_TIMEOUT_MS / 1000} s`)), REPLY_TIMEOUT_MS);
      const onMessage = (m: BoxFleetMessage) => {
        if (m.type === 'fatal') done(new Error(`box fleet: ${m.message}`));
        else if (m.type === type) done(null, m as Extract<BoxFleetMessage, { type: T }>);
      };
      const onExit = () => done(new Error('box fleet: the child exited'));
      const done = (err: Error | null, m?: Extract<BoxFleetMessage, { type: T }>) => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        if (err) reject(err);
        else resolve(m!);
      };
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
    });
  }
}
