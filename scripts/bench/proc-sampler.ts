import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

// Samples CPU and memory of other processes from /proc (Linux only), so the figures cover
// exactly the server child and the bot children, not this orchestrator.

/** One 500 ms sample of one process. cpuPct is % of one core over the last interval. */
export interface ProcSample {
  atMs: number;
  cpuPct: number;
  rssMb: number;
  /** What the run was doing at that moment (lobby, join, play, …), for per-phase means. */
  tag: string;
}

export const SAMPLE_INTERVAL_MS = 500;

function clockTicksPerSecond(): number {
  try {
    const n = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isFinite(n) && n > 0 ? n : 100;
  } catch {
    return 100;
  }
}

const CLK_TCK = clockTicksPerSecond();

/** utime + stime of a process in clock ticks; null when it is gone. */
function cpuTicks(pid: number): number | null {
  if (pid === MACHINE) return machineTicks();
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces: count fields after its closing ")".
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // rest[0] is field 3 (state); utime is field 14, stime field 15.
    return Number(rest[11]) + Number(rest[12]);
  } catch {
    return null;
  }
}

/** Busy ticks of all cores together (from /proc/stat); 'machine' in the sampler. */
function machineTicks(): number | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] as string;
    // cpu user nice system idle iowait irq softirq steal …: busy = all but idle and iowait.
    const v = line.trim().split(/\s+/).slice(1, 9).map(Number);
    return v.reduce((a, b) => a + b, 0) - (v[3] ?? 0) - (v[4] ?? 0);
  } catch {
    return null;
  }
}

/** The pseudo-pid under which the sampler records the whole machine's CPU (all cores). */
export const MACHINE = -1;

/** Resident set size in MB (VmRSS); null when the process is gone. */
export function rssMb(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * RSS in MB of a process and every process below it (the server's photo child, for one), or
 * null when the process is gone. Children come from /proc/<pid>/task/<tid>/children: cheap
 * enough to read every 20 ms, unlike a scan of all of /proc.
 */
export function rssTreeMb(pid: number): number | null {
  const own = rssMb(pid);
  if (own === null) return null;
  let sum = own;
  for (const child of childPids(pid)) sum += rssTreeMb(child) ?? 0;
  return sum;
}

function childPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

/** Samples a set of named processes every SAMPLE_INTERVAL_MS until stopped. */
export class ProcSampler {
  readonly samples = new Map<string, ProcSample[]>();
  private readonly last = new Map<string, { ticks: number; atMs: number }>();
  private timer: NodeJS.Timeout | null = null;
  private tag = 'idle';

  constructor(private readonly pids: Map<string, number>) {
    for (const name of pids.keys()) this.samples.set(name, []);
  }

  /** Labels the following samples (e.g. with the current game phase). */
  setTag(tag: string): void {
    this.tag = tag;
  }

  start(): void {
    this.takeBaseline();
    this.timer = setInterval(() => this.sample(), SAMPLE_INTERVAL_MS);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private takeBaseline(): void {
    const atMs = performance.now();
    for (const [name, pid] of this.pids) {
      const ticks = cpuTicks(pid);
      if (ticks !== null) this.last.set(name, { ticks, atMs });
    }
  }

  private sample(): void {
    const atMs = performance.now();
    for (const [name, pid] of this.pids) {
      const ticks = cpuTicks(pid);
      const prev = this.last.get(name);
      if (ticks === null) continue;
      this.last.set(name, { ticks, atMs });
      if (!prev || atMs <= prev.atMs) continue;
      const cpuPct = ((ticks - prev.ticks) / CLK_TCK / ((atMs - prev.atMs) / 1000)) * 100;
      this.samples.get(name)?.push({ atMs, cpuPct, rssMb: pid === MACHINE ? 0 : (rssMb(pid) ?? 0), tag: this.tag });
    }
  }
}
