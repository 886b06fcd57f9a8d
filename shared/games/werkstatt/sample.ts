import type { TaskSetContent } from './model.ts';

// The built-in example set (level 1): what a trainer's own set looks like, playable before
// any company has written one. Facts: IEC 60204-1:2016 §10.7 (emergency stop red on
// yellow), DGUV Vorschrift 3 and DIN VDE 0105-100 §6.2 (the five safety rules), DIN EN ISO
// 286-1 (a tolerance band), ISO 1 (reference temperature 20 °C for measuring).
export const SAMPLE_SET: TaskSetContent = {
  title: 'Beispiel: Werkstatt-Grundlagen',
  tasks: [
    {
      kind: 'choice', prompt: 'Welche Farben hat ein Not-Halt-Taster?', explain: 'Not-Halt: roter Pilztaster auf gelbem Grund (IEC 60204-1, 10.7).',
      limitS: 20, tags: ['mech-bbp-3'],
      options: [{ text: 'Rot auf Gelb', right: true }, { text: 'Grün auf Weiß', right: false }, { text: 'Schwarz auf Gelb', right: false }, { text: 'Blau auf Weiß', right: false }],
    },
    {
      kind: 'order', prompt: 'Bring die fünf Sicherheitsregeln in die richtige Reihenfolge.', explain: 'Freischalten, gegen Wiedereinschalten sichern, Spannungsfreiheit feststellen, erden und kurzschließen, benachbarte Teile abdecken (DIN VDE 0105-100).',
      limitS: 45, tags: ['mech-bbp-3'],
      steps: ['Freischalten', 'Gegen Wiedereinschalten sichern', 'Spannungsfreiheit feststellen', 'Erden und kurzschließen', 'Benachbarte, unter Spannung stehende Teile abdecken'],
    },
    {
      kind: 'number', prompt: 'Ein Maß ist 20 mm ± 0,05 mm. Wie groß ist das Höchstmaß in mm?', explain: 'Höchstmaß = Nennmaß + oberes Abmaß = 20,05 mm.',
      limitS: 30, tags: ['mech-bbp-13'], value: 20.05, tolerance: 0, unit: 'mm',
    },
    {
      kind: 'choice', prompt: 'Was gehört vor dem Messen mit dem Messschieber dazu?', explain: 'Messflächen säubern und den Nullpunkt prüfen; gemessen wird bei etwa 20 °C (ISO 1), nicht am warmen Werkstück.',
      limitS: 30, tags: [],
      options: [{ text: 'Messflächen säubern', right: true }, { text: 'Nullpunkt prüfen', right: true }, { text: 'Werkstück vorher erwärmen', right: false }, { text: 'Messschieber ölen', right: false }],
    },
  ],
};
