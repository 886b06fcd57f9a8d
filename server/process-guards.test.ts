import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRASH_EXIT_CODE } from './process-guards.ts';

// In a child process, as in production: a rejection nobody handled is logged and the process
// goes on; an uncaught exception is logged, then the process exits with CRASH_EXIT_CODE
// (which the supervisor of `npm start` answers with a restart).

const GUARDS = join(import.meta.dirname, 'process-guards.ts');

function run(body: string) {
  const script = `import(${JSON.stringify(GUARDS)}).then((m) => { m.installProcessGuards(); ${body} });`;
  return spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', timeout: 30_000 });
}

describe('process guards', () => {
  it('logs an unhandled rejection and keeps serving', () => {
    const out = run(`Promise.reject(new Error('rejected-here')); setTimeout(() => console.log('still-alive'), 100);`);
    expect(out.status).toBe(0);
    expect(out.stderr).toContain('[error] unhandled rejection: Error: rejected-here');
    expect(out.stdout).toContain('still-alive');
  });

  it('logs an uncaught exception and exits with the crash code', () => {
    const out = run(`setTimeout(() => { throw new Error('thrown-here'); }, 10); setTimeout(() => console.log('never'), 2000);`);
    expect(out.status).toBe(CRASH_EXIT_CODE);
    expect(out.stderr).toContain('thrown-here');
    expect(out.stdout).not.toContain('never');
  });
});
