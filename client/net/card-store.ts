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

const NAME_KEY = 'arcade.cardName';

/** m5: the card holder's name as the server said it at the last join with this card (shown on the join button). */
export function saveCardName(code: string, name: string): void {
  try {
    localStorage.setItem(NAME_KEY, JSON.stringify({ code, name }));
  } catch {
    // Storage blocked: the button shows the card's tail only.
  }
}

/** The remembered name of the holder of `code`, or null (another card, or never joined with it). */
export function savedCardName(code: string): string | null {
  try {
    const raw = JSON.parse(localStorage.getItem(NAME_KEY) ?? 'null') as { code?: unknown; name?: unknown } | null;
    return raw && raw.code === code && typeof raw.name === 'string' && raw.name !== '' ? raw.name : null;
  } catch {
    return null;
  }
}

export function forgetCard(): void {
  try {
    localStorage.removeItem(NAME_KEY);
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored then either.
  }
}

/** "…-9XQ2": the last group only, enough to tell cards apart without showing the secret. */
export function cardTail(code: string): string {
  return `…-${code.slice(-4)}`;
}
