import { describe, expect, it } from 'vitest';
import { SAMPLE_SET } from '../../shared/games/werkstatt/sample.ts';
import { runImport } from './import-runner.ts';
import { exportSetFile } from './set-archive.ts';
import { xlsxTemplate } from './sheet-template.ts';

describe('runImport (the reader in a worker thread)', () => {
  // Three worker threads each load the readers: CPU-bound start-up, slow only on a loaded machine.
  it('reads a set file, an XLSX and a CSV in workers and returns the set or the problems', { timeout: 30_000 }, async () => {
    const [set, xlsx, csv] = await Promise.all([
      runImport({ kind: 'set', bytes: exportSetFile(SAMPLE_SET) }),
      runImport({ kind: 'sheet', bytes: xlsxTemplate(), title: 'Vorlage' }),
      runImport({ kind: 'sheet', bytes: new TextEncoder().encode('Art;Frage;Wert\nZahl;Wert?;=1+1\n'), title: 'CSV' }),
    ]);
    expect(set).toEqual({ ok: true, value: SAMPLE_SET, photos: [] });
    expect(xlsx !== 'busy' && xlsx.ok && xlsx.value.tasks.map((t) => t.kind)).toEqual(['choice', 'number', 'order']);
    expect(csv).toEqual({ ok: false, problems: [{ row: 2, column: 'Wert', key: 'formula' }] });
  });
});
