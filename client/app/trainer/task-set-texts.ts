import { defineTexts } from '../../../shared/text/format.ts';
import { lang } from '../../i18n/index.ts';

// The words of the task-set editor (Ausbilderbereich → Aufgabensätze), German and English.

const lookup = defineTexts({
  de: {
    intro: 'Eigene Aufgaben zu euren Teilen, Maschinen und Abläufen. Ein Satz wird im Spiel „Werkstatt“ gespielt: beim Leiten einer Sitzung unter „Spielplan ändern“.',
    new: 'Neuer Aufgabensatz',
    none: 'Noch keine Aufgabensätze. Lege den ersten an.',
    meta: '{n} {n|Aufgabe|Aufgaben} · Version {v} · geändert {date}{who}',
    by: ' von {name}',
    edit: 'Bearbeiten', editOf: '„{title}“ bearbeiten',
    duplicate: 'Kopieren', duplicateOf: '„{title}“ kopieren',
    delete: 'Löschen', deleteOf: '„{title}“ löschen',
    deleteQuestion: 'Aufgabensatz „{title}“ löschen?',
    deleteDetail: 'Der Satz und alle seine Versionen werden gelöscht. Schon gespielte Runden behalten ihre Ergebnisse.',
    setTitle: 'Titel des Satzes',
    taskN: 'Aufgabe {n}',
    kind: 'Art',
    kindChoice: 'Auswahl (eine oder mehrere richtig)', kindNumber: 'Zahl mit Einheit und Toleranz', kindOrder: 'Reihenfolge',
    addChoice: '+ Auswahl', addNumber: '+ Zahl', addOrder: '+ Reihenfolge',
    prompt: 'Aufgabentext', explain: 'Erklärung für die Auflösung (optional)',
    limit: 'Zeit in Sekunden (leer = 30)', tags: 'Schlagwörter (durch Komma getrennt, optional)',
    option: 'Antwort {n}', right: 'richtig', addOption: '+ Antwort', removeOption: 'Antwort {n} entfernen',
    value: 'Richtiger Wert', tolerance: 'Toleranz ± (höchstens 20 % des Werts)', unit: 'Einheit', numberHint: 'Komma oder Punkt, z. B. 0,05',
    step: 'Schritt {n}', addStep: '+ Schritt', removeStep: 'Schritt {n} entfernen',
    up: 'Nach oben', down: 'Nach unten', removeTask: 'Aufgabe entfernen',
    check: 'Prüfen', checkOk: 'Alles vollständig – der Satz kann gespielt werden.',
    checkProblems: 'Noch nicht fertig:', problemAt: 'Aufgabe {n}: {text}',
    save: 'Speichern', saved: 'Gespeichert: „{title}“, Version {v}.', created: 'Angelegt: „{title}“.',
    back: 'Zurück zur Liste', copied: 'Kopie angelegt: „{title}“.',
    stepsHint: 'Schritte in der richtigen Reihenfolge eintragen; das Spiel mischt sie.',
  },
  en: {
    intro: 'Your own tasks about your parts, machines and procedures. A set is played in the game "Workshop": when hosting a session, under "Change playlist".',
    new: 'New task set',
    none: 'No task sets yet. Create the first one.',
    meta: '{n} {n|task|tasks} · version {v} · changed {date}{who}',
    by: ' by {name}',
    edit: 'Edit', editOf: 'Edit "{title}"',
    duplicate: 'Copy', duplicateOf: 'Copy "{title}"',
    delete: 'Delete', deleteOf: 'Delete "{title}"',
    deleteQuestion: 'Delete the task set "{title}"?',
    deleteDetail: 'The set and all its versions are deleted. Rounds already played keep their results.',
    setTitle: 'Title of the set',
    taskN: 'Task {n}',
    kind: 'Kind',
    kindChoice: 'Choice (one or several right)', kindNumber: 'Number with unit and tolerance', kindOrder: 'Order of steps',
    addChoice: '+ Choice', addNumber: '+ Number', addOrder: '+ Order',
    prompt: 'Task text', explain: 'Explanation for the reveal (optional)',
    limit: 'Time in seconds (empty = 30)', tags: 'Tags (comma-separated, optional)',
    option: 'Answer {n}', right: 'right', addOption: '+ Answer', removeOption: 'Remove answer {n}',
    value: 'Right value', tolerance: 'Tolerance ± (at most 20 % of the value)', unit: 'Unit', numberHint: 'Comma or point, e.g. 0.05',
    step: 'Step {n}', addStep: '+ Step', removeStep: 'Remove step {n}',
    up: 'Move up', down: 'Move down', removeTask: 'Remove task',
    check: 'Check', checkOk: 'Everything complete – the set can be played.',
    checkProblems: 'Not finished yet:', problemAt: 'Task {n}: {text}',
    save: 'Save', saved: 'Saved: "{title}", version {v}.', created: 'Created: "{title}".',
    back: 'Back to the list', copied: 'Copy created: "{title}".',
    stepsHint: 'Enter the steps in their right order; the game shuffles them.',
  },
});

export type TsKey = Parameters<typeof lookup>[1];

/** A text of the editor in the page's language. */
export const ts = (key: TsKey, params?: Record<string, string | number>): string => lookup(lang(), key, params);
