import type { Lang } from '../../protocol/errors.ts';
import type { GameTexts } from '../types.ts';
import { cell, isMaterialId, isSensorId, type MaterialId, type SensorId, type Verdict } from './materials.ts';
import type { Mount, TaskId } from './sorting.ts';

// Sources of the debrief: see the comment at the top of materials.ts ([IND], [CAP], [OPT],
// [US], [MAG]); the Schmitt trigger (switching with hysteresis) e.g. Tietze/Schenk,
// "Halbleiter-Schaltungstechnik", chapter on comparators and Schmitt triggers.
export const SENSOR_LABOR_TEXTS: Record<Lang, GameTexts> = {
  de: {
    title: 'Sensor-Labor',
    summary: 'Welcher Sensor sieht welches Teil – und wie wird aus einem verrauschten Signal ein sauberes Schaltsignal?',
    howTo: 'Wähle für jedes Teil die Sensoren, die es sicher erkennen, setze Sensoren ans Band oder stelle Schwelle und Hysterese ein. Richtig zählt vor schnell.',
    debrief: [
      'Induktive Sensoren sehen nur Metall (Aluminium und Messing mit nur etwa einem Drittel bis der Hälfte der Reichweite), kapazitive fast alles mit Dielektrizitätszahl über Luft, auch Wasser.',
      'Lichttaster haben Mühe mit klarem, spiegelndem oder schwarzem Material, Ultraschall sieht Glas und Spiegel, aber keinen Schaumstoff, und Magnetschalter reagieren nur auf Magnete.',
      'Eine Schaltschwelle mit Hysterese schaltet über T + H/2 ein und unter T − H/2 aus: ist die Hysterese breiter als das Rauschen, zählt jedes Teil genau einmal.',
    ],
    levels: { 1: 'Welcher Sensor?', 2: 'Sortieren', 3: 'Schwelle & Hysterese' },
  },
  en: {
    title: 'Sensor Lab',
    summary: 'Which sensor sees which part – and how does a noisy signal become a clean switching output?',
    howTo: 'Pick the sensors that reliably detect each part, mount sensors on the belt, or set threshold and hysteresis. Correct counts before fast.',
    debrief: [
      'Inductive sensors see only metal (aluminium and brass at only about a third to half the range), capacitive ones almost anything with a permittivity above air, water too.',
      'Diffuse optical sensors struggle with clear, mirrored or black material, ultrasonic sensors see glass and mirrors but not foam, and magnetic switches react only to magnets.',
      'A threshold with hysteresis switches on above T + H/2 and off below T − H/2: with a hysteresis wider than the noise, every part counts exactly once.',
    ],
    levels: { 1: 'Which sensor?', 2: 'Sorting', 3: 'Threshold & hysteresis' },
  },
};

export const MATERIAL_NAMES: Readonly<Record<Lang, Record<MaterialId, string>>> = {
  de: {
    'steel-screw': 'Stahlschraube', 'aluminium-housing': 'Aluminiumgehäuse', 'brass-fitting': 'Messing-Fitting',
    'glass-lens': 'Glaslinse', 'mirror-optic': 'verspiegelte Optik', 'black-rubber': 'schwarze Gummidichtung',
    'white-plastic': 'weiße Kunststoffkappe', 'wood-block': 'Holzklotz', 'cardboard-box': 'Kartonschachtel',
    'water-vial': 'Fläschchen mit Wasser', 'foam-block': 'Schaumstoffblock', 'ferrite-magnet': 'Ferritmagnet',
  },
  en: {
    'steel-screw': 'steel screw', 'aluminium-housing': 'aluminium housing', 'brass-fitting': 'brass fitting',
    'glass-lens': 'glass lens', 'mirror-optic': 'mirror-coated optic', 'black-rubber': 'black rubber seal',
    'white-plastic': 'white plastic cap', 'wood-block': 'wooden block', 'cardboard-box': 'cardboard box',
    'water-vial': 'water-filled vial', 'foam-block': 'foam block', 'ferrite-magnet': 'ferrite magnet',
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
    'count-all': 'Zähle jedes Teil auf dem Band, auch die durchsichtigen.',
  },
  en: {
    'reject-metal': 'Reject every metal part – everything else passes.',
    'reject-magnet': 'Reject every magnet before it reaches the steel parts.',
    'count-all': 'Count every part on the belt, the clear ones too.',
  },
};

export const MOUNT_NAMES: Readonly<Record<Lang, Record<Mount, string>>> = {
  de: { near: 'nah am Band', far: 'mit Abstand' },
  en: { near: 'close to the belt', far: 'at a distance' },
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
