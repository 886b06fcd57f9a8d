import { describe, expect, it } from 'vitest';
import type { WerkstattDetail, WerkstattPublicRound, WerkstattTaskResult } from '../../../shared/games/werkstatt/wire.ts';
import { barShares } from '../../kit/contract.ts';
import { werkstattClassView } from './class-view.ts';

// Newcomer finding: "Am besten gelöst: Aufgabe 2 (50 % richtig)" and "Am schwersten:
// Aufgabe 1 (50 % richtig)" at the same time; and the projector named tasks only by number.

const round: WerkstattPublicRound = {
  level: 1, title: 'Prüfraum Basics', durationMs: 60_000,
  tasks: [
    { kind: 'choice', prompt: 'Welches Messmittel für 0,01 mm?', limitS: 20, options: ['Lineal', 'Bügelmessschraube'], multiple: false },
    { kind: 'number', prompt: 'Spaltmaß?', limitS: 20, unit: 'mm' },
  ],
};
const choice = (c: number): WerkstattTaskResult => ({ c, a: [c > 0 ? 1 : 0], s: [1], x: '' });
const value = (c: number): WerkstattTaskResult => ({ c, a: c > 0 ? 0.05 : 1, s: [0.05, 0.01], x: '' });
const detail = (...tasks: WerkstattTaskResult[]): WerkstattDetail => ({ level: 1, correctPct: 0, answered: tasks.length, of: tasks.length, tasks });

describe('werkstattClassView', () => {
  it('with a tie names no best and hardest that contradict (German and English)', () => {
    const details = [detail(choice(1), value(0)), detail(choice(0), value(1))];
    for (const lang of ['de', 'en'] as const) {
      const v = werkstattClassView(details, round, lang)!;
      const text = `${v.answer ?? ''} ${v.commonMistake ?? ''}`;
      expect(text).not.toMatch(/Am besten|Solved best/);
      expect(text).not.toMatch(/Am schwersten|Hardest/);
      expect(v.answer).toContain('50\u00a0%');
    }
    expect(werkstattClassView(details, round, 'de')!.answer).toBe('Alle Aufgaben gleich gut gelöst: 50\u00a0% richtig.');
    expect(werkstattClassView(details, round, 'en')!.answer).toBe('Every task solved equally well: 50\u00a0% right.');
  });

  it('names best and hardest when they differ', () => {
    const details = [detail(choice(1), value(0)), detail(choice(1), value(1))];
    const v = werkstattClassView(details, round, 'de')!;
    expect(v.answer).toBe('Am besten gelöst: Aufgabe 1 (100\u00a0% richtig).');
    expect(v.commonMistake).toContain('Aufgabe 2 (50\u00a0% richtig)');
  });

  it('names every task that shares the lowest share, not just one of them', () => {
    const three: WerkstattPublicRound = { ...round, tasks: [...round.tasks, { kind: 'number', prompt: 'Drehmoment?', limitS: 20, unit: 'Nm' }] };
    const details = [detail(choice(1), value(0), value(1)), detail(choice(0), value(1), value(1))];
    const v = werkstattClassView(details, three, 'de')!;
    expect(v.answer).toBe('Am besten gelöst: Aufgabe 3 (100\u00a0% richtig).');
    expect(v.commonMistake).toBe('Am schwersten: Aufgaben 1, 2 (50\u00a0% richtig) – die Erklärung lohnt sich.');
    expect(werkstattClassView(details, three, 'en')!.commonMistake).toBe('Hardest: Tasks 1, 2 (50\u00a0% right) – the explanation is worth it.');
  });

  it('shows every task\'s prompt and correct answer on the projector', () => {
    const details = [detail(choice(1), value(0))];
    const de = werkstattClassView(details, round, 'de')!;
    expect(de.solutions).toEqual([
      { label: 'Aufgabe 1: Welches Messmittel für 0,01 mm?', solution: 'Lösung: Bügelmessschraube' },
      { label: 'Aufgabe 2: Spaltmaß?', solution: 'Lösung: 0,05 ± 0,01 mm' },
    ]);
    expect(werkstattClassView(details, round, 'en')!.solutions?.[1]).toEqual({ label: 'Task 2: Spaltmaß?', solution: 'Solution: 0.05 ± 0.01 mm' });
  });

  // Newcomer: the projector drew a full bar when 1 of 2 players answered a task right.
  it('draws each task\'s bar as its share of the players who played, not of the longest bar', () => {
    const details = [detail(choice(1), value(0)), detail(choice(0), value(0)), {} as WerkstattDetail];
    const v = werkstattClassView(details, round, 'de')!;
    expect(v.of).toBe(2);
    expect(v.bars.map((b) => b.count)).toEqual([1, 0]);
    expect(barShares(v, 3)).toEqual([0.5, 0]);
    expect(v.answer).toBe('Am besten gelöst: Aufgabe 1 (50\u00a0% richtig).');
  });
});

