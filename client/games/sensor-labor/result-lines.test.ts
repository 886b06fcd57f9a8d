import { describe, expect, it } from 'vitest';
import type { SensorDetail } from '../../../shared/games/sensor-labor/wire.ts';
import { sensorLaborResultLines } from './result-lines.ts';

// Newcomer on a phone (level 3): the result said "Richtig: 0 %" and, a line further,
// "Gezählt richtig 3 von 6" — two figures that seem to contradict each other. Now one
// figure, % right, with how it comes about: parts counted exactly once less every miscount.

const l3 = (correctPct: number, c: { counted: number; missed: number; doubled: number; stray: number }): SensorDetail =>
  ({ answered: 1, of: 1, seconds: 12.5, level: 3, correctPct, idealSwitchPoint: 60, idealResetPoint: 40, idealOutput: 'no', switchPoint: 50, resetPoint: 50, output: 'no', parts: 6, chatter: c.doubled + c.stray, ...c });

describe('Sensor-Labor level 3 reveal lines', () => {
  it('one figure: % right with its meaning, and the miscounts that cost it', () => {
    const lines = sensorLaborResultLines(l3(0, { counted: 3, missed: 0, doubled: 3, stray: 0 }), 'de');
    expect(lines[0]).toBe('Richtig: 0 % – 0 von 6 Teilen: 3 genau einmal gezählt, 3 Fehlzählungen ziehen je eins ab');
    expect(lines[1]).toBe('Fehlzählungen: 3 doppelt gezählt, 0 nicht gezählt, 0 ohne Teil gezählt');
    expect(lines.join(' ').match(/richtig/gi)).toHaveLength(1);
  });

  it('the figure agrees with % right whatever the counts', () => {
    for (const [pct, c, net] of [
      [100, { counted: 6, missed: 0, doubled: 0, stray: 0 }, 6],
      [50, { counted: 5, missed: 1, doubled: 0, stray: 1 }, 3],
      [0, { counted: 0, missed: 6, doubled: 0, stray: 4 }, 0],
    ] as const) {
      const first = sensorLaborResultLines(l3(pct, c), 'de')[0]!;
      expect(first).toMatch(new RegExp(`^Richtig: ${pct} % – ${net} von 6 Teilen`));
      expect(Math.round((net / 6) * 100)).toBe(pct);
    }
    expect(sensorLaborResultLines(l3(50, { counted: 5, missed: 1, doubled: 0, stray: 1 }), 'en')[0]).toBe('Correct: 50 % – 3 of 6 parts: 5 counted exactly once, 2 miscounts take one off each');
  });

  it('names the output functions in plain German first', () => {
    const lines = sensorLaborResultLines(l3(100, { counted: 6, missed: 0, doubled: 0, stray: 0 }), 'de');
    expect(lines.join('\n')).toContain('Schließer');
    expect(lines.join('\n')).not.toMatch(/Hn[oc]/);
  });
});
