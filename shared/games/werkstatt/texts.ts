import type { Lang } from '../../protocol/errors.ts';
import type { GameTexts } from '../types.ts';
import type { ProblemKey } from './validate.ts';

export const WERKSTATT_TEXTS: Record<Lang, GameTexts> = {
  de: {
    title: 'Werkstatt',
    summary: 'Aufgaben aus dem eigenen Betrieb: Auswahl, Zahlenwerte mit Einheit, Reihenfolgen und die richtige Stelle auf einem Foto, von der Ausbilderin oder dem Ausbilder erstellt.',
    howTo: 'Beantworte die Aufgaben der Reihe nach, jede in ihrer Zeit. Falsche Antworten kosten Punkte: Raten lohnt sich nicht, Überspringen kostet nichts.',
    debrief: {
      1: {
        taught: 'Jede Aufgabe stammt aus eurem Betrieb: eure Teile, Maschinen und Abläufe.',
        fact: 'Die Erklärung zu jeder Aufgabe sagt, warum die Antwort stimmt – fragt nach, wo sie euch überrascht.',
        mistake: 'Raten kostet Punkte: Wer unsicher ist, lässt die Aufgabe besser aus und fragt nach.',
      },
    },
    levels: { 1: 'Beispielsatz' },
  },
  en: {
    title: 'Workshop',
    summary: 'Tasks from your own company: choices, numbers with units, orders of steps and the right spot on a photo, written by your trainer.',
    howTo: 'Answer the tasks in turn, each within its time. Wrong answers cost points: guessing does not pay, skipping costs nothing.',
    debrief: {
      1: {
        taught: 'Every task comes from your company: your parts, machines and procedures.',
        fact: 'The explanation of each task says why the answer is right – ask where it surprised you.',
        mistake: 'Guessing costs points: when unsure, skip the task and ask.',
      },
    },
    levels: { 1: 'Example set' },
  },
};

/** What the check before saving says about each problem. */
export const PROBLEM_TEXTS: Readonly<Record<Lang, Readonly<Record<ProblemKey, string>>>> = {
  de: {
    'set-shape': 'Der Aufgabensatz ist unvollständig.',
    title: 'Der Titel braucht 1 bis 80 Zeichen.',
    'no-tasks': 'Der Satz braucht mindestens eine Aufgabe.',
    'too-many-tasks': 'Ein Satz hat höchstens 20 Aufgaben.',
    kind: 'Unbekannte Aufgabenart.',
    prompt: 'Die Aufgabe braucht einen Text (1 bis 200 Zeichen).',
    explain: 'Die Erklärung darf höchstens 280 Zeichen lang sein.',
    limit: 'Die Zeit pro Aufgabe ist 5 bis 300 Sekunden (oder leer).',
    tags: 'Höchstens 6 Schlagwörter aus Buchstaben, Ziffern, Leerzeichen, . _ -',
    'options-count': 'Eine Auswahl hat 2 bis 6 Antworten.',
    'option-text': 'Jede Antwort braucht einen Text (1 bis 80 Zeichen).',
    'no-right': 'Markiere mindestens eine richtige Antwort.',
    'all-right': 'Mindestens eine Antwort muss falsch sein.',
    'number-value': 'Gib den richtigen Zahlenwert ein.',
    tolerance: 'Die Toleranz ist eine Zahl ab 0.',
    'tolerance-wide': 'Die Toleranz darf höchstens 20 % des Werts sein (sonst lohnt Raten).',
    unit: 'Die Einheit hat höchstens 12 Zeichen.',
    'steps-count': 'Eine Reihenfolge hat 3 bis 8 Schritte.',
    'step-text': 'Jeder Schritt braucht einen Text (1 bis 80 Zeichen).',
    'steps-same': 'Zwei Schritte dürfen nicht gleich heißen.',
    photo: 'Das Foto fehlt oder gehört nicht zu deinem Betrieb. Lade es neu hoch.',
    region: 'Zeichne die richtige Stelle auf dem Foto ein (ganz im Bild).',
    'region-large': 'Die Stelle ist zu groß: höchstens ein Viertel des Fotos, sonst trifft auch Raten.',
  },
  en: {
    'set-shape': 'The task set is incomplete.',
    title: 'The title needs 1 to 80 characters.',
    'no-tasks': 'The set needs at least one task.',
    'too-many-tasks': 'A set has at most 20 tasks.',
    kind: 'Unknown kind of task.',
    prompt: 'The task needs a text (1 to 200 characters).',
    explain: 'The explanation may be at most 280 characters long.',
    limit: 'The time per task is 5 to 300 seconds (or empty).',
    tags: 'At most 6 tags of letters, digits, spaces, . _ -',
    'options-count': 'A choice has 2 to 6 answers.',
    'option-text': 'Every answer needs a text (1 to 80 characters).',
    'no-right': 'Mark at least one right answer.',
    'all-right': 'At least one answer must be wrong.',
    'number-value': 'Enter the right value.',
    tolerance: 'The tolerance is a number from 0 up.',
    'tolerance-wide': 'The tolerance may be at most 20 % of the value (else guessing pays).',
    unit: 'The unit has at most 12 characters.',
    'steps-count': 'An order has 3 to 8 steps.',
    'step-text': 'Every step needs a text (1 to 80 characters).',
    'steps-same': 'Two steps may not have the same name.',
    photo: 'The photo is missing or belongs to another company. Upload it again.',
    region: 'Draw the right spot on the photo (fully inside it).',
    'region-large': 'The spot is too large: at most a quarter of the photo, or guessing would hit it.',
  },
};
