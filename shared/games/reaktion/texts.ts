import type { Lang } from '../../protocol/errors.ts';
import type { GameTexts, LevelDebrief } from '../types.ts';

// Each level's own debrief (content review 2026-12-06 B18, B19; walkthrough m1, m9). Sources
// below. The tone's onset is the frame that starts it plus the output latency the
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
      mistake: 'Auf das Signal wetten und zu früh tippen: Ein Frühstart kostet mehr, als ein paar Millisekunden bringen – an der Maschine ist Raten gefährlich.',
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

// Sources for the debrief figures:
// - Simple reaction time about 200-300 ms; a sound is answered roughly 20-50 ms faster than
//   a light: Jain et al. (2015), "A comparative study of visual and auditory reaction times
//   on the basis of gender and physical activity levels of medical first year students",
//   Int J Appl Basic Med Res 5(2):124-127; Shelton & Kumar (2010), "Comparison between
//   auditory and visual simple reaction times", Neuroscience & Medicine 1:30-32; Kosinski,
//   "A literature review on reaction time" (Clemson University).
// - Phones play a sound some tens of milliseconds after an app starts it (audio output
//   latency, often 20-100 ms and more on Android): Android developer documentation, "Audio
//   latency"; Superpowered's Android audio latency measurements. The client adds the output
//   latency the browser reports to the tone's onset (client/games/reaktion/timing.ts), so
//   only the unreported rest (e.g. Bluetooth) is inside the measured time.
// - PLC scan cycle typically 1-20 ms: Siemens SIMATIC S7-1200 system manual, "Cycle time".
// - Safety light curtain response time about 5-30 ms: e.g. SICK deTec4 and Pilz PSENopt
//   operating instructions (response time tables).
// - ISO 13855:2024 (second edition, replaces ISO 13855:2010): S = K x T + C. T is the
//   overall system stopping performance: the protective device's response time plus the
//   control's and the machine's stopping time — no human reaction is in it (the person is
//   assumed to keep moving at speed K). K = 2000 mm/s for a hand or arm (orthogonal
//   approach, S up to 500 mm; 1600 mm/s above); C is an allowance for reaching into the
//   detection zone before being detected, for a light curtain with a resolution d of
//   14-40 mm C = 8 x (d - 14) mm; the 2024 edition calls it D_DS. Checked against
//   secondary sources only (Leuze interview "ISO 13855:2024 - New Guidelines", July 2025;
//   manufacturers' safety-distance guides), not the standard's text: verify against the
//   standard before teaching beyond this sentence.
export const REAKTION_TEXTS: Record<Lang, GameTexts> = {
  de: {
    title: 'Reaktion',
    summary: 'Wie schnell reagiert ein Mensch auf Licht und Ton – und warum ist eine Maschine schneller?',
    howTo: 'Auf das Signal warten, dann so schnell wie möglich tippen (oder die Leertaste drücken). Wer zu früh drückt, hat einen Frühstart.',
    debrief: REAKTION_DEBRIEFS.de,
    levels: { 1: 'Sehen (Lichtsignal)', 2: 'Hören (Tonsignal)', 3: 'Gemischt (Licht oder Ton)' },
  },
  en: {
    title: 'Reaction',
    summary: 'How fast does a person react to light and sound – and why is a machine faster?',
    howTo: 'Wait for the signal, then tap as fast as you can (or press the space bar). Pressing too early is a false start.',
    debrief: REAKTION_DEBRIEFS.en,
    levels: { 1: 'See (light signal)', 2: 'Hear (sound signal)', 3: 'Mixed (light or sound)' },
  },
};
