import type { Lang } from '../../protocol/errors.ts';
import type { GameTexts } from '../types.ts';
import { cell, isMaterialId, isSensorId, type Condition, type MaterialId, type SensorId, type Verdict } from './materials.ts';
import type { Setting, TaskId } from './sorting.ts';

// Sources of the debrief: see the comment at the top of materials.ts ([IND], [CAP], [OPT],
// [US], [MAG]); switch point SP and reset point rP: see hysteresis.ts (ifm, Turck; Tietze/
// Schenk, "Halbleiter-Schaltungstechnik", comparators and Schmitt triggers).
export const SENSOR_LABOR_TEXTS: Record<Lang, GameTexts> = {
  de: {
    title: 'Sensor-Labor',
    summary: 'Welcher Sensor sieht welches Teil – und wie wird aus einem verrauschten Signal ein sauberes Schaltsignal?',
    howTo: 'Gib jedem Teil die Sensoren, die es sicher erkennen, setze und stelle Sensoren am Band ein oder ziehe Schalt- und Rückschaltpunkt ins Signal. Richtig zählt vor schnell.',
    debrief: [
      'Induktive Sensoren sehen nur Metall (Aluminium und Messing mit nur etwa einem Drittel bis der Hälfte der Reichweite), kapazitive fast alles mit Dielektrizitätszahl über Luft, auch Wasser.',
      'Lichttaster haben Mühe mit klarem, spiegelndem oder schwarzem Material, eine Lichtschranke sieht klares Glas nur mit fein eingestellter Schwelle, Ultraschall sieht Glas, aber keinen offenporigen Schaumstoff, und Magnetschalter reagieren nur auf Magnete.',
      'Ein Schaltausgang schaltet über dem Schaltpunkt SP ein und erst unter dem Rückschaltpunkt rP wieder aus: ist diese Hysterese breiter als das Rauschband (von Spitze zu Spitze), zählt jedes Teil genau einmal, und gegen einzelne Spitzen hilft ein höherer Schaltpunkt oder eine Filterzeit.',
    ],
    levels: { 1: 'Welcher Sensor?', 2: 'Sortieren', 3: 'Schwelle & Hysterese' },
  },
  en: {
    title: 'Sensor Lab',
    summary: 'Which sensor sees which part – and how does a noisy signal become a clean switching output?',
    howTo: 'Give each part the sensors that reliably detect it, mount and set sensors on the belt, or drag the switch point and reset point onto the signal. Correct counts before fast.',
    debrief: [
      'Inductive sensors see only metal (aluminium and brass at only about a third to half the range), capacitive ones almost anything with a permittivity above air, water too.',
      'Diffuse optical sensors struggle with clear, mirrored or black material, a through-beam sees clear glass only with a finely set threshold, ultrasonic sensors see glass but not open-cell foam, and magnetic switches react only to magnets.',
      'A switching output turns on above the switch point SP and off only below the reset point rP: with this hysteresis wider than the noise band (peak to peak), every part counts exactly once, and single spikes need a higher switch point or a filter time.',
    ],
    levels: { 1: 'Which sensor?', 2: 'Sorting', 3: 'Threshold & hysteresis' },
  },
};

export const MATERIAL_NAMES: Readonly<Record<Lang, Record<MaterialId, string>>> = {
  de: {
    'steel-screw': 'Stahlschraube', 'aluminium-housing': 'Aluminiumgehäuse', 'brass-fitting': 'Messing-Fitting',
    'glass-lens': 'Glaslinse', 'mirror-optic': 'dielektrischer Spiegel', 'black-rubber': 'schwarze Gummidichtung',
    'white-plastic': 'weiße Kunststoffkappe', 'wood-block': 'heller Holzklotz', 'cardboard-box': 'Kartonschachtel',
    'water-vial': 'Fläschchen mit Wasser', 'foam-block': 'weißer offenporiger Schaumstoff', 'ferrite-magnet': 'Ferritmagnet',
  },
  en: {
    'steel-screw': 'steel screw', 'aluminium-housing': 'aluminium housing', 'brass-fitting': 'brass fitting',
    'glass-lens': 'glass lens', 'mirror-optic': 'dielectric mirror', 'black-rubber': 'black rubber seal',
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
  de: { far: 'mit Abstand', near: 'nah am Band', standard: 'Empfindlichkeit normal', fine: 'Empfindlichkeit fein' },
  en: { far: 'at a distance', near: 'close to the belt', standard: 'normal sensitivity', fine: 'fine sensitivity' },
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
