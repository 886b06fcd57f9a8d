import { errorText as sharedErrorText, type Lang } from '../../shared/protocol/errors.ts';
import { de, type MessageKey } from './de.ts';
import { en } from './en.ts';
import { formatText } from '../../shared/text/format.ts';

// The app's language: a saved choice, else the browser's language, else German.

export type { Lang, MessageKey };

const STORAGE_KEY = 'arcade.lang';
const TABLES: Record<Lang, Record<MessageKey, string>> = { de, en };
const listeners = new Set<(lang: Lang) => void>();

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'de' || saved === 'en') return saved;
  } catch {
    // Storage may be blocked (private mode); fall through to the browser language.
  }
  const browser = (navigator.languages?.[0] ?? navigator.language ?? '').toLowerCase();
  return browser.startsWith('en') ? 'en' : 'de';
}

let current: Lang = initialLang();
document.documentElement.lang = current;

export function lang(): Lang {
  return current;
}

/** Switches the language, remembers it and tells every listener (screens re-render). */
export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  document.documentElement.lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered; the switch still works for this page.
  }
  for (const fn of listeners) fn(next);
}

export function onLangChange(fn: (lang: Lang) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** The text of `key` in the current language, filled from `params` (see formatText). */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return formatText(TABLES[current][key] ?? de[key], params);
}

/** The text of a server error code in the current language. */
export function errorText(code: unknown): string {
  return sharedErrorText(code, current);
}
