import type { Lang } from '../../protocol/errors.ts';
import type { GameTexts } from '../types.ts';

// Sources for the debrief figures:
// - Simple reaction time about 200-300 ms; auditory answered roughly 30-50 ms faster than
//   visual: Jain et al. (2015), "A comparative study of visual and auditory reaction times on
//   the basis of gender and physical activity levels of medical first year students",
//   Int J Appl Basic Med Res 5(2):124-127; Kosinski, "A literature review on reaction time".
// - PLC scan cycle typically 1-20 ms: Siemens SIMATIC S7-1200 system manual, "Cycle time".
// - Safety light curtain response time about 5-30 ms: e.g. SICK deTec4 and Pilz PSENopt
//   operating instructions (response time tables).
// - ISO 13855:2010, minimum distance S = K x T + C with K = 2000 mm/s (approach speed of a
//   hand) for S up to 500 mm; T = overall stopping time of machine plus protective device.
export const REAKTION_TEXTS: Record<Lang, GameTexts> = {
  de: {
    title: 'Reaktion',
    summary: 'Wie schnell reagierst du auf Licht und Ton – und warum ist eine Maschine schneller?',
    howTo: 'Warte auf das Signal, dann tippe so schnell du kannst (oder drücke die Leertaste). Wer zu früh drückt, bekommt einen Fehlstart.',
    debrief: [
      'Ein Mensch braucht meist 200 bis 300 ms, um auf ein Signal zu reagieren – auf einen Ton etwa 30 bis 50 ms schneller als auf ein Licht.',
      'Eine SPS liest ihre Eingänge etwa alle 1 bis 20 ms, ein Sicherheits-Lichtvorhang schaltet in etwa 5 bis 30 ms ab.',
      'Die ISO 13855 rechnet die Reaktions- und Nachlaufzeit in einen Mindestabstand um (S = K · T + C, eine Hand nähert sich mit 2 m/s) – darum schützen Sensoren die Hände an Maschinen, nicht Reflexe.',
    ],
    levels: { 1: 'Sehen (Lichtsignal)', 2: 'Hören (Tonsignal)', 3: 'Gemischt (Licht oder Ton)' },
  },
  en: {
    title: 'Reaction',
    summary: 'How fast do you react to light and sound – and why is a machine faster?',
    howTo: 'Wait for the signal, then tap as fast as you can (or press the space bar). Pressing too early is a false start.',
    debrief: [
      'A person usually needs 200 to 300 ms to react to a signal – to a sound about 30 to 50 ms faster than to a light.',
      'A PLC reads its inputs about every 1 to 20 ms, and a safety light curtain switches off in about 5 to 30 ms.',
      'ISO 13855 turns response and stopping time into a minimum distance (S = K · T + C, a hand approaching at 2 m/s) – that is why sensors, not reflexes, protect hands at machines.',
    ],
    levels: { 1: 'See (light signal)', 2: 'Hear (sound signal)', 3: 'Mixed (light or sound)' },
  },
};
