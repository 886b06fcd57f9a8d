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
// - FeinOAusbV (Feinoptiker/-in) of 12 March 2024 (BGBl. 2024 I Nr. 95), Anlage, Abschnitt A,
//   lfd. Nr. 1 "manuelles und maschinelles Herstellen von plan- und rundoptischen Bauteilen
//   (§ 4 Absatz 2 Nummer 1)", item k) "Maschinen- und Anlagenwerte prozessbezogen ermitteln,
//   einstellen und optimieren" (text as published at gesetze.legal/bund/feinoausbv/anlage).
// - MikrotAusbV (Mikrotechnologe/-in) of 6 March 1998 (BGBl. I S. 477), § 3 Nr. 3
//   "Sicherheit und Gesundheitsschutz bei der Arbeit" and Nr. 11 "Umrüsten, Prüfen und
//   vorbeugendes Instandhalten von Produktionseinrichtungen"; Anlage, Abschnitt I, lfd. Nr. 11,
//   item d) "Störungen in Anlagen und Prozeßleiteinrichtungen feststellen …, insbesondere …
//   Sensoren prüfen und justieren" (text as published in the federal law database,
//   gesetze-im-internet.de, mirrored at github.com/bundestag/gesetze m/mikrotausbv).
// - IndMetAusbV 2007 as re-promulgated on 28 June 2018 (BGBl. I S. 975), § 11 (1)
//   Industriemechaniker/-in: Nr. 3 "Sicherheit und Gesundheitsschutz bei der Arbeit" and Nr. 11
//   "Steuerungstechnik"; Anlage 3, lfd. Nr. 11, items a) "steuerungstechnische Unterlagen
//   auswerten", b) "Steuerungstechnik anwenden" (same database, i/indmetausbv_2007).
// Only items that a level exercises are listed (content review 2026-12-06, E). Not covered
// by any level yet, so not listed: the standard item "Digitalisierte Arbeitswelt", M+E
// "Digitalisierung der Arbeit, Datenschutz und Informationssicherheit" (Mechatroniker
// § 3 (2) Nr. 5, Industriemechaniker § 11 (1) Nr. 5), ZQ IT-Sicherheit (planned IT-security
// game).

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
  'feinopt-bbp-1': {
    source: 'FeinOAusbV 2024 (Feinoptiker/-in), Anlage Abschnitt A, lfd. Nr. 1 (§ 4 Abs. 2 Nr. 1), Buchstabe k',
    de: 'Manuelles und maschinelles Herstellen von plan- und rundoptischen Bauteilen (k: Maschinen- und Anlagenwerte prozessbezogen ermitteln, einstellen und optimieren)',
    en: 'Precision optician: making plano and round optical components by hand and machine (k: determining, setting and optimising machine and plant values for the process)',
  },
  'zq-programmierung': {
    source: 'Zusatzqualifikation der M+E-Berufe 2018 (z. B. MechatronikerAusbV § 13)',
    de: 'Zusatzqualifikation Programmierung',
    en: 'Add-on qualification: programming',
  },
  'mikrot-bbp-3': {
    source: 'MikrotAusbV 1998, § 3 Nr. 3',
    de: 'Sicherheit und Gesundheitsschutz bei der Arbeit',
    en: 'Microtechnologist: safety and health at work',
  },
  'mikrot-bbp-11': {
    source: 'MikrotAusbV 1998, § 3 Nr. 11; Anlage Abschnitt I, lfd. Nr. 11, Buchstabe d',
    de: 'Umrüsten, Prüfen und vorbeugendes Instandhalten von Produktionseinrichtungen (d: … Sensoren prüfen und justieren)',
    en: 'Microtechnologist: converting, testing and preventive maintenance of production equipment (d: … testing and adjusting sensors)',
  },
  'indmech-bbp-3': {
    source: 'IndMetAusbV 2007/2018, § 11 Abs. 1 Nr. 3',
    de: 'Sicherheit und Gesundheitsschutz bei der Arbeit',
    en: 'Industrial mechanic: safety and health at work',
  },
  'indmech-bbp-11': {
    source: 'IndMetAusbV 2007/2018, § 11 Abs. 1 Nr. 11; Anlage 3, lfd. Nr. 11, Buchstaben a, b',
    de: 'Steuerungstechnik (a: steuerungstechnische Unterlagen auswerten; b: Steuerungstechnik anwenden)',
    en: 'Industrial mechanic: control technology (a: evaluating control documents; b: applying control technology)',
  },
} as const satisfies Record<string, CurriculumItem>;

/** A stable curriculum id (a key of CURRICULUM). */
export type CurriculumId = keyof typeof CURRICULUM;

/** True when `id` is a known curriculum id. */
export function isCurriculumId(id: unknown): id is CurriculumId {
  return typeof id === 'string' && Object.hasOwn(CURRICULUM, id);
}
