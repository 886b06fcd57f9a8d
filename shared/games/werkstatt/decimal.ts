// Numbers as apprentices type them: "0,05" (German) and "0.05" (English) both mean 0.05.

const DECIMAL = /^[+-]?(?:\d{1,12}(?:[.,]\d{0,12})?|[.,]\d{1,12})$/;

/**
 * Reads a typed decimal number with comma or dot as the decimal mark; spaces around it and
 * a minus sign (also U+2212) are fine. No thousands separators (is "1.000" one or a
 * thousand?), no exponents: anything else is null.
 */
export function parseDecimal(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string' || raw.length > 40) return null;
  const s = raw.trim().replace(/\u2212/g, '-');
  if (!DECIMAL.test(s)) return null;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** A number for a person: decimal comma in German, point in English, no float noise. */
export function showDecimal(value: number, lang: 'de' | 'en'): string {
  const text = String(Number(value.toPrecision(12)));
  return lang === 'de' ? text.replace('.', ',') : text;
}
