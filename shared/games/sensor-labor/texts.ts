import type { Lang } from '../../protocol/errors.ts';
import type { GameTexts, LevelDebrief } from '../types.ts';
import { cell, isMaterialId, isSensorId, type Condition, type MaterialId, type SensorId, type Verdict } from './materials.ts';
import type { Setting, TaskId } from './sorting.ts';

// Each level's own debrief (content review 2026-12-06 B11, B16, C/E10; walkthrough m1).
// Sources: the comment at the top of materials.ts ([IND], [CAP], [OPT], [US], [MAG]);
// switch point SP, reset point rP and the output functions Schließer/Öffner (NO/NC, in
// sensor menus Hno/Hnc, explained once where they first appear):
// hysteresis.ts (ifm, Jumo, Turck; Tietze/Schenk). A
// capacitive sensor's sensitivity is adjustable (potentiometer/teach), so non-metals count
// as reliable there, while an inductive sensor's range for aluminium is fixed by its
// reduction factor (Factor-1 sensors excepted) [IND][CAP]. A through-beam detects clear
// glass when its threshold sits just below the received light (reduced gain, small excess
// gain): Banner "Excess gain" notes [OPT].
export const SENSOR_LABOR_DEBRIEFS: Readonly<Record<Lang, Readonly<Record<number, LevelDebrief>>>> = {
  de: {
    1: {
      taught: 'Welcher Näherungsschalter welches Material sicher erkennt – und wo er nur eingeschränkt taugt.',
      fact: 'Induktive Sensoren sehen nur Metall (Aluminium und Messing mit etwa einem Drittel bis der Hälfte der Reichweite, fest eingebaut), kapazitive fast alles mit Dielektrizitätszahl über Luft, auch Wasser – weil ihre Empfindlichkeit einstellbar ist, gelten sie dort als sicher.',
      mistake: 'Alles ankreuzen, was irgendwie gehen könnte: Ein eingeschränkter Sensor (Lichttaster auf schwarzem Gummi, induktiv auf Aluminium) ist kein sicherer.',
    },
    2: {
      taught: 'Einen Sensor am Band so setzen und einstellen, dass er genau die richtigen Teile auswirft oder zählt – wenn nötig zwei Sensoren mit ODER.',
      fact: 'Nah am Band sieht ein Sensor auch schwache Ziele; eine Lichtschranke erkennt klares Glas nur mit einer Schaltschwelle knapp unter dem Empfangssignal (kleine Funktionsreserve), ein kapazitiver Sensor Karton nur mit hoher Empfindlichkeit.',
      mistake: 'Fehlauslösungen übersehen: Ein Sensor, der auch die falschen Teile sieht, wirft gute Teile aus – das kostet so viel wie ein verpasstes Teil.',
    },
    3: {
      taught: 'Die Ausgangsfunktion zum Signal wählen – Schließer (NO, englisch „normally open“), wenn das Teil das Signal hebt, Öffner (NC, „normally closed“), wenn es das Signal senkt – und Schaltpunkt SP und Rückschaltpunkt rP so in ein verrauschtes Signal legen, dass jedes Teil genau einmal zählt.',
      fact: 'Ein Schließer schaltet über SP ein und erst unter rP wieder aus, ein Öffner umgekehrt: unter rP ein, über SP aus (im Menü vieler Sensoren heißen diese Hysterese-Funktionen „Hno“ und „Hnc“). Ist die Hysterese SP − rP breiter als das Rauschband (Spitze zu Spitze) und liegen beide Punkte zwischen dem Signal „kein Teil“ und dem Signal „Teil da“, zählt jedes Teil genau einmal; gegen einzelne Spitzen hilft ein Schaltpunkt jenseits der Spitzen oder eine Filterzeit.',
      mistake: 'Die Ausgangsfunktion passt nicht zum Signal: Ein Schließer an einer Lichtschranke, deren Signal mit dem Teil fällt, meldet „Teil da“ genau dann, wenn keins da ist. Oder SP und rP liegen zu eng zusammen: Dann flattert der Ausgang im Rauschen und zählt ein Teil mehrmals.',
    },
  },
  en: {
    1: {
      taught: 'Which proximity sensor reliably detects which material – and where it is only of limited use.',
      fact: 'Inductive sensors see only metal (aluminium and brass at only about a third to half the range, fixed by design), capacitive ones almost anything with a permittivity above air, water too – because their sensitivity can be adjusted, they count as reliable there.',
      mistake: 'Ticking everything that might somehow work: a limited sensor (diffuse optical on black rubber, inductive on aluminium) is not a reliable one.',
    },
    2: {
      taught: 'Mounting and setting a sensor at the belt so that it rejects or counts exactly the right parts – with two sensors in OR where needed.',
      fact: 'Close to the belt a sensor also sees weak targets; a through-beam detects clear glass only with its threshold just below the received light (small excess gain), a capacitive sensor detects cardboard only at high sensitivity.',
      mistake: 'Overlooking false triggers: a sensor that also sees the wrong parts rejects good ones – that costs as much as a missed part.',
    },
    3: {
      taught: 'Choosing the output function for the signal – normally open (NO) when the part raises the signal, normally closed (NC) when it lowers it – and placing the switch point SP and the reset point rP in a noisy signal so that every part counts exactly once.',
      fact: 'A normally open output turns on above SP and off only below rP, a normally closed one the other way round: on below rP, off above SP (many sensor menus call these hysteresis functions "Hno" and "Hnc"). With the hysteresis SP − rP wider than the noise band (peak to peak) and both points between the "no part" and the "part present" signal, every part counts exactly once; single spikes need a switching point beyond them or a filter time.',
      mistake: 'An output function that does not fit the signal: a normally open output on a through-beam whose signal falls with the part says "part present" exactly when there is none. Or SP and rP too close together: the output chatters in the noise and counts a part several times.',
    },
  },
};

// Sources of the debriefs (above): see the comment at the top of materials.ts ([IND], [CAP], [OPT],
// [US], [MAG]); switch point SP and reset point rP: see hysteresis.ts (ifm, Turck; Tietze/
// Schenk, "Halbleiter-Schaltungstechnik", comparators and Schmitt triggers).
export const SENSOR_LABOR_TEXTS: Record<Lang, GameTexts> = {
  de: {
    title: 'Sensor-Labor',
    summary: 'Welcher Sensor sieht welches Teil – und wie wird aus einem verrauschten Signal ein sauberes Schaltsignal?',
    howTo: 'Jedem Teil die Sensoren geben, die es sicher erkennen, Sensoren am Band setzen und einstellen oder Schließer/Öffner wählen und Schalt- und Rückschaltpunkt ins Signal ziehen. Richtig zählt vor schnell.',
    debrief: SENSOR_LABOR_DEBRIEFS.de,
    levels: { 1: 'Welcher Sensor?', 2: 'Sortieren', 3: 'Schwelle & Hysterese' },
  },
  en: {
    title: 'Sensor Lab',
    summary: 'Which sensor sees which part – and how does a noisy signal become a clean switching output?',
    howTo: 'Give each part the sensors that reliably detect it, mount and set sensors on the belt, or choose NO/NC and drag the switch point and reset point onto the signal. Correct counts before fast.',
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
export const MISTAKE_KIND: Readonly<Record<Lang, Record<Verdict, string>>> = {
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
