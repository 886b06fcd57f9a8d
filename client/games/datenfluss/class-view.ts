import type { DatenflussDetail, DatenflussPublicRound } from '../../../shared/games/datenfluss/wire.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import { defineTexts } from '../../../shared/text/format.ts';
import type { ClassSummary } from '../../kit/contract.ts';
import { dt, type DtKey } from './ui-texts.ts';

// Datenfluss for the projector's reveal: the class, never one apprentice. A distribution of
// the correct share, the level's key fact, and a class figure ("Halle: 27 von 30 Alarmen
// rechtzeitig") or the most common mistake, as counts without names.

const ct = defineTexts({
  de: {
    chart: 'Richtig beantwortet (Anteil je Azubi)',
    answer1: 'Ein Byte hat 256 Werte (0–255); über 0–100 °C ist ein Schritt ≈ 0,39 K, und in einer BYTE-Variablen ergibt 255 + 1 wieder 0.',
    answer2: 'Parität erkennt ein gekipptes Bit, aber nicht zwei: {n} Telegramme mit zwei Fehlern kamen durch.',
    answer3: 'Der kleinste Identifier gewinnt den CAN-Bus – die 0 ist dominant. Sicher wird eine Meldung dadurch nicht.',
    answer4: 'Halle: {ok} von {n} Alarmen rechtzeitig, {st} Stationsausfälle durch den Watchdog.',
    answer5: '„+“ ist genau eine Ebene, „#“ beliebig viele Ebenen, auch keine – und nur am Ende erlaubt.',
    mistakeTask: 'Am häufigsten daneben: {task} ({n} von {total}).',
    mistakeStations: 'Aufträge vor Messwerten – {n} von {total} ließen eine Station ausfallen. Echtzeitdaten gehen vor IT-Verkehr.',
  },
  en: {
    chart: 'Answered correctly (share per apprentice)',
    answer1: 'A byte has 256 values (0–255); over 0–100 °C one step is ≈ 0.39 K, and in a BYTE variable 255 + 1 gives 0 again.',
    answer2: 'Parity detects one flipped bit but not two: {n} frames with two errors got through.',
    answer3: 'The lowest identifier wins the CAN bus – 0 is dominant. That does not make a message safe.',
    answer4: 'Hall: {ok} of {n} alarms on time, {st} station failures by the watchdog.',
    answer5: '"+" is exactly one level, "#" any number of levels, none included – and only allowed at the end.',
    mistakeTask: 'Most often wrong: {task} ({n} of {total}).',
    mistakeStations: 'Orders before measurements – {n} of {total} let a station fail. Real-time data go before IT traffic.',
  },
});


const BINS: readonly [number, number, string][] = [[0, 49, '0–49 %'], [50, 79, '50–79 %'], [80, 99, '80–99 %'], [100, 100, '100 %']];
const TASK_KEY: Readonly<Record<string, DtKey>> = {
  set: 'taskSet', read: 'taskRead', hex: 'taskHex', temp: 'taskTemp', step: 'taskStep', overflow: 'taskOverflow',
};
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const sum = (details: readonly DatenflussDetail[], key: string) => details.reduce((n, d) => n + num(d[key]), 0);

/** Class summary of a Datenfluss round from every player's detail. */
export function datenflussClassView(details: readonly DatenflussDetail[], round: DatenflussPublicRound, lang: Lang): ClassSummary | null {
  if (details.length === 0) return null;
  const bars = BINS.map(([lo, hi, label]) => ({ label, count: details.filter((d) => num(d.correctPct) >= lo && num(d.correctPct) <= hi).length, good: lo >= 80 }));
  const level = num(round.level) || num(details[0]?.level);
  const out: ClassSummary = { chartTitle: ct(lang, 'chart'), bars };
  if (level === 1) {
    out.answer = ct(lang, 'answer1');
    const counts = new Map<string, number>();
    for (const d of details) for (const t of String(d.wrongTasks ?? '').split(',').filter((x) => TASK_KEY[x])) counts.set(t, (counts.get(t) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (top) out.commonMistake = ct(lang, 'mistakeTask', { task: dt(lang, TASK_KEY[top[0]] as DtKey), n: top[1], total: details.length });
  } else if (level === 2) {
    const frames = String(details[0]?.twoFlipFrames ?? '').split(',').filter(Boolean).length;
    out.answer = ct(lang, 'answer2', { n: frames });
  } else if (level === 4) {
    out.answer = ct(lang, 'answer4', { ok: sum(details, 'alarmsOnTime'), n: sum(details, 'alarms'), st: sum(details, 'stations') });
    const failed = details.filter((d) => num(d.stations) > 0).length;
    if (failed > 0) out.commonMistake = ct(lang, 'mistakeStations', { n: failed, total: details.length });
  } else {
    out.answer = ct(lang, level === 3 ? 'answer3' : 'answer5');
  }
  return out;
}
