import type { CurriculumId } from './curriculum.ts';

// The trades an apprentice can be trained in, each tied to its training regulation and to the
// curriculum items of shared/games/curriculum.ts that belong to it. "The items of an
// apprentice's trade" (coverage, shared/coverage/rules.ts) means TRADES[tradeId].items.
// Sources: the ordinances named in `regulation` (see curriculum.ts for the positions quoted).
// - Mechatroniker/-in: MechatronikerAusbV 2011 as amended 2018; its add-on qualifications
//   (§§ 12-13: Digitale Vernetzung, Programmierung) are listed with it.
// - Elektroniker/-in für Automatisierungstechnik: IndElektroAusbV 2018, Anlage 4.
// - Feinoptiker/-in: FeinOAusbV 2024.
// - Mikrotechnologe/-in: MikrotAusbV 1998, § 3 Nr. 3 and Nr. 11 (item d: Sensoren prüfen und
//   justieren).
// - Industriemechaniker/-in: IndMetAusbV 2007 as re-promulgated 2018, § 11 (1) Nr. 3 and
//   Nr. 11 (Steuerungstechnik).

/** One trade of the list. */
export interface Trade {
  /** German name, gender-neutral as the ordinance writes it. */
  de: string;
  en: string;
  /** The training regulation (null for "other trade"). */
  regulation: string | null;
  /** The curriculum items of this trade that some level serves (may be empty). */
  items: readonly CurriculumId[];
}

export const TRADES = {
  mechatroniker: {
    de: 'Mechatroniker/-in',
    en: 'Mechatronics technician',
    regulation: 'MechatronikerAusbV 2011, geändert 2018 (mit Zusatzqualifikationen §§ 12–13)',
    items: ['mech-bbp-3', 'mech-bbp-13', 'mech-bbp-14', 'mech-bbp-15', 'mech-bbp-16', 'zq-digitale-vernetzung', 'zq-programmierung'],
  },
  'elektroniker-automatisierungstechnik': {
    de: 'Elektroniker/-in für Automatisierungstechnik',
    en: 'Electronics technician for automation technology',
    regulation: 'IndElektroAusbV 2018, Anlage 4',
    items: ['eat-bbp-13', 'eat-bbp-14'],
  },
  feinoptiker: {
    de: 'Feinoptiker/-in',
    en: 'Precision optician',
    regulation: 'FeinOAusbV 2024',
    items: ['feinopt-bbp-1'],
  },
  mikrotechnologe: {
    de: 'Mikrotechnologe/-in',
    en: 'Microtechnologist',
    regulation: 'MikrotAusbV 1998',
    items: ['mikrot-bbp-3', 'mikrot-bbp-11'],
  },
  industriemechaniker: {
    de: 'Industriemechaniker/-in',
    en: 'Industrial mechanic',
    regulation: 'IndMetAusbV 2007, neu gefasst 2018',
    items: ['indmech-bbp-3', 'indmech-bbp-11'],
  },
  sonstiger: {
    de: 'Sonstiger Beruf',
    en: 'Other trade',
    regulation: null,
    items: [],
  },
} as const satisfies Record<string, Trade>;

/** A stable trade id (a key of TRADES); stored in apprentices.trade_id. */
export type TradeId = keyof typeof TRADES;

/** Every trade id in list order. */
export const TRADE_IDS = Object.keys(TRADES) as TradeId[];

/** True when `id` is a known trade id. */
export function isTradeId(id: unknown): id is TradeId {
  return typeof id === 'string' && Object.hasOwn(TRADES, id);
}

/** The trade's items (empty for an unknown id). */
export function tradeItems(id: TradeId | null): readonly CurriculumId[] {
  return id === null ? [] : TRADES[id].items;
}

// Normalised spellings (see tradeKey) that clearly name a trade; "other" is never guessed.
// Migration 006_apprentice_trade.sql maps old free text with the very same keys and steps
// (tests/integration/trade-migration.test.ts checks both agree).
const KEYS: Readonly<Record<string, TradeId>> = {
  mechatroniker: 'mechatroniker',
  mechatronikerin: 'mechatroniker',
  elektronikerfurautomatisierungstechnik: 'elektroniker-automatisierungstechnik',
  elektronikerinfurautomatisierungstechnik: 'elektroniker-automatisierungstechnik',
  feinoptiker: 'feinoptiker',
  feinoptikerin: 'feinoptiker',
  mikrotechnologe: 'mikrotechnologe',
  mikrotechnologin: 'mikrotechnologe',
  industriemechaniker: 'industriemechaniker',
  industriemechanikerin: 'industriemechaniker',
};

/** Every key the mapping knows (for the migration test). */
export const TRADE_TEXT_KEYS: readonly string[] = Object.keys(KEYS);

/**
 * A free-text trade reduced to a comparison key: umlauts to their base letter (ü → u, ß → s),
 * lower case, "fuer" → "fur", "(m/w/d)"-style notes and gender suffixes ("/-in", "/in",
 * "*in", ":in", "_in", "(in)") removed, then everything but a–z dropped.
 * "Elektroniker/-in für Automatisierungstechnik (m/w/d)" → "elektronikerfurautomatisierungstechnik".
 */
export function tradeKey(text: string): string {
  return text
    .replace(/[ÄäÖöÜüß]/g, (c) => ({ Ä: 'a', ä: 'a', Ö: 'o', ö: 'o', Ü: 'u', ü: 'u', ß: 's' })[c] ?? c)
    .toLowerCase()
    .replace(/fuer/g, 'fur')
    .replace(/\([mwdfx/, ]*\)/g, '')
    .replace(/(\/-?|\*|:|_|\()in\)?(?![a-z])/g, '')
    .replace(/[^a-z]/g, '');
}

/**
 * The trade a free text clearly names (case, spacing and gender suffix do not matter:
 * "Mechatroniker", "mechatronikerin", "Feinoptiker/-in"), else null: the trainer is asked.
 */
export function tradeFromText(text: string): TradeId | null {
  return KEYS[tradeKey(text)] ?? null;
}
