import type { Lang } from '../../protocol/errors.ts';
import type { GameTexts } from '../types.ts';

// Sources for the debrief figures:
// - Simple reaction time about 200-300 ms; a sound is answered roughly 20-50 ms faster than
//   a light: Jain et al. (2015), "A comparative study of visual and auditory reaction times
//   on the basis of gender and physical activity levels of medical first year students",
//   Int J Appl Basic Med Res 5(2):124-127; Shelton & Kumar (2010), "Comparison between
//   auditory and visual simple reaction times", Neuroscience & Medicine 1:30-32; Kosinski,
//   "A literature review on reaction time" (Clemson University).
// - Phones play a sound some tens of milliseconds after an app starts it (audio output
//   latency, often 20-100 ms and more on Android): Android developer documentation, "Audio
//   latency"; Superpowered's Android audio latency measurements. Our tone's onset is the
//   frame that starts it (client/games/reaktion), so that delay is inside the measured time.
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
    summary: 'Wie schnell reagierst du auf Licht und Ton – und warum ist eine Maschine schneller?',
    howTo: 'Warte auf das Signal, dann tippe so schnell du kannst (oder drücke die Leertaste). Wer zu früh drückt, bekommt einen Fehlstart.',
    debrief: [
      'Ein Mensch braucht meist 200 bis 300 ms, um auf ein Signal zu reagieren – auf einen Ton etwa 20 bis 50 ms schneller als auf ein Licht, nur gibt ein Handy den Ton oft einige zehn Millisekunden verspätet aus, und das steckt hier in deiner Zeit.',
      'Eine SPS liest ihre Eingänge etwa alle 1 bis 20 ms, ein Sicherheits-Lichtvorhang schaltet in etwa 5 bis 30 ms ab.',
      'Die ISO 13855 (Ausgabe 2024) rechnet daraus den Mindestabstand S = K · T + C: T ist die Ansprechzeit der Schutzeinrichtung plus die Nachlaufzeit der Maschine – keine menschliche Reaktion –, K = 2 m/s für eine Hand, C ein Zuschlag für die Auflösung des Lichtvorhangs; darum schützen Sensoren die Hände, nicht Reflexe.',
    ],
    levels: { 1: 'Sehen (Lichtsignal)', 2: 'Hören (Tonsignal)', 3: 'Gemischt (Licht oder Ton)' },
  },
  en: {
    title: 'Reaction',
    summary: 'How fast do you react to light and sound – and why is a machine faster?',
    howTo: 'Wait for the signal, then tap as fast as you can (or press the space bar). Pressing too early is a false start.',
    debrief: [
      'A person usually needs 200 to 300 ms to react to a signal – to a sound about 20 to 50 ms faster than to a light, but a phone often plays the sound some tens of milliseconds late, and that is inside your time here.',
      'A PLC reads its inputs about every 1 to 20 ms, and a safety light curtain switches off in about 5 to 30 ms.',
      'ISO 13855 (2024 edition) turns this into the minimum distance S = K · T + C: T is the protective device\'s response time plus the machine\'s stopping time – no human reaction –, K = 2 m/s for a hand, C an allowance for the light curtain\'s resolution; that is why sensors, not reflexes, protect hands.',
    ],
    levels: { 1: 'See (light signal)', 2: 'Hear (sound signal)', 3: 'Mixed (light or sound)' },
  },
};
