import type { Lang } from '../../protocol/errors.ts';
import type { GameTexts } from '../types.ts';
import { SENSOR_LABOR_DEBRIEFS } from './debriefs.ts';
import { cell, isMaterialId, isSensorId, type Condition, type MaterialId, type SensorId, type Verdict } from './materials.ts';
import type { Setting, TaskId } from './sorting.ts';

// Sources of the debriefs (debriefs.ts): see the comment at the top of materials.ts ([IND], [CAP], [OPT],
// [US], [MAG]); switch point SP and reset point rP: see hysteresis.ts (ifm, Turck; Tietze/
// Schenk, "Halbleiter-Schaltungstechnik", comparators and Schmitt triggers).
export const SENSOR_LABOR_TEXTS: Record<Lang, GameTexts> = {
  de: {
    title: 'Sensor-Labor',
    summary: 'Welcher Sensor sieht welches Teil – und wie wird aus einem verrauschten Signal ein sauberes Schaltsignal?',
    howTo: 'Jedem Teil die Sensoren geben, die es sicher erkennen, Sensoren am Band setzen und einstellen oder Schalt- und Rückschaltpunkt ins Signal ziehen. Richtig zählt vor schnell.',
    debrief: SENSOR_LABOR_DEBRIEFS.de,
    levels: { 1: 'Welcher Sensor?', 2: 'Sortieren', 3: 'Schwelle & Hysterese' },
  },
  en: {
    title: 'Sensor Lab',
    summary: 'Which sensor sees which part – and how does a noisy signal become a clean switching output?',
    howTo: 'Give each part the sensors that reliably detect it, mount and set sensors on the belt, or drag the switch point and reset point onto the signal. Correct counts before fast.',
    debrief: SENSOR_LABOR_DEBRIEFS.en,
    levels: { 1: 'Which sensor?', 2: 'Sorting', 3: 'Threshold & hysteresis' },
  },
};

export const MATERIAL_NAMES: Readonly<Record<Lang, Record<MaterialId, string>>> = {
  de: {
    'steel-screw': 'Stahlschraube', 'aluminium-housing': 'Aluminiumgehäuse', 'brass-fitting': 'Messing-Fitting',
    'glass-lens': 'Glaslinse', 'mirror-optic': 'dielektrischer Spiegel für Rotlicht (HR 600–700 nm)', 'black-rubber': 'schwarze Gummidichtung',
    'white-plastic': 'weiße Kunststoffkappe', 'wood-block': 'heller Holzklotz', 'cardboard-box': 'Kartonschachtel',
    'water-vial': 'Fläschchen mit Wasser', 'foam-block': 'weißer offenporiger Schaumstoff', 'ferrite-magnet': 'Ferritmagnet',
  },
  en: {
    'steel-screw': 'steel screw', 'aluminium-housing': 'aluminium housing', 'brass-fitting': 'brass fitting',
    'glass-lens': 'glass lens', 'mirror-optic': 'dielectric mirror for red light (HR 600–700 nm)', 'black-rubber': 'black rubber seal',
    'white-plastic': 'white plastic cap', 'wood-block': 'light-coloured wooden block', 'cardboard-box': 'cardboard box',
    'water-vial': 'water-filled vial', 'foam-block': 'white open-cell foam', 'ferrite-magnet': 'ferrite magnet',
  },
};

export const SENSOR_NAMES: Readonly<Record<Lang, Record<SensorId, string>>> = {
  de: {
    inductive: 'Induktiv', capacitive: 'Kapazitiv', diffuse: 'Lichttaster', 'through-beam': 'Einweg-Lichtschranke',
    ultrasonic: 'Ultraschall', magnetic: 'Magnetschalter (Reed/Hall)',
  },
  en: {
    inductive: 'Inductive', capacitive: 'Capacitive', diffuse: 'Diffuse optical', 'through-beam': 'Through-beam light barrier',
    ultrasonic: 'Ultrasonic', magnetic: 'Magnetic switch (reed/Hall)',
  },
};

export const VERDICT_NAMES: Readonly<Record<Lang, Record<Verdict, string>>> = {
  de: { reliable: 'sicher', limited: 'eingeschränkt', no: 'nein' },
  en: { reliable: 'reliable', limited: 'limited', no: 'no' },
};

export const TASK_TEXTS: Readonly<Record<Lang, Record<TaskId, string>>> = {
  de: {
    'reject-metal': 'Wirf jedes Metallteil aus – alles andere läuft durch.',
    'reject-magnet': 'Wirf jeden Magneten aus, bevor er zu den Stahlteilen kommt.',
    'count-all': 'Zähle jedes Teil auf dem Band, auch die durchsichtigen – aber nicht die Schaumstoff-Polster dazwischen.',
  },
  en: {
    'reject-metal': 'Reject every metal part – everything else passes.',
    'reject-magnet': 'Reject every magnet before it reaches the steel parts.',
    'count-all': 'Count every part on the belt, the clear ones too – but not the foam packing between them.',
  },
};

export const SETTING_NAMES: Readonly<Record<Lang, Record<Setting, string>>> = {
  de: { far: 'mit Abstand', near: 'nah am Band', standard: 'Empfindlichkeit normal', fine: 'Empfindlichkeit hoch' },
  en: { far: 'at a distance', near: 'close to the belt', standard: 'normal sensitivity', fine: 'high sensitivity' },
};

/**
 * A setting's name for this sensor. The "fine" setting turns a capacitive sensor's
 * sensitivity up but sets a through-beam's threshold just below the received light, i.e.
 * its gain down (content review B11; Banner excess-gain notes [OPT]): one label for both
 * would teach one of them the wrong way round.
 */
export function settingName(sensor: SensorId, setting: Setting, lang: Lang): string {
  if (sensor !== 'through-beam' || (setting !== 'standard' && setting !== 'fine')) return SETTING_NAMES[lang][setting];
  return THRESHOLD_NAMES[lang][setting];
}

const THRESHOLD_NAMES: Readonly<Record<Lang, Record<'standard' | 'fine', string>>> = {
  de: { standard: 'Schaltschwelle normal', fine: 'Schaltschwelle knapp unter dem Empfangssignal' },
  en: { standard: 'normal threshold', fine: 'threshold just below the received light' },
};

/** Under which condition a "limited" sensor works, in a few words. */
export const CONDITION_NAMES: Readonly<Record<Lang, Record<Condition, string>>> = {
  de: { distance: 'nur auf kurzem Abstand', sensitivity: 'nur mit passender Empfindlichkeit', angle: 'nur im richtigen Winkel', moisture: 'je nach Feuchte' },
  en: { distance: 'only at a short distance', sensitivity: 'only with the sensitivity set to suit', angle: 'only at the right angle', moisture: 'depends on moisture' },
};

/** What a mistake on a cell was: a reliable sensor left out, a limited or a wrong one picked. */
const MISTAKE_KIND: Readonly<Record<Lang, Record<Verdict, string>>> = {
  de: { reliable: 'übersehen (sicher)', limited: 'gewählt, aber nur eingeschränkt', no: 'falsch gewählt (nein)' },
  en: { reliable: 'left out (reliable)', limited: 'picked, but only limited', no: 'wrongly picked (no)' },
};

/** One sentence for a level-1 mistake key "material:sensor" (empty for an unknown key). */
export function mistakeSentence(key: string, lang: Lang): string {
  const [material, sensor] = key.split(':');
  if (!isMaterialId(material) || !isSensorId(sensor)) return '';
  const c = cell(material, sensor);
  return `${MATERIAL_NAMES[lang][material]} – ${SENSOR_NAMES[lang][sensor]}, ${MISTAKE_KIND[lang][c.verdict]}: ${c.reason[lang]}`;
}
