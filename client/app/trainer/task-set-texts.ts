import { defineTexts } from '../../../shared/text/format.ts';
import type { TaskKind } from '../../../shared/games/werkstatt/model.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
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
    checkProblems: 'Noch nicht fertig:', problemAt: 'Aufgabe {n}: {text}', photoFile: 'Foto „{file}“: {text}',
    save: 'Speichern', saved: 'Gespeichert: „{title}“, Version {v}.', created: 'Angelegt: „{title}“.',
    back: 'Zurück zur Liste', copied: 'Kopie angelegt: „{title}“.',
    stepsHint: 'Schritte in der richtigen Reihenfolge eintragen; das Spiel mischt sie.',
    importTitleCard: 'Importieren (ZIP, Excel oder CSV)',
    importHint: 'Ein exportierter Aufgabensatz (.zip mit seinen Fotos, auch aus einem anderen Betrieb) oder eine Tabelle nach der Vorlage (.xlsx oder .csv, eine Aufgabe pro Zeile). Es wird alles oder nichts importiert: Bei einem Fehler wird nichts gespeichert.',
    importPhotosHint: 'Tabelle mit Fotos: Trage in der Spalte „Foto“ den Dateinamen ein (z. B. endschalter.jpg oder Prüfstand.jpg), lege Tabelle und Fotos in einen Ordner und packe ihn als ZIP (Windows: Rechtsklick → „Senden an“ → „ZIP-komprimierter Ordner“). Diese eine ZIP-Datei hier hochladen.',
    importWarnings: 'Importiert, aber bitte prüfen:',
    templateXlsx: 'Vorlage für Excel (.xlsx)', templateCsv: 'Vorlage als CSV',
    importFile: 'Datei (.zip mit Fotos bis 32 MB, .xlsx oder .csv bis 1 MB)', importTitle: 'Titel des neuen Satzes (für Tabellen; leer = Dateiname)',
    importSubmit: 'Importieren', importBusy: 'Wird geprüft und importiert …', importNoFile: 'Bitte wähle zuerst eine Datei aus.',
    imported: 'Importiert: „{title}“ mit {n} {n|Aufgabe|Aufgaben}.',
    atRowColumn: 'Zeile {row}, Spalte „{column}“: {text}', atRow: 'Zeile {row}: {text}',
    preview: 'Vorschau am Handy', previewHint: 'So sieht die Aufgabe auf einem Handy (360 px breit) aus.',
    previewHintChoice: 'So sieht die Aufgabe auf einem Handy (360 px breit) aus; die Antworten erscheinen im Spiel gemischt.',
    previewHintOrder: 'So sieht die Aufgabe auf einem Handy (360 px breit) aus; die Schritte erscheinen im Spiel gemischt, nie schon in der richtigen Reihenfolge.',
    previewHintSpot: 'So sieht die Aufgabe auf einem Handy (360 px breit) aus; im Spiel tippt man auf die Stelle im Foto und kann es vergrößern.',
    export: 'Exportieren', exportOf: '„{title}“ als Datei exportieren (ZIP)',
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
    checkProblems: 'Not finished yet:', problemAt: 'Task {n}: {text}', photoFile: 'Photo "{file}": {text}',
    save: 'Save', saved: 'Saved: "{title}", version {v}.', created: 'Created: "{title}".',
    back: 'Back to the list', copied: 'Copy created: "{title}".',
    stepsHint: 'Enter the steps in their right order; the game shuffles them.',
    importTitleCard: 'Import (ZIP, Excel or CSV)',
    importHint: 'An exported task set (.zip with its photos, also from another company) or a sheet after the template (.xlsx or .csv, one task per row). All or nothing: if anything is wrong, nothing is saved.',
    importPhotosHint: 'Sheet with photos: enter the file name in the "Foto" column (e.g. endschalter.jpg or Prüfstand.jpg), put the sheet and the photos into one folder and zip it (Windows: right-click → "Send to" → "Compressed (zipped) folder"). Upload that one ZIP file here.',
    importWarnings: 'Imported, but please check:',
    templateXlsx: 'Template for Excel (.xlsx)', templateCsv: 'Template as CSV',
    importFile: 'File (.zip with photos up to 32 MB, .xlsx or .csv up to 1 MB)', importTitle: 'Title of the new set (for sheets; empty = file name)',
    importSubmit: 'Import', importBusy: 'Checking and importing …', importNoFile: 'Please choose a file first.',
    imported: 'Imported: "{title}" with {n} {n|task|tasks}.',
    atRowColumn: 'Row {row}, column "{column}": {text}', atRow: 'Row {row}: {text}',
    preview: 'Phone preview', previewHint: 'This is how the task looks on a phone (360 px wide).',
    previewHintChoice: 'This is how the task looks on a phone (360 px wide); in the game the answers appear shuffled.',
    previewHintOrder: 'This is how the task looks on a phone (360 px wide); in the game the steps appear shuffled, never already in the right order.',
    previewHintSpot: 'This is how the task looks on a phone (360 px wide); in the game players tap the spot on the photo and may zoom in.',
    export: 'Export', exportOf: 'Export "{title}" as a file (ZIP)',
  },
});

export type TsKey = Parameters<typeof lookup>[1];

/**
 * The phone preview's hint, true for the task's kind (newcomer: a photo task said "answers
 * shuffled"): only choice answers and order steps are shuffled in the game. Typed by TaskKind:
 * a new kind does not compile without its hint.
 */
const PREVIEW_HINT: Readonly<Record<TaskKind, TsKey>> = { choice: 'previewHintChoice', order: 'previewHintOrder', spot: 'previewHintSpot', number: 'previewHint' };
export const previewHintText = (kind: TaskKind, l: Lang): string => lookup(l, PREVIEW_HINT[kind]);

/** A text of the editor in the page's language. */
export const ts = (key: TsKey, params?: Record<string, string | number>): string => lookup(lang(), key, params);
