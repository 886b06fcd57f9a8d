import { describe, expect, it } from 'vitest';
import { createRound, score } from '../../../shared/games/datenfluss/rules.ts';
import { playRight, playRound } from '../../../shared/games/datenfluss/play.test-util.ts';
import { datenflussClassView } from './class-view.ts';
import { datenflussResultLines } from './result-lines.ts';

// The projector's class view adds the players' details up and never names anyone; the
// phone's result lines read the truth the round revealed.

/** A level-1 detail with this correct share and these wrong tasks. */
const level1 = (correctPct: number, wrongTasks: string) => ({ level: 1, correctPct, answered: 10, of: 10, wrongTasks });

describe('Datenfluss class view and result lines', () => {
  it('level 4: the hall figure sums the alarms of every player', () => {
    const round = createRound(12, 4);
    const details = [playRight(round), playRound(round, () => null), playRight(round)].map((p) => ({ ...score(round, p).detail }));
    const view = datenflussClassView(details, { level: 4, durationMs: round.durationMs, items: round.items.length, schedule: [] }, 'de')!;
    const ok = details.reduce((n, d) => n + Number(d.alarmsOnTime), 0);
    const all = details.reduce((n, d) => n + Number(d.alarms), 0);
    const st = details.reduce((n, d) => n + Number(d.stations), 0);
    expect(view.answer).toBe(`Halle: ${ok} von ${all} Alarmen rechtzeitig, ${st} Stationsausfälle durch den Watchdog.`);
    expect(view.bars.reduce((n, b) => n + b.count, 0)).toBe(3);
    expect(view.bars.find((b) => b.label === '100 %')?.count).toBe(2);
    expect(JSON.stringify(view)).not.toMatch(/Spieler|player/i);
  });

  it('level 1: the most common wrong task, as a count', () => {
    const details = [level1(50, 'overflow,hex'), level1(70, 'overflow'), level1(100, '')];
    const view = datenflussClassView(details, { level: 1, durationMs: 0, items: 10, schedule: [] }, 'en')!;
    expect(view.commonMistake).toBe('Most often wrong: overflow (2 of 3).');
    expect(datenflussClassView([], { level: 1, durationMs: 0, items: 10, schedule: [] }, 'de')).toBeNull();
  });

  it('result lines tell the two-flip frames of level 2 and the penalties of level 4', () => {
    const r2 = createRound(3, 2);
    const d2 = score(r2, playRight(r2)).detail;
    const lines2 = datenflussResultLines(d2, 'de');
    expect(lines2[0]).toBe('Richtig: 100 %');
    expect(lines2.join(' ')).toContain(String(d2.twoFlipAccepted));
    const r4 = createRound(3, 4);
    const d4 = score(r4, playRight(r4)).detail;
    expect(datenflussResultLines(d4, 'en')).toContain(`Alarms on time: ${d4.alarmsOnTime} of ${d4.alarms}`);
  });
});
