import type { Lang } from '../../protocol/errors.ts';
import type { LevelDebrief } from '../types.ts';

// Each level's own debrief (content review 2026-12-06 B18, B19; walkthrough m1, m9). Sources
// in texts.ts. The tone's onset is the frame that starts it plus the output latency the
// browser reports (AudioContext.outputLatency, client/games/reaktion/timing.ts); what the
// browser does not report (e.g. Bluetooth) stays inside the measured time. The light's onset
// is the animation frame that draws it, so the display's own delay (1–3 frames) stays in too.
// Expecting the wrong modality slows a reaction (modality shift effect): Spence, Nicholls &
// Driver (2001), "The cost of expecting events in the wrong sensory modality", Perception &
// Psychophysics 63(2):330-336.
export const REAKTION_DEBRIEFS: Readonly<Record<Lang, Readonly<Record<number, LevelDebrief>>>> = {
  de: {
    1: {
      taught: 'Gemessen wurde die einfache Reaktionszeit auf ein Lichtsignal: vom ersten Bild des Signals bis zum Tippen.',
      fact: 'Ein Mensch braucht auf ein Licht meist 200 bis 300 ms; eine SPS liest ihre Eingänge etwa alle 1 bis 20 ms, ein Sicherheits-Lichtvorhang schaltet in etwa 5 bis 30 ms ab.',
      mistake: 'Auf das Signal wetten und zu früh tippen: Ein Fehlstart kostet mehr, als ein paar Millisekunden bringen – an der Maschine ist Raten gefährlich.',
    },
    2: {
      taught: 'Gemessen wurde die Reaktionszeit auf einen Ton.',
      fact: 'Auf einen Ton reagiert man etwa 20 bis 50 ms schneller als auf ein Licht; ein Handy gibt den Ton oft einige zehn Millisekunden verspätet aus – was der Browser davon meldet, ziehen wir ab, den Rest (z. B. Bluetooth) nicht.',
      mistake: 'Mit Bluetooth-Kopfhörern oder stummem Handy spielen: Der Ton kommt spät oder gar nicht an, und die gemessene Zeit wirkt langsamer, als die Reaktion war.',
    },
    3: {
      taught: 'Licht oder Ton kamen zufällig: Wer nicht weiß, welches Signal kommt, reagiert meist etwas langsamer als bei nur einer Signalart.',
      fact: 'Die ISO 13855 rechnet den Mindestabstand S = K · T + C (in der Ausgabe 2024 heißt C „D_DS“): T ist die Ansprechzeit der Schutzeinrichtung plus die Nachlaufzeit der Maschine – keine menschliche Reaktion –, K = 2 m/s für eine Hand.',
      mistake: 'Zu glauben, gute Reflexe ersetzten eine Schutzeinrichtung: Selbst 200 ms sind zehnmal langsamer als ein Lichtvorhang – darum schützen Sensoren die Hände, nicht Reflexe.',
    },
  },
  en: {
    1: {
      taught: 'This measured the simple reaction time to a light: from the first frame of the signal to the tap.',
      fact: 'A person usually needs 200 to 300 ms to react to a light; a PLC reads its inputs about every 1 to 20 ms, and a safety light curtain switches off in about 5 to 30 ms.',
      mistake: 'Betting on the signal and tapping too early: a false start costs more than a few milliseconds gain – at a machine, guessing is dangerous.',
    },
    2: {
      taught: 'This measured the reaction time to a sound.',
      fact: 'People react to a sound about 20 to 50 ms faster than to a light; a phone often plays the sound some tens of milliseconds late – what the browser reports of that delay is subtracted, the rest (e.g. Bluetooth) is not.',
      mistake: 'Playing with Bluetooth headphones or a muted phone: the sound arrives late or not at all, and the measured time looks slower than the reaction was.',
    },
    3: {
      taught: 'Light or sound came at random: not knowing which signal comes usually makes a reaction a little slower than with one kind of signal only.',
      fact: 'ISO 13855 gives the minimum distance S = K · T + C (the 2024 edition calls C "D_DS"): T is the protective device\'s response time plus the machine\'s stopping time – no human reaction –, K = 2 m/s for a hand.',
      mistake: 'Believing good reflexes replace a protective device: even 200 ms is ten times slower than a light curtain – that is why sensors, not reflexes, protect hands.',
    },
  },
};
