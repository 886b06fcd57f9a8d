import type { Lang } from '../../protocol/errors.ts';
import type { LevelDebrief } from '../types.ts';

// Each level's own debrief (content review 2026-12-06 B11, B16, C/E10; walkthrough m1).
// Sources: the comment at the top of materials.ts ([IND], [CAP], [OPT], [US], [MAG]);
// switch point SP and reset point rP: hysteresis.ts (ifm, Turck; Tietze/Schenk). A
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
      taught: 'Schaltpunkt SP und Rückschaltpunkt rP so in ein verrauschtes Signal legen, dass jedes Teil genau einmal zählt.',
      fact: 'Der Ausgang schaltet über SP ein und erst unter rP wieder aus: Ist diese Hysterese breiter als das Rauschband (Spitze zu Spitze) und liegt SP unter dem Signal „Teil da“ und rP über dem Signal „kein Teil“, zählt jedes Teil genau einmal; gegen einzelne Spitzen hilft ein höherer Schaltpunkt oder eine Filterzeit.',
      mistake: 'SP und rP zu eng zusammen oder ohne Blick auf das Signal: Dann flattert der Ausgang im Rauschen und zählt ein Teil mehrmals, oder er schaltet gar nicht.',
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
      taught: 'Placing the switch point SP and the reset point rP in a noisy signal so that every part counts exactly once.',
      fact: 'The output turns on above SP and off only below rP: with this hysteresis wider than the noise band (peak to peak), SP below the "part present" signal and rP above the "no part" signal, every part counts exactly once; single spikes need a higher switch point or a filter time.',
      mistake: 'SP and rP too close together, or set without looking at the signal: the output chatters in the noise and counts a part several times, or it never switches.',
    },
  },
};
