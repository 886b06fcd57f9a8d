// The words and date formats of the record-book supplement (German first, English on request).
// Dates carry weekday and four-digit year, times their zone (MEZ/MESZ, CET/CEST): nothing a
// chamber clerk reads can be taken for another day or hour.
import type { Lang } from '../protocol/errors.ts';
import { berlinOffsetMs, BERLIN, type DayKey } from './period.ts';

export const RECORD_BOOK_TEXTS = {
  de: {
    title: 'Beilage zum Ausbildungsnachweis',
    subtitle: 'Geübt mit Azubi Arcade (digitale Lernspiele)',
    company: 'Ausbildungsbetrieb',
    apprentice: 'Auszubildende/-r',
    trade: 'Ausbildungsberuf',
    year: 'Ausbildungsjahr',
    period: 'Zeitraum',
    created: 'Erstellt',
    zoneNote: 'Alle Zeiten in deutscher Zeit (Europe/Berlin; MEZ/MESZ). Gezählt sind nur gewertete Runden in Sitzungen des Betriebs; die Dauer ist die Spielzeit der Runden.',
    nothing: 'In diesem Zeitraum wurden keine gewerteten Runden gespielt.',
    rounds: (n: number) => (n === 1 ? '1 Runde' : `${n} Runden`),
    level: (n: number, name: string) => `Stufe ${n}: ${name}`,
    taskSet: 'Aufgabensatz',
    setWithoutItems: 'Eigener Aufgabensatz des Betriebs: seine Aufgaben nennen keine Ausbildungsposition (im Editor unter „Schlagwörter“ eintragen).',
    items: 'Ausbildungsinhalt (Wortlaut der Verordnung)',
    from: 'ab',
    score: (best: number, median: number) => `Punkte: beste ${best}, Median ${median}`,
    total: (rounds: string, time: string) => `Summe im Zeitraum: ${rounds}, ${time}`,
    practiced: 'Geübt heißt: in Lernspielen bearbeitet – keine Aussage, dass der Ausbildungsinhalt ganz beherrscht wird.',
    signTrainer: 'Datum, Unterschrift Ausbilder/-in',
    signApprentice: 'Datum, Unterschrift Auszubildende/-r',
    page: (n: number, of: number) => `Seite ${n} von ${of}`,
    continued: 'Fortsetzung',
    weekdays: ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.'],
    minutes: (m: number) => `${m} Min.`,
    hours: (h: number, m: number) => `${h} Std. ${m} Min.`,
    zone: (summer: boolean) => (summer ? 'MESZ' : 'MEZ'),
  },
  en: {
    title: 'Supplement to the training record book',
    subtitle: 'Practised with Azubi Arcade (digital learning games)',
    company: 'Training company',
    apprentice: 'Apprentice',
    trade: 'Trade',
    year: 'Training year',
    period: 'Period',
    created: 'Created',
    zoneNote: 'All times are German time (Europe/Berlin; CET/CEST). Only counted rounds in the company\'s sessions are listed; the duration is the rounds\' playing time.',
    nothing: 'No counted rounds were played in this period.',
    rounds: (n: number) => (n === 1 ? '1 round' : `${n} rounds`),
    level: (n: number, name: string) => `Level ${n}: ${name}`,
    taskSet: 'Task set',
    setWithoutItems: 'The company\'s own task set: its tasks name no curriculum item (add them under “Schlagwörter” in the editor).',
    items: 'Training content (our translation; the regulation\'s German wording below it)',
    from: 'from',
    score: (best: number, median: number) => `Score: best ${best}, median ${median}`,
    total: (rounds: string, time: string) => `Total in the period: ${rounds}, ${time}`,
    practiced: 'Practised means worked on in learning games – not a statement that the whole item is mastered.',
    signTrainer: 'Date, signature of the trainer',
    signApprentice: 'Date, signature of the apprentice',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    continued: 'continued',
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    minutes: (m: number) => `${m} min`,
    hours: (h: number, m: number) => `${h} h ${m} min`,
    zone: (summer: boolean) => (summer ? 'CEST' : 'CET'),
  },
} as const;

export type RecordBookTexts = (typeof RECORD_BOOK_TEXTS)[Lang];

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar day with weekday and four-digit year: "Mo., 30.03.2026" / "Mon, 30 Mar 2026". */
export function formatDay(day: DayKey, lang: Lang): string {
  const [y, m, d] = day.split('-');
  const wd = RECORD_BOOK_TEXTS[lang].weekdays[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7];
  return lang === 'de' ? `${wd}, ${d}.${m}.${y}` : `${wd}, ${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}`;
}

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: BERLIN, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Berlin wall-clock time of an instant with its zone: "09:05 MESZ" (summer) / "09:05 MEZ". */
export function formatClock(iso: string, lang: Lang): string {
  const ms = Date.parse(iso);
  return `${clock.format(new Date(ms))} ${RECORD_BOOK_TEXTS[lang].zone(berlinOffsetMs(ms) === 7_200_000)}`;
}

/** A duration in whole minutes (at least 1 for any play at all): "12 Min.", "1 Std. 5 Min.". */
export function formatDuration(ms: number, lang: Lang): string {
  const t = RECORD_BOOK_TEXTS[lang];
  const minutes = ms <= 0 ? 0 : Math.max(1, Math.round(ms / 60_000));
  return minutes < 60 ? t.minutes(minutes) : t.hours(Math.floor(minutes / 60), minutes % 60);
}
