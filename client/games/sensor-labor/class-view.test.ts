import { describe, expect, it } from 'vitest';
import type { SensorDetail } from '../../../shared/games/sensor-labor/wire.ts';
import { sensorLaborClassView } from './class-view.ts';

// Walkthrough 2026-12-06 M6: levels 2 and 3 on the projector said "Niemand hat einen Fehler
// gemacht" even at 33 % right. They now name the kind of mistake most apprentices made.

const base = { answered: 1, of: 1, seconds: 5 };
const l3 = (correctPct: number, c: { counted: number; missed: number; doubled: number; stray: number }): SensorDetail =>
  ({ ...base, level: 3, correctPct, idealSwitchPoint: 60, idealResetPoint: 40, switchPoint: 50, resetPoint: 50, parts: 6, chatter: c.doubled + c.stray, ...c });
const l2 = (correctPct: number, misses: number, falseTriggers: number): SensorDetail =>
  ({ ...base, level: 2, correctPct, hits: 3, misses, falseTriggers, outcomes: [] });

describe('Sensor-Labor class view, levels 2 and 3', () => {
  it('level 3: the defaults (2 of 6 counted, 4 chattering) give "counted more than once", with the count', () => {
    const view = sensorLaborClassView([l3(0, { counted: 2, missed: 0, doubled: 4, stray: 0 }), l3(100, { counted: 6, missed: 0, doubled: 0, stray: 0 })], { level: 3 } as never, 'de');
    expect(view.commonMistake).toBe('Teile mehrfach gezählt – bei 1 von 2: Die Hysterese (SP − rP) war schmaler als das Rauschband, der Ausgang flatterte.');
  });

  it('level 3: stray switchings and missed parts are named when they are the most common', () => {
    const stray = l3(50, { counted: 6, missed: 0, doubled: 0, stray: 3 });
    const missed = l3(0, { counted: 2, missed: 4, doubled: 0, stray: 0 });
    expect(sensorLaborClassView([stray, stray, missed], { level: 3 } as never, 'en').commonMistake).toMatch(/^Switchings without a part – 2 of 3/);
    expect(sensorLaborClassView([missed, missed, stray], { level: 3 } as never, 'en').commonMistake).toMatch(/^Parts not counted – 2 of 3/);
  });

  it('level 3: the wrong output function (NO on a falling signal) is named as such, not as missed parts and spikes', () => {
    const wrong = { ...l3(0, { counted: 0, missed: 6, doubled: 0, stray: 7 }), output: 'no', idealOutput: 'nc' } as SensorDetail;
    const spikes = { ...l3(50, { counted: 6, missed: 0, doubled: 0, stray: 2 }), output: 'nc', idealOutput: 'nc' } as SensorDetail;
    const view = sensorLaborClassView([wrong, wrong, spikes], { level: 3 } as never, 'de');
    expect(view.commonMistake).toBe('Ausgangsfunktion vertauscht – bei 2 von 3: Schließer (NO) bei einem Signal, das mit dem Teil fällt, oder Öffner (NC) bei einem, das steigt. Der Ausgang meldete „Teil da“, wenn keins da war.');
    expect(view.answer).toMatch(/Öffner \(NC\)/);
    expect(sensorLaborClassView([spikes, spikes, wrong], { level: 3 } as never, 'en').commonMistake).toMatch(/^Switchings without a part – 2 of 3/);
  });

  it('level 2: missed targets or false triggers; nobody answering is a mistake too', () => {
    expect(sensorLaborClassView([l2(40, 2, 0), l2(40, 1, 1), l2(80, 0, 1), l2(70, 0, 2)], { level: 2 } as never, 'de').commonMistake).toMatch(/^Fehlauslösungen – bei 3 von 4/);
    const idle = { ...base, answered: 0, level: 2, correctPct: 0 } as SensorDetail;
    expect(sensorLaborClassView([idle, idle], { level: 2 } as never, 'en').commonMistake).toBe('No setting applied – 2 of 2.');
  });

  it('no mistake line when everybody was right (and never a claim that nobody erred while someone did)', () => {
    expect(sensorLaborClassView([l3(100, { counted: 6, missed: 0, doubled: 0, stray: 0 })], { level: 3 } as never, 'de').commonMistake).toBeUndefined();
    for (const lang of ['de', 'en'] as const) {
      const view = sensorLaborClassView([l2(33, 4, 0)], { level: 2 } as never, lang);
      expect(view.commonMistake).toBeTruthy();
      expect(view.commonMistake).not.toMatch(/Niemand|Nobody/);
    }
  });
});
