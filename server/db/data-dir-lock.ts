import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

// PGlite does not lock its data directory, and two writers corrupt it: take a lock file.
// A PID alone does not name a process for long: after a reboot, or in a container where
// the server is always PID 1, the PID in a stale lock may belong to another process. So
// the lock records the process's start time and the boot it ran in (Linux /proc), and
// only a live process with the same PID, start time and boot holds the lock.

export class DataDirLockedError extends Error {}

/** Who holds a lock: PID, start time in clock ticks since boot (/proc/PID/stat field 22), boot id. */
interface LockOwner {
  pid: number;
  start: string | null;
  boot: string | null;
}

/** Linux clock ticks per second for /proc times (USER_HZ, 100 on every mainstream architecture). */
const USER_HZ = 100;

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Start time of a process in clock ticks since boot; null where /proc is missing (macOS, Windows). */
function processStart(pid: number): string | null {
  const stat = readText(`/proc/${pid}/stat`);
  // Field 2 (the command) may contain spaces and parentheses: count fields after its last ")".
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields?.[19] ?? null;
}

function bootId(): string | null {
  return readText('/proc/sys/kernel/random/boot_id')?.trim() || null;
}

/** Epoch ms at which a process started, from /proc; null where unknown. */
function processStartMs(pid: number): number | null {
  const ticks = Number(processStart(pid));
  const btime = /^btime (\d+)$/m.exec(readText('/proc/stat') ?? '')?.[1];
  return Number.isFinite(ticks) && btime ? (Number(btime) + ticks / USER_HZ) * 1000 : null;
}

/** Reads a lock file: JSON {pid, start, boot}, or a bare PID written by older versions. */
function parseOwner(text: string): LockOwner | null {
  try {
    const v = JSON.parse(text) as Partial<LockOwner> | number;
    if (typeof v === 'number') return Number.isInteger(v) && v > 0 ? { pid: v, start: null, boot: null } : null;
    if (typeof v?.pid !== 'number' || !Number.isInteger(v.pid) || v.pid <= 0) return null;
    return { pid: v.pid, start: typeof v.start === 'string' ? v.start : null, boot: typeof v.boot === 'string' ? v.boot : null };
  } catch {
    return null;
  }
}

/** True when the lock's owner is still running: same PID, same boot, same start time. */
function ownerRunning(owner: LockOwner, lockWrittenMs: number): boolean {
  if (owner.pid === process.pid || !alive(owner.pid)) return false;
  const boot = bootId();
  if (owner.boot && boot && owner.boot !== boot) return false; // written before a reboot
  const start = processStart(owner.pid);
  if (owner.start && start) return owner.start === start; // the PID now names another process
  // An old bare-PID lock: a process that started after the lock was written did not write it.
  const startedMs = processStartMs(owner.pid);
  return startedMs === null || startedMs <= lockWrittenMs + 2000;
}

/** The lock text of this process. */
export function ownLockText(): string {
  return JSON.stringify({ pid: process.pid, start: processStart(process.pid), boot: bootId() } satisfies LockOwner);
}

/**
 * Takes dataDir/.lock for this process; a stale lock (its process ended, or its PID now
 * names another process) is taken over. Throws DataDirLockedError while another live
 * server holds it. Returns release().
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, '.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, ownLockText());
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = parseOwner(readText(path)?.trim() ?? '');
      const writtenMs = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;
      if (owner && ownerRunning(owner, writtenMs)) {
        throw new DataDirLockedError(`The data directory ${dataDir} is in use by another Azubi Arcade process (pid ${owner.pid}). Stop it first, or set DATA_DIR to another folder.`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock the data directory ${dataDir}.`);
}
