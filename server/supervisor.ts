import { spawn, type ChildProcess } from 'node:child_process';
import { CRASH_EXIT_CODE } from './process-guards.ts';

// `npm start` runs the server as a child and starts it again after a crash, so a bug that
// stops the process (security review N1) costs the class a few seconds, not the session:
// finished rounds are in the database and the data-dir lock of a dead process is taken over;
// open hosted sessions come back with their seats (server/rooms/session-restore.ts). Only a
// round in play is lost (it was never stored). A server that keeps crashing is given up on, loudly.

/** Crashes within CRASH_WINDOW_MS after which the supervisor gives up. */
export const MAX_CRASHES = 5;
export const CRASH_WINDOW_MS = 60_000;
/** Wait before a restart, doubled per recent crash (1 s, 2 s, 4 s …). */
export const RESTART_DELAY_MS = 1000;

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Whether an exit of the server is a crash to recover from: the uncaught-exception exit
 * (CRASH_EXIT_CODE) or death by a signal nobody here sent (SIGKILL from the OOM killer,
 * SIGSEGV …). A clean stop (0), a configuration error (2), a locked data dir (3) or a failed
 * start (1) would only fail again: those end the supervisor too.
 */
export function isCrash(exit: ChildExit, stopping: boolean): boolean {
  if (stopping) return false;
  return exit.code === CRASH_EXIT_CODE || (exit.code === null && exit.signal !== null);
}

/** The delay before the next start in ms, or null to give up; `crashes` are past crash times (ms). */
export function restartDelay(crashes: readonly number[], now: number): number | null {
  const recent = crashes.filter((t) => now - t < CRASH_WINDOW_MS).length;
  if (recent >= MAX_CRASHES) return null;
  return RESTART_DELAY_MS * 2 ** Math.max(0, recent - 1);
}

export interface SupervisorOptions {
  /** What to run, e.g. [process.execPath, '--import', 'tsx', 'server/main.ts']. */
  command: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Where to say what happens (default console.log). */
  say?: (line: string) => void;
  /** The child's output: shown in this terminal (default) or dropped (tests). */
  stdio?: 'inherit' | 'ignore';
  /** Called with each new child (tests kill it to simulate a crash). */
  onStart?: (child: ChildProcess) => void;
}

export interface Supervisor {
  /** Resolves with the exit code the supervisor ends with. */
  done: Promise<number>;
  /** Stops the current child (SIGTERM) and ends without a restart. */
  stop(signal?: NodeJS.Signals): void;
}

/** Runs the server as a child with stdio inherited; restarts it after a crash (see isCrash). */
export function supervise(opts: SupervisorOptions): Supervisor {
  const say = opts.say ?? ((line: string) => console.log(line));
  const crashes: number[] = [];
  let child: ChildProcess | null = null;
  let stopping = false;
  let finish!: (code: number) => void;
  const done = new Promise<number>((resolve) => {
    finish = resolve;
  });

  const start = () => {
    const [cmd, ...args] = opts.command;
    child = spawn(cmd!, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: opts.stdio ?? 'inherit' });
    opts.onStart?.(child);
    child.once('exit', (code, signal) => {
      child = null;
      if (!isCrash({ code, signal }, stopping)) return finish(code ?? (stopping ? 0 : 1));
      const now = Date.now();
      const delay = restartDelay(crashes, now);
      crashes.push(now);
      if (delay === null) {
        say(`The server stopped ${MAX_CRASHES} times within a minute; giving up. Please send the lines above to whoever looks after this installation.`);
        return finish(1);
      }
      say(`The server stopped unexpectedly (${signal ?? `exit code ${code}`}); starting it again in ${Math.round(delay / 1000)} s. Finished rounds and open sessions with their seats are kept; a round being played is not counted and can be played again.`);
      setTimeout(() => (stopping ? finish(0) : start()), delay);
    });
  };
  start();
  return {
    done,
    stop(signal: NodeJS.Signals = 'SIGTERM') {
      stopping = true;
      if (child) child.kill(signal);
      else finish(0);
    },
  };
}
