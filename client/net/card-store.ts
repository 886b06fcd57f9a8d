import { normalizeCardCode } from '../../shared/core/text.ts';

// The apprentice's card code on this device. A card's QR code opens /?card=CODE; the phone
// keeps the code in localStorage, so the next round needs only the six-digit round code.
// "Ausweis von diesem Gerät entfernen" removes it (after asking) (a shared tablet must not keep someone else's card).

const KEY = 'arcade.card';

/** The stored card code (normalised), or null. */
export function savedCard(): string | null {
  try {
    const checked = normalizeCardCode(localStorage.getItem(KEY) ?? '');
    return checked.ok ? checked.value : null;
  } catch {
    return null;
  }
}

export function saveCard(code: string): void {
  try {
    localStorage.setItem(KEY, code);
  } catch {
    // Storage blocked: the card works for this join, the next one asks again.
  }
}

export function forgetCard(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored then either.
  }
}

/** "…-9XQ2": the last group only, enough to tell cards apart without showing the secret. */
export function cardTail(code: string): string {
  return `…-${code.slice(-4)}`;
}
