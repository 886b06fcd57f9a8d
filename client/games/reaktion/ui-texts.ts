import { withoutKeyHints } from '../../kit/keyboard.ts';
import type { ReaktionDetail } from '../../../shared/games/reaktion/wire.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import { defineTexts } from '../../../shared/text/format.ts';

// The Reaktion screen's own words (the game's title, how-to and debrief are shared:
// shared/games/reaktion/texts.ts). Kept here so a game touches only its own folders.

export const rt = defineTexts({
  de: {
    waiting: 'Gleich geht es los. Finger bereit!',
    ready: 'Achtung …',
    go: 'Jetzt tippen!',
    visualHint: 'Tippe, sobald der gelbe Kreis mit dem Dreieck erscheint (oder Leertaste).',
    audioHint: 'Tippe, sobald der Ton kommt (oder Leertaste).',
    mixedHint: 'Licht oder Ton: tippe beim ersten Signal (oder Leertaste).',
    hit: 'Treffer {ms} ms',
    falseStart: 'Frühstart',
    soundOff: 'Der Ton ist aus. Tippe einmal auf die Fläche, dann kommt er wieder.',
    late: 'Zu spät',
    rejected: 'Abgelehnt',
    sent: '…',
    padLabel: 'Reaktionsfläche: tippen oder Leertaste drücken',
    trial: 'Versuch {n} von {total}',
    median: 'Median: {ms} ms',
    noMedian: 'Kein gültiger Treffer',
    hits: '{n} {n|Treffer|Treffer}',
    falseStarts: '{n} {n|Frühstart|Frühstarts}',
    misses: '{n} verpasst',
  },
  en: {
    waiting: 'Starting soon. Finger ready!',
    ready: 'Get ready …',
    go: 'Tap now!',
    visualHint: 'Tap as soon as the yellow circle with the triangle appears (or press Space).',
    audioHint: 'Tap as soon as you hear the tone (or press Space).',
    mixedHint: 'Light or sound: tap at the first signal (or press Space).',
    hit: 'Hit {ms} ms',
    falseStart: 'False start',
    soundOff: 'The sound is off. Tap the pad once to turn it back on.',
    late: 'Too late',
    rejected: 'Rejected',
    sent: '…',
    padLabel: 'Reaction pad: tap or press Space',
    trial: 'Trial {n} of {total}',
    median: 'Median: {ms} ms',
    noMedian: 'No valid hit',
    hits: '{n} {n|hit|hits}',
    falseStarts: '{n} {n|false start|false starts}',
    misses: '{n} missed',
  },
});

export type ReaktionTextKey = Parameters<typeof rt>[1];

/** The how-to line for a level: 1 sees, 2 hears, 3 both. */
export function levelHint(lang: Lang, level: number): string {
  return withoutKeyHints(rt(lang, level === 1 ? 'visualHint' : level === 2 ? 'audioHint' : 'mixedHint'));
}

/** True when a level plays tones (the player should turn the sound on). */
export function levelUsesSound(level: number): boolean {
  return level === 2 || level === 3;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Reveal lines from the round detail (checked field by field: it comes as JSON). */
export function reaktionResultLines(detail: ReaktionDetail, lang: Lang): string[] {
  const median = num(detail.medianMs);
  const lines = [median === null ? rt(lang, 'noMedian') : rt(lang, 'median', { ms: Math.round(median) })];
  const hits = num(detail.hits);
  const falseStarts = num(detail.falseStarts);
  const misses = num(detail.misses);
  if (hits !== null) lines.push(rt(lang, 'hits', { n: hits }));
  if (falseStarts !== null) lines.push(rt(lang, 'falseStarts', { n: falseStarts }));
  if (misses !== null) lines.push(rt(lang, 'misses', { n: misses }));
  return lines;
}
