import type { Lang } from '../../protocol/errors.ts';
import type { GameTexts } from '../types.ts';
import { REAKTION_DEBRIEFS } from './debriefs.ts';

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
    summary: 'Wie schnell reagierst du auf Licht und Ton – und warum ist eine Maschine schneller?',
    howTo: 'Auf das Signal warten, dann so schnell wie möglich tippen (oder die Leertaste drücken). Wer zu früh drückt, hat einen Fehlstart.',
    debrief: REAKTION_DEBRIEFS.de,
    levels: { 1: 'Sehen (Lichtsignal)', 2: 'Hören (Tonsignal)', 3: 'Gemischt (Licht oder Ton)' },
  },
  en: {
    title: 'Reaction',
    summary: 'How fast do you react to light and sound – and why is a machine faster?',
    howTo: 'Wait for the signal, then tap as fast as you can (or press the space bar). Pressing too early is a false start.',
    debrief: REAKTION_DEBRIEFS.en,
    levels: { 1: 'See (light signal)', 2: 'Hear (sound signal)', 3: 'Mixed (light or sound)' },
  },
};
