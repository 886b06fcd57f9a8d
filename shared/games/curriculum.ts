// The curriculum items a game level can serve, with stable ids. Each level of each game
// names its items (GameDefinition.curriculum); the README has the same table for trainers.
// Sources (wording checked against the published ordinances where a position number is given):
// - MechatronikerAusbV of 21 July 2011 as amended on 7 June 2018 (BGBl. I S. 818), § 3 (2):
//   Nr. 3 "Sicherheit und Gesundheitsschutz bei der Arbeit", Nr. 5 "Digitalisierung der Arbeit,
//   Datenschutz und Informationssicherheit", Nr. 13 "Messen und Prüfen elektrischer Größen",
//   Nr. 14 "Installieren und Testen von Hard- und Softwarekomponenten",
//   Nr. 15 "Aufbauen und Prüfen von Steuerungen", Nr. 16 "Programmieren mechatronischer Systeme";
//   add-on qualifications §§ 12-15 (Digitale Vernetzung, Programmierung, IT-Sicherheit,
//   Additive Fertigungsverfahren).
// - IndElektroAusbV (industrial electrical trades, as amended 7 June 2018, BGBl. I S. 678),
//   Anlage 4, Elektroniker/-in für Automatisierungstechnik: position 13 "Technische
//   Auftragsanalyse, Lösungsentwicklung" (item d: sensors, actuators … auswählen) and 14
//   "Errichten von Einrichtungen der Automatisierungstechnik" (item d: Sensoren und Aktoren
//   montieren; item g: Signal- und Datenübertragungssysteme installieren, prüfen und in Betrieb nehmen).
// - "Digitalisierte Arbeitswelt": standard training item (Standardberufsbildposition) of the
//   BIBB board recommendation of 17 Nov 2020, in every training regulation issued since
//   1 Aug 2021. Not in the 2018 M+E regulations, which carry the 2018 position above instead.
// The 2018 position sits under a different number in each M+E regulation (Nr. 5 for
// Mechatroniker); hence one trade-neutral id for it rather than a number per trade.

/** One curriculum item: where it comes from and what it is called there. */
export interface CurriculumItem {
  /** The regulation (or recommendation) that defines the item. */
  source: string;
  /** The position's name as the source writes it (German), with its number where it has one. */
  de: string;
  /** The same in English (our translation). */
  en: string;
}

export const CURRICULUM = {
  'sbbp-digitalisierte-arbeitswelt': {
    source: 'Standardberufsbildposition (BIBB-Hauptausschuss-Empfehlung 172, 2020; Ausbildungsordnungen ab 1.8.2021)',
    de: 'Digitalisierte Arbeitswelt',
    en: 'Digitalised world of work (standard training item, 2021)',
  },
  'me-digitalisierung-datenschutz': {
    source: 'M+E-Berufe, Teilnovellierung 2018 (z. B. MechatronikerAusbV § 3 Abs. 2 Nr. 5)',
    de: 'Digitalisierung der Arbeit, Datenschutz und Informationssicherheit',
    en: 'Digitalisation of work, data protection and information security (M+E, 2018)',
  },
  'mech-bbp-3': {
    source: 'MechatronikerAusbV 2018, § 3 Abs. 2 Nr. 3',
    de: 'Sicherheit und Gesundheitsschutz bei der Arbeit',
    en: 'Mechatronics technician: safety and health at work',
  },
  'mech-bbp-13': {
    source: 'MechatronikerAusbV 2018, § 3 Abs. 2 Nr. 13',
    de: 'Messen und Prüfen elektrischer Größen',
    en: 'Mechatronics technician: measuring and testing electrical quantities',
  },
  'mech-bbp-14': {
    source: 'MechatronikerAusbV 2018, § 3 Abs. 2 Nr. 14',
    de: 'Installieren und Testen von Hard- und Softwarekomponenten',
    en: 'Mechatronics technician: installing and testing hardware and software components',
  },
  'mech-bbp-15': {
    source: 'MechatronikerAusbV 2018, § 3 Abs. 2 Nr. 15',
    de: 'Aufbauen und Prüfen von Steuerungen',
    en: 'Mechatronics technician: building and testing controls',
  },
  'mech-bbp-16': {
    source: 'MechatronikerAusbV 2018, § 3 Abs. 2 Nr. 16',
    de: 'Programmieren mechatronischer Systeme',
    en: 'Mechatronics technician: programming mechatronic systems',
  },
  'eat-bbp-13': {
    source: 'IndElektroAusbV 2018, Anlage 4 (Elektroniker/-in für Automatisierungstechnik), Berufsbildposition 13',
    de: 'Technische Auftragsanalyse, Lösungsentwicklung (u. a. Sensoren und Aktoren auswählen)',
    en: 'Automation electronics technician: technical order analysis, developing solutions (incl. selecting sensors and actuators)',
  },
  'eat-bbp-14': {
    source: 'IndElektroAusbV 2018, Anlage 4 (Elektroniker/-in für Automatisierungstechnik), Berufsbildposition 14',
    de: 'Errichten von Einrichtungen der Automatisierungstechnik (u. a. Sensoren montieren; Signal- und Datenübertragungssysteme installieren, prüfen, in Betrieb nehmen)',
    en: 'Automation electronics technician: setting up automation equipment (incl. mounting sensors; installing, testing and commissioning signal and data transmission systems)',
  },
  'zq-digitale-vernetzung': {
    source: 'Zusatzqualifikation der M+E-Berufe 2018 (z. B. MechatronikerAusbV § 12, Anlage 2 Abschnitt A)',
    de: 'Zusatzqualifikation Digitale Vernetzung',
    en: 'Add-on qualification: digital networking',
  },
  'zq-programmierung': {
    source: 'Zusatzqualifikation der M+E-Berufe 2018 (z. B. MechatronikerAusbV § 13)',
    de: 'Zusatzqualifikation Programmierung',
    en: 'Add-on qualification: programming',
  },
  'zq-it-sicherheit': {
    source: 'Zusatzqualifikation der M+E-Berufe 2018 (z. B. MechatronikerAusbV § 14)',
    de: 'Zusatzqualifikation IT-Sicherheit',
    en: 'Add-on qualification: IT security',
  },
} as const satisfies Record<string, CurriculumItem>;

/** A stable curriculum id (a key of CURRICULUM). */
export type CurriculumId = keyof typeof CURRICULUM;

/** True when `id` is a known curriculum id. */
export function isCurriculumId(id: unknown): id is CurriculumId {
  return typeof id === 'string' && Object.hasOwn(CURRICULUM, id);
}
