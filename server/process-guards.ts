import { logError } from './log.ts';

// A third-party bug must cost one request, not every company's live rounds (security review
// N1): a promise nobody handled is logged and the process goes on. An exception nobody caught
// leaves the process in an unknown state: it is logged and the process exits with
// CRASH_EXIT_CODE, which `npm start` (scripts/start.ts) answers by starting it again.

/** Exit code of a process that stopped on an uncaught exception (EX_SOFTWARE of sysexits.h). */
export const CRASH_EXIT_CODE = 70;

/**
 * Installs the process-wide handlers once: `unhandledRejection` logs (no exit),
 * `uncaughtException` logs, then calls `exit(CRASH_EXIT_CODE)`.
 */
export function installProcessGuards(exit: (code: number) => void = (code) => process.exit(code)): void {
  process.on('unhandledRejection', (reason) => logError('unhandled rejection', reason));
  process.on('uncaughtException', (err) => {
    logError('uncaught exception, the server stops', err);
    exit(CRASH_EXIT_CODE);
  });
}
