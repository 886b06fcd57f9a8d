import { defineTexts } from '../text/format.ts';

// Words of coverage by curriculum item, German and English: the trainer page and the CSV use
// the same ones. Worded as practice, never as mastery (rule: shared/coverage/rules.ts).

export const coverageText = defineTexts({
  de: {
    practised: 'geübt',
    started: 'begonnen',
    open: 'offen',
    'no-levels': 'noch keine Level',
    notInTrade: 'gehört nicht zum Beruf',
    noTrade: 'Beruf wählen',
    tradeNoItems: 'noch keine Level zugeordnet',
    rule: '„geübt“: mindestens eine gewertete Runde (mit Ausweis, nicht vorzeitig beendet) auf einem passenden Level mit mindestens {pct} % der Höchstpunktzahl. Das heißt geübt, nicht beherrscht.',
    name: 'Name',
    trade: 'Beruf',
    year: 'Ausbildungsjahr',
    lastPlayed: 'Zuletzt gespielt (Datum, Europe/Berlin)',
    countPractised: 'Anzahl geübt',
    countStarted: 'Anzahl begonnen',
    countOpen: 'Anzahl offen',
  },
  en: {
    practised: 'practised',
    started: 'started',
    open: 'open',
    'no-levels': 'no levels yet',
    notInTrade: 'not part of the trade',
    noTrade: 'Choose trade',
    tradeNoItems: 'no levels assigned yet',
    rule: '"practised": at least one counted round (with a card, not ended early) on a matching level with at least {pct} % of the maximum score. That means practised, not mastered.',
    name: 'Name',
    trade: 'Trade',
    year: 'Training year',
    lastPlayed: 'Last played (date, Europe/Berlin)',
    countPractised: 'Number practised',
    countStarted: 'Number started',
    countOpen: 'Number open',
  },
});
