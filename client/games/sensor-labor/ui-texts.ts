import { mistakeSentence } from '../../../shared/games/sensor-labor/texts.ts';
import type { SensorDetail } from '../../../shared/games/sensor-labor/wire.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import { defineTexts, formatNumber } from '../../../shared/text/format.ts';

// The Sensor-Labor screen's own words (title, how-to, debrief, part and sensor names and
// the reasons are shared: shared/games/sensor-labor/). Kept here so the game touches only
// its own folders.

export const st = defineTexts({
  de: {
    partOf: 'Teil {n} von {total}',
    pickHint: 'Welche Sensoren erkennen dieses Teil sicher? Wähle alle passenden.',
    sensorsLabel: 'Sensoren',
    answer: 'Antworten',
    nextPart: 'Nächstes Teil',
    waitResult: 'Alles beantwortet – gleich kommt die Auswertung.',
    sent: 'Gesendet …',
    credit: 'Richtig: {pct} %',
    slot: 'Sensor {n}',
    none: '– keiner –',
    mount: 'Montage {n}',
    runBelt: 'Band starten',
    belt: 'Band mit {n} Teilen',
    hit: 'erkannt',
    miss: 'verpasst',
    false: 'Fehlauslösung',
    pass: 'läuft durch',
    sortSummary: 'Treffer {hits}, verpasst {misses}, Fehlauslösungen {falseTriggers}',
    signalLabel: 'Analoges Sensorsignal mit Schaltschwelle',
    threshold: 'Schaltpunkt SP: {v} %',
    hysteresis: 'Rückschaltpunkt rP: {v} %',
    onOff: 'Ein über {on} %, aus unter {off} %',
    apply: 'Einstellung übernehmen',
    countResult: 'Gezählt richtig {counted} von {parts}, verpasst {missed}, Flattern {chatter}',
    yourOutput: 'Dein Schaltausgang',
    idealOutput: 'Ideal',
    resultCorrect: 'Richtig: {pct} %',
    resultTime: 'Zeit: {s} s',
    resultAnswered: 'Beantwortet: {n} von {total}',
    resultMistakes: 'Deine Fehler:',
    resultMore: '… und {n} weitere.',
    resultSettings: 'Deine Einstellung: SP = {t} %, rP = {h} % · ideal etwa SP = {it} %, rP = {ih} %',
  },
  en: {
    partOf: 'Part {n} of {total}',
    pickHint: 'Which sensors reliably detect this part? Pick all that fit.',
    sensorsLabel: 'Sensors',
    answer: 'Answer',
    nextPart: 'Next part',
    waitResult: 'All answered – the results come shortly.',
    sent: 'Sent …',
    credit: 'Correct: {pct} %',
    slot: 'Sensor {n}',
    none: '– none –',
    mount: 'Mounting {n}',
    runBelt: 'Run the belt',
    belt: 'Belt with {n} parts',
    hit: 'detected',
    miss: 'missed',
    false: 'false trigger',
    pass: 'passes',
    sortSummary: 'Hits {hits}, missed {misses}, false triggers {falseTriggers}',
    signalLabel: 'Analog sensor signal with switching threshold',
    threshold: 'Switch point SP: {v} %',
    hysteresis: 'Reset point rP: {v} %',
    onOff: 'On above {on} %, off below {off} %',
    apply: 'Apply setting',
    countResult: 'Counted right {counted} of {parts}, missed {missed}, chatter {chatter}',
    yourOutput: 'Your switching output',
    idealOutput: 'Ideal',
    resultCorrect: 'Correct: {pct} %',
    resultTime: 'Time: {s} s',
    resultAnswered: 'Answered: {n} of {total}',
    resultMistakes: 'Your mistakes:',
    resultMore: '… and {n} more.',
    resultSettings: 'Your setting: SP = {t} %, rP = {h} % · ideal about SP = {it} %, rP = {ih} %',
  },
});

export type SlTextKey = Parameters<typeof st>[1];

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Reveal lines from the round detail: correctness, time, and per level the mistakes or counts. */
export function sensorLaborResultLines(detail: SensorDetail, lang: Lang): string[] {
  const lines: string[] = [];
  const pct = num(detail.correctPct);
  if (pct !== null) lines.push(st(lang, 'resultCorrect', { pct }));
  const answered = num(detail.answered);
  const of = num(detail.of);
  if (answered !== null && of !== null && of > 1) lines.push(st(lang, 'resultAnswered', { n: answered, total: of }));
  const seconds = num(detail.seconds);
  if (seconds !== null) lines.push(st(lang, 'resultTime', { s: formatNumber(seconds, lang) }));
  if (detail.level === 2 && num(detail.hits) !== null) {
    lines.push(st(lang, 'sortSummary', { hits: num(detail.hits) ?? 0, misses: num(detail.misses) ?? 0, falseTriggers: num(detail.falseTriggers) ?? 0 }));
  }
  const parts = detail.level === 3 ? num(detail.parts) : null;
  if (detail.level === 3 && parts !== null) {
    lines.push(st(lang, 'countResult', { counted: num(detail.counted) ?? 0, parts, missed: num(detail.missed) ?? 0, chatter: num(detail.chatter) ?? 0 }));
    const fmt = (v: unknown) => {
      const n = num(v);
      return n === null ? '–' : formatNumber(n, lang); // 39,5 in German
    };
    lines.push(st(lang, 'resultSettings', {
      t: fmt(detail.switchPoint), h: fmt(detail.resetPoint), it: fmt(detail.idealSwitchPoint), ih: fmt(detail.idealResetPoint),
    }));
  }
  const keys = detail.level === 1 && Array.isArray(detail.mistakes) ? detail.mistakes : [];
  const sentences = keys.map((k) => mistakeSentence(k, lang)).filter(Boolean);
  if (detail.level === 1 && sentences.length > 0) {
    lines.push(st(lang, 'resultMistakes'), ...sentences);
    const total = num(detail.mistakeCount);
    if (total !== null && total > sentences.length) lines.push(st(lang, 'resultMore', { n: total - sentences.length }));
  }
  return lines;
}
