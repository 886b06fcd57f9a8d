import { SENSOR_NAMES, mistakeSentence } from '../../../shared/games/sensor-labor/texts.ts';
import { SENSORS } from '../../../shared/games/sensor-labor/materials.ts';
import type { SensorDetail, SensorPublicRound } from '../../../shared/games/sensor-labor/wire.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import type { ClassBar, ClassSummary } from '../../kit/contract.ts';

// Sensor-Labor for the projector. Level 1: how many apprentices got each sensor wrong
// somewhere (picked where it fails, or left out where it works) and the most common wrong
// pairing as one sentence with its reason. Levels 2 and 3: how correct the class was, and
// for the hysteresis level the ideal setting. Never names.

const TEXTS = {
  de: {
    bySensor: 'Falsch eingesetzt: Azubis je Sensor',
    correct: 'Richtig gelöst (Anteil je Azubi)',
    ideal: 'Ideal war etwa Schaltpunkt SP = {t} % und Rückschaltpunkt rP = {h} %: So zählt der Ausgang jedes Teil genau einmal, trotz Rauschen.',
    allRight: 'Alle Sensoren richtig gewählt.',
  },
  en: {
    bySensor: 'Used wrongly: apprentices per sensor',
    correct: 'Solved correctly (share per apprentice)',
    ideal: 'Ideal was about switch point SP = {t} % and reset point rP = {h} %: the output then counts every part exactly once despite the noise.',
    allRight: 'Every sensor chosen correctly.',
  },
} as const;

/** Correctness buckets in percent (lower bounds). */
const BUCKETS_PCT = [0, 50, 80, 100];

const keysOf = (d: SensorDetail): readonly string[] => (d.level === 1 && Array.isArray(d.mistakes) ? d.mistakes : []);

function correctBars(details: readonly SensorDetail[]): ClassBar[] {
  return BUCKETS_PCT.map((lo, i) => {
    const hi = BUCKETS_PCT[i + 1] ?? Infinity;
    const label = hi === Infinity ? `${lo} %` : `${lo}–${hi - 1} %`;
    return { label, count: details.filter((d) => d.correctPct >= lo && d.correctPct < hi).length, good: lo === 100 };
  });
}

/** Class summary of a Sensor-Labor round from every player's detail. */
export function sensorLaborClassView(details: readonly SensorDetail[], round: SensorPublicRound, lang: Lang): ClassSummary {
  const t = TEXTS[lang];
  if (round.level === 1) {
    const perSensor = new Map<string, number>();
    const perKey = new Map<string, number>();
    for (const d of details) {
      const keys = keysOf(d);
      for (const sensor of new Set(keys.map((k) => k.split(':')[1]))) if (sensor) perSensor.set(sensor, (perSensor.get(sensor) ?? 0) + 1);
      for (const k of new Set(keys)) perKey.set(k, (perKey.get(k) ?? 0) + 1);
    }
    const top = [...perKey.entries()].toSorted((a, b) => b[1] - a[1])[0];
    const sentence = top ? mistakeSentence(top[0], lang) : '';
    return {
      chartTitle: t.bySensor,
      bars: SENSORS.map((s) => ({ label: SENSOR_NAMES[lang][s], count: perSensor.get(s) ?? 0 })),
      ...(sentence ? { commonMistake: `${sentence} (${top?.[1]}×)` } : { answer: t.allRight }),
    };
  }
  const withIdeal = details.find((d) => d.level === 3);
  const fmt = (v: number) => v.toLocaleString(lang);
  return {
    chartTitle: t.correct,
    bars: correctBars(details),
    ...(withIdeal?.level === 3 ? { answer: t.ideal.replace('{t}', fmt(withIdeal.idealSwitchPoint)).replace('{h}', fmt(withIdeal.idealResetPoint)) } : {}),
  };
}
