import type { Reporter, TestModule } from 'vitest/node';

// Prints the slowest test files at the end of every run (npm test, test:unit, test:integration,
// test:e2e), so a file that starts waiting on real game time or a new database shows up at once
// instead of years later as "the suite got slow".

const SHOWN = 10;

/** File time: set-up, import and every test and hook of the file (what a worker spends on it). */
function fileMs(m: TestModule): number {
  const d = m.diagnostic();
  return d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.setupDuration + d.duration;
}

export default class SlowestFiles implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows = modules.map((m) => ({ ms: fileMs(m), name: `${m.project.name ? `[${m.project.name}] ` : ''}${m.relativeModuleId}` })).toSorted((a, b) => b.ms - a.ms).slice(0, SHOWN);
    if (rows.length === 0) return;
    const lines = rows.map((r) => `${(r.ms / 1000).toFixed(1).padStart(7)} s  ${r.name}`);
    process.stdout.write(`\nSlowest ${rows.length} test files:\n${lines.join('\n')}\n`);
  }
}
