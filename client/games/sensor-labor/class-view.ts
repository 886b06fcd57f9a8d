import { SENSOR_NAMES, mistakeSentence } from '../../../shared/games/sensor-labor/texts.ts';
import { SENSORS } from '../../../shared/games/sensor-labor/materials.ts';
import type { SensorDetail, SensorPublicRound } from '../../../shared/games/sensor-labor/wire.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import type { ClassBar, ClassSummary } from '../../kit/contract.ts';

// Sensor-Labor for the projector. Level 1: how many apprentices got each sensor wrong
// somewhere (picked where it fails, or left out where it works) and the most common wrong
// pairing as one sentence with its reason. Levels 2 and 3: how correct the class was, the
// kind of mistake most apprentices made (missed parts, false triggers, chatter, stray
// switchings, a swapped output function) as a count, and for the hysteresis level the
// ideal setting with its output function. Never names.

const TEXTS = {
  de: {
    bySensor: 'Falsch eingesetzt: Azubis je Sensor',
    correct: 'Richtig gelöst (Anteil je Azubi)',
    ideal: 'Ideal war etwa Schaltpunkt SP = {t} % und Rückschaltpunkt rP = {h} %{o}: So zählt der Ausgang jedes Teil genau einmal, trotz Rauschen.',
    no: ' als Schließer (NO), weil das Teil das Signal hebt',
    nc: ' als Öffner (NC), weil das Teil das Signal senkt',
    output3: 'Ausgangsfunktion vertauscht – bei {n} von {total}: Schließer (NO) bei einem Signal, das mit dem Teil fällt, oder Öffner (NC) bei einem, das steigt. Der Ausgang meldete „Teil da“, wenn keins da war.',
    allRight: 'Alle Sensoren richtig gewählt.',
    none: 'Keine Einstellung übernommen – {n} von {total}.',
    miss2: 'Zielteile verpasst – bei {n} von {total}: falscher Sensor, zu weit weg oder zu unempfindlich eingestellt.',
    false2: 'Fehlauslösungen – bei {n} von {total}: Der Sensor schaltete auch bei Teilen, die durchlaufen sollten.',
    doubled3: 'Teile mehrfach gezählt – bei {n} von {total}: Die Hysterese (SP − rP) war schmaler als das Rauschband, der Ausgang flatterte.',
    missed3: 'Teile nicht gezählt – bei {n} von {total}: SP lag über dem Signal „Teil da“, oder rP so tief, dass der Ausgang zwischen den Teilen nicht zurückschaltete.',
    stray3: 'Schaltungen ohne Teil – bei {n} von {total}: Spitzen im Signal lagen über dem Schaltpunkt.',
  },
  en: {
    bySensor: 'Used wrongly: apprentices per sensor',
    correct: 'Solved correctly (share per apprentice)',
    ideal: 'Ideal was about switch point SP = {t} % and reset point rP = {h} %{o}: the output then counts every part exactly once despite the noise.',
    no: ' as normally open (NO), because the part raises the signal',
    nc: ' as normally closed (NC), because the part lowers the signal',
    output3: 'Output function swapped – {n} of {total}: normally open (NO) on a signal that falls with the part, or normally closed (NC) on one that rises. The output said "part present" when there was none.',
    allRight: 'Every sensor chosen correctly.',
    none: 'No setting applied – {n} of {total}.',
    miss2: 'Target parts missed – {n} of {total}: wrong sensor, mounted too far away or set not sensitive enough.',
    false2: 'False triggers – {n} of {total}: the sensor also switched for parts that should have passed.',
    doubled3: 'Parts counted more than once – {n} of {total}: the hysteresis (SP − rP) was narrower than the noise band, the output chattered.',
    missed3: 'Parts not counted – {n} of {total}: SP was above the "part present" signal, or rP so low that the output did not reset between parts.',
    stray3: 'Switchings without a part – {n} of {total}: spikes in the signal were above the switch point.',
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

type MistakeKey = 'none' | 'miss2' | 'false2' | 'output3' | 'doubled3' | 'missed3' | 'stray3';
const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
/** Level 3 with the output function the other way round (details from before NC have neither field). */
const swapped = (d: SensorDetail): boolean => d.level === 3 && typeof d.output === 'string' && typeof d.idealOutput === 'string' && d.output !== d.idealOutput;

/** Levels 2 and 3: the kind of mistake the most apprentices made, as a sentence with the count (undefined when nobody erred). */
function commonMistake(details: readonly SensorDetail[], lang: Lang): string | undefined {
  const kinds: [MistakeKey, (d: SensorDetail) => boolean][] = [
    ['none', (d) => d.answered === 0],
    ['miss2', (d) => d.level === 2 && count(d.misses) > 0],
    ['false2', (d) => d.level === 2 && count(d.falseTriggers) > 0],
    ['output3', swapped],
    // A swapped output misses every part and switches as each leaves: named once, as above.
    ['doubled3', (d) => d.level === 3 && !swapped(d) && count(d.doubled) > 0],
    ['missed3', (d) => d.level === 3 && !swapped(d) && count(d.missed) > 0],
    ['stray3', (d) => d.level === 3 && !swapped(d) && count(d.stray) > 0],
  ];
  const ranked = kinds.map(([key, has]) => [key, details.filter(has).length] as const).toSorted((a, b) => b[1] - a[1]);
  const [key, n] = ranked[0] ?? ['none', 0];
  if (n === 0) return undefined;
  return TEXTS[lang][key].replace('{n}', String(n)).replace('{total}', String(details.length));
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
  const mistake = commonMistake(details, lang);
  return {
    chartTitle: t.correct,
    bars: correctBars(details),
    ...(withIdeal?.level === 3 ? {
      answer: t.ideal.replace('{t}', fmt(withIdeal.idealSwitchPoint)).replace('{h}', fmt(withIdeal.idealResetPoint))
        .replace('{o}', withIdeal.idealOutput === 'no' || withIdeal.idealOutput === 'nc' ? t[withIdeal.idealOutput] : ''),
    } : {}),
    ...(mistake ? { commonMistake: mistake } : {}),
  };
}
