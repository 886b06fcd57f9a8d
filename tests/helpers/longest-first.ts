import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The browser tests run two files at a time; the run ends when the busier worker ends. Started
// longest first, the short files fill the gaps at the end (the tail is one short file). vitest
// sorts by the previous run's durations, which a clean clone (CI) does not have: it then falls
// back to file size, and a 46-line file playing a whole Datenfluss round (~100 s) started
// last. So: the previous run's time where vitest has it, else the time measured on CI below.

/**
 * Seconds per e2e file on the 2-core CI machine, two files at a time: issue 17's CI run
 * (2026-12-06), scaled by the before/after ratio measured on the shared machine for the files
 * made faster since (quick rounds, scene-look with Datenfluss's levels). Only the order
 * matters: a file not listed here counts as shorter than every listed one. Update when a file
 * grows.
 */
export const E2E_SECONDS: Readonly<Record<string, number>> = {
  'tests/e2e/scene-look.e2e.ts': 135,
  'tests/e2e/projector-views.e2e.ts': 130,
  'tests/e2e/phone-look.e2e.ts': 130,
  'tests/e2e/sensor-labor.e2e.ts': 105,
  'tests/e2e/datenfluss-touch.e2e.ts': 102,
  'tests/e2e/datenfluss-keyboard.e2e.ts': 93,
  'tests/e2e/accounts-board.e2e.ts': 78,
  'tests/e2e/game-show.e2e.ts': 76,
};

/** Milliseconds a file is expected to take: the last run's, else E2E_SECONDS, else none. */
function expectedMs(ctx: BaseSequencer['ctx'], spec: TestSpecification): number | undefined {
  const last = ctx.cache.getTestSpecificationResult(spec);
  if (last && !last.failed) return last.duration;
  const relative = spec.moduleId.slice(ctx.config.root.length + 1).replaceAll('\\', '/');
  const seconds = E2E_SECONDS[relative];
  return seconds === undefined ? undefined : seconds * 1000;
}

/**
 * vitest's order (projects one after the other, failed files first, then longer or larger
 * first), with files of known length moved ahead of the unknown ones, longest first, inside
 * each project.
 */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const rank = new Map(base.map((spec, i) => [spec, i]));
    return base.toSorted((a, b) => {
      if (a.project.name !== b.project.name) return (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
      const ma = expectedMs(this.ctx, a);
      const mb = expectedMs(this.ctx, b);
      if (ma !== undefined && mb !== undefined && ma !== mb) return mb - ma;
      if (ma !== undefined && mb === undefined) return -1;
      if (mb !== undefined && ma === undefined) return 1;
      return (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
    });
  }
}
