import type { Lang } from '../protocol/errors.ts';

// The one text mechanism of the app and the games: `{name}` placeholders and plurals.
// Pure: the same in the browser, on the server and in tests.

/** Values a template can take. */
export type TextParams = Readonly<Record<string, string | number>>;

const PLURAL = /\{(\w+)\|([^|}]*)\|([^}]*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills a template: `{name}` takes params.name, `{name|one|many}` picks the word for the
 * count in params.name ("1 Runde", "3 Runden"; German and English both use "one" for
 * exactly 1 and "many" for everything else, 0 and 1.5 included). Unknown names stay as they are.
 */
export function formatText(template: string, params: TextParams = {}): string {
  return template
    .replace(PLURAL, (m, name: string, one: string, many: string) => (name in params ? (Number(params[name]) === 1 ? one : many) : m))
    .replace(PLACEHOLDER, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A text table: the same keys in German and English. */
export type TextTable<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/** A typed look-up over a table: `(lang, key, params)` → the filled text. */
export type TextLookup<K extends string> = (lang: Lang, key: K, params?: TextParams) => string;

/** Makes the look-up of a game's (or screen's) own text table; a missing English text falls back to German. */
export function defineTexts<K extends string>(table: TextTable<K>): TextLookup<K> {
  return (lang, key, params = {}) => formatText(table[lang][key] ?? table.de[key], params);
}

/** A number as the language writes it (39,5 in German, 39.5 in English). */
export function formatNumber(value: number, lang: Lang, maxFractionDigits = 1): string {
  return value.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: maxFractionDigits });
}
