import type { CurriculumId } from '../../../shared/games/curriculum.ts';
import { defineTexts } from '../../../shared/text/format.ts';
import { lang } from '../../i18n/index.ts';

// The words of the coverage page (Ausbilderbereich → Übungsstand) and of the trade choice in
// the apprentice form, German and English. Status words are shared with the CSV
// (shared/coverage/texts.ts).

const lookup = defineTexts({
  de: {
    intro: 'Welche Ausbildungsinhalte des Berufs die Azubis in den Spielen schon geübt haben – pro Gruppe auf einen Blick. Es zeigt Übung, keine Prüfung: „geübt“ heißt nicht „beherrscht“.',
    group: 'Gruppe',
    tradeAll: 'Alle Berufe',
    tradeNone: 'Ohne Beruf (noch wählen)',
    yearAll: 'Alle Jahrgänge',
    year: 'Ausbildungsjahr',
    csv: 'CSV herunterladen',
    csvOf: 'CSV herunterladen: Übungsstand der Gruppe',
    none: 'In dieser Gruppe sind keine Azubis.',
    noItems: 'Für die Berufe dieser Gruppe sind noch keine Level zugeordnet.',
    caption: 'Übungsstand: Azubis und Ausbildungsinhalte',
    moreRight: 'Weitere Ausbildungsinhalte rechts: Tabelle seitlich scrollen oder wischen.',
    moreButton: 'Weiter →',
    apprentice: 'Azubi',
    summary: 'geübt',
    summaryOf: '{n} von {total}',
    chooseTrade: 'Beruf wählen',
    chooseTradeOf: 'Beruf wählen: {name}',
    details: 'Details: {name}',
    legendTitle: 'So liest du die Tabelle',
    legendPractised: 'geübt: mindestens eine gewertete Runde mit {pct} % oder mehr',
    legendStarted: 'begonnen: gespielt, aber noch keine Runde mit {pct} % – hier lohnt sich Hilfe',
    legendOpen: 'offen: noch kein passendes Level gespielt',
    legendNotInTrade: 'gehört nicht zum Beruf dieser Person',
    itemsTitle: 'Ausbildungsinhalte (Wortlaut der Verordnung)',
    rounds: '{n} {n|Runde|Runden}',
    best: 'beste {pct} %',
    detailTitle: 'Übungsstand von {name}',
    detailTrade: '{trade} · {regulation}',
    noTrade: 'Für {name} ist noch kein Beruf gewählt. Wähle ihn unter „Azubis“ → „Bearbeiten“.',
    tradeNoItems: '{trade}: noch keine Level zugeordnet. Die Spiele üben bisher keinen Inhalt, der für diesen Beruf geprüft zugeordnet ist.',
    levelLine: '{game} · {level}',
    notPlayed: 'noch nicht gespielt',
    played: '{rounds} · beste {best} % · Median {median} % · zuletzt {when}',
    levelsServing: 'Passende Level',
    close: 'Schließen',
    tradeLabel: 'Beruf',
    tradeChoose: 'Bitte wählen…',
    tradeText: 'Bezeichnung (optional)',
    tradeTextHint: 'Nur nötig bei „Sonstiger Beruf“, zum Beispiel Zerspanungsmechaniker/-in.',
    tradeMissing: 'Beruf wählen',
  },
  en: {
    intro: 'Which items of the trade the apprentices have already practised in the games – per group at a glance. It shows practice, not an exam: "practised" does not mean "mastered".',
    group: 'Group',
    tradeAll: 'All trades',
    tradeNone: 'Without a trade (to choose)',
    yearAll: 'All years',
    year: 'Training year',
    csv: 'Download CSV',
    csvOf: 'Download CSV: coverage of the group',
    none: 'There are no apprentices in this group.',
    noItems: 'No levels are assigned yet for the trades of this group.',
    caption: 'Coverage: apprentices and curriculum items',
    moreRight: 'More curriculum items to the right: scroll or swipe the table sideways.',
    moreButton: 'More →',
    apprentice: 'Apprentice',
    summary: 'practised',
    summaryOf: '{n} of {total}',
    chooseTrade: 'Choose trade',
    chooseTradeOf: 'Choose trade: {name}',
    details: 'Details: {name}',
    legendTitle: 'How to read the table',
    legendPractised: 'practised: at least one counted round with {pct} % or more',
    legendStarted: 'started: played, but no round with {pct} % yet – help pays off here',
    legendOpen: 'open: no matching level played yet',
    legendNotInTrade: 'not part of this person\'s trade',
    itemsTitle: 'Curriculum items (wording of the ordinance)',
    rounds: '{n} {n|round|rounds}',
    best: 'best {pct} %',
    detailTitle: 'Coverage of {name}',
    detailTrade: '{trade} · {regulation}',
    noTrade: 'No trade has been chosen for {name} yet. Choose it under "Apprentices" → "Edit".',
    tradeNoItems: '{trade}: no levels assigned yet. The games do not yet practise any item checked for this trade.',
    levelLine: '{game} · {level}',
    notPlayed: 'not played yet',
    played: '{rounds} · best {best} % · median {median} % · last {when}',
    levelsServing: 'Matching levels',
    close: 'Close',
    tradeLabel: 'Trade',
    tradeChoose: 'Please choose…',
    tradeText: 'Name of the trade (optional)',
    tradeTextHint: 'Only needed for "Other trade", for example cutting machine operator.',
    tradeMissing: 'Choose trade',
  },
});

export type CovKey = Parameters<typeof lookup>[1];

/** A text of the coverage page in the page's language. */
export const cv = (key: CovKey, params?: Record<string, string | number>): string => lookup(lang(), key, params);

// Short column heads for the matrix (our words; the legend and the detail quote the ordinance).
const SHORT: Record<CurriculumId, { de: string; en: string }> = {
  'mech-bbp-3': { de: 'Arbeitssicherheit', en: 'Safety at work' },
  'mech-bbp-13': { de: 'Elektrische Größen messen', en: 'Measuring electrical quantities' },
  'mech-bbp-14': { de: 'Hard- und Software installieren', en: 'Installing hard- and software' },
  'mech-bbp-15': { de: 'Steuerungen aufbauen', en: 'Building controls' },
  'mech-bbp-16': { de: 'Programmieren', en: 'Programming' },
  'zq-digitale-vernetzung': { de: 'ZQ Digitale Vernetzung', en: 'Add-on: digital networking' },
  'zq-programmierung': { de: 'ZQ Programmierung', en: 'Add-on: programming' },
  'eat-bbp-13': { de: 'Auftragsanalyse, Sensoren wählen', en: 'Order analysis, choosing sensors' },
  'eat-bbp-14': { de: 'Automatisierung errichten', en: 'Setting up automation' },
  'feinopt-bbp-1': { de: 'Maschinenwerte einstellen', en: 'Setting machine values' },
  'mikrot-bbp-3': { de: 'Arbeitssicherheit', en: 'Safety at work' },
  'mikrot-bbp-11': { de: 'Sensoren prüfen und justieren', en: 'Testing and adjusting sensors' },
  'indmech-bbp-3': { de: 'Arbeitssicherheit', en: 'Safety at work' },
  'indmech-bbp-11': { de: 'Steuerungstechnik', en: 'Control technology' },
};

/** A matrix column head for an item. */
export function shortItem(id: CurriculumId): string {
  return SHORT[id][lang()];
}

const dates = new Map<string, Intl.DateTimeFormat>();
/** A date as the trainer's clock in Berlin shows it ("05.11.2026"). */
export function berlinDay(iso: string | null): string {
  if (!iso) return '–';
  const locale = lang() === 'en' ? 'en-GB' : 'de-DE';
  let f = dates.get(locale);
  if (!f) dates.set(locale, (f = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' })));
  return f.format(new Date(iso));
}
